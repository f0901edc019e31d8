// A seed with one printed number changed in its text before it is read: failing cases of the text
// rules start from real text, not from hand-made figures.

import { extractDisclosure } from '../../src/lib/extract';
import type { Disclosure } from '../../src/lib/model/disclosure';
import type { NarrativeFigure } from '../../src/lib/model/narrative-figure';
import { readFigures } from '../../src/lib/narrative/read-figures';
import { readText } from '../../src/parsers/text/read-text';
import { readSeedText, type SeedId } from './shared-files';

export function editedSeed(id: SeedId, from: string, to: string): Disclosure {
  const text = readSeedText(id);
  if (text.split(from).length !== 2) throw new Error(`${from} is not printed exactly once in seed ${id}`);
  return extractDisclosure(readText(text.replace(from, to)));
}

export function withFigures(disclosure: Disclosure): { disclosure: Disclosure; figures: NarrativeFigure[] } {
  return { disclosure, figures: readFigures(disclosure) };
}
