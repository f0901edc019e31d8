// Borderless PDFs of the seeds made straight from HTML by LibreOffice Writer, in the papers, fonts,
// sizes and column widths offices use (test/fixtures/make-borderless-variants.ts): each must give
// the same standard tables as the DOCX fixture of its seed, amount for amount.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDisclosure } from '../../src/lib/extract';
import type { Disclosure, StandardTable } from '../../src/lib/model/disclosure';
import { STANDARD_KINDS } from '../../src/lib/model/table-vocabulary';
import { readDocument } from '../../src/parsers';
import { nodePdfAssets } from '../../src/parsers/pdf/node-assets';
import { OUT_DIR as DOCX_DIR } from '../fixtures/generators/fixtures';
import { printedTable } from '../helpers/tables';
import { BORDERLESS_DIR, BORDERLESS_VARIANTS } from '../fixtures/generators/pdf-fixtures';

async function extract(path: string): Promise<Disclosure> {
  return extractDisclosure(await readDocument(new Uint8Array(readFileSync(path)), { pdfAssets: nodePdfAssets() }));
}

/** The standard tables as both routes can say them: no pages, boxes or block positions. */
function comparable(tables: readonly StandardTable[]) {
  return tables.filter((table) => STANDARD_KINDS.includes(table.kind)).map(printedTable);
}

it('the borderless folder holds the variants the generator makes, and only those', () => {
  expect(readdirSync(BORDERLESS_DIR).sort()).toEqual(BORDERLESS_VARIANTS.map(({ name }) => `${name}.pdf`).sort());
});

describe.each(BORDERLESS_VARIANTS.map((variant) => [variant.name, variant] as const))('%s.pdf', (name, variant) => {
  it('gives the standard tables of the DOCX route', async () => {
    const fromPdf = await extract(join(BORDERLESS_DIR, `${name}.pdf`));
    const fromDocx = await extract(join(DOCX_DIR, `${variant.seedFixture}.docx`));
    expect(comparable(fromDocx.tables).length).toBeGreaterThan(5);
    expect(comparable(fromPdf.tables)).toEqual(comparable(fromDocx.tables));
  });
});
