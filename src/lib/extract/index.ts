// Document model → disclosure: meta, recognised standard tables, explanation text.

import type { ParsedDocument } from '../model/document';
import type { Disclosure } from '../model/disclosure';

export function extractDisclosure(doc: ParsedDocument): Disclosure {
  const paragraphs = doc.blocks.flatMap((block, blockIndex) =>
    block.type === 'paragraph' ? [{ text: block.text, blockIndex, page: block.page ?? null }] : [],
  );
  return {
    meta: { orgCode: null, orgName: null, year: null, kind: null, scope: null },
    tables: [],
    paragraphs,
    warnings: [],
  };
}
