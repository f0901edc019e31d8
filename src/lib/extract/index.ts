// Document model → disclosure: meta, recognised standard tables, explanation text, and notes on
// what recognising the tables dropped, joined or guessed.

import type { ParsedDocument } from '../model/document';
import type { Disclosure, TextParagraph } from '../model/disclosure';
import { assembleTables } from './assemble-tables';
import { readDocumentMeta } from './document-meta';
import { readDocumentType } from './document-type';
import { extractMessages } from './extract-messages';
import { toStandardTable } from './to-standard-table';

export function extractDisclosure(doc: ParsedDocument): Disclosure {
  const paragraphs: TextParagraph[] = doc.blocks.flatMap((block, blockIndex) =>
    block.type === 'paragraph' ? [{ text: block.text, blockIndex, page: block.page ?? null }] : [],
  );
  const { tables: logical, events } = assembleTables(doc.blocks);
  const tables = logical.map(toStandardTable);
  const documentType = readDocumentType({
    paragraphs: paragraphs.map((paragraph) => paragraph.text),
    tableTitles: tables.map((table) => table.title),
    tableKinds: tables.map((table) => table.kind),
  });
  return {
    meta: { documentType, ...readDocumentMeta(logical, paragraphs) },
    tables,
    paragraphs,
    warnings: extractMessages(events, logical),
  };
}
