// Document model → disclosure: meta, recognised standard tables, explanation text, and notes on
// what recognising the tables dropped, joined or guessed.

import type { ParsedDocument } from '../model/document';
import type { Disclosure, TextParagraph } from '../model/disclosure';
import { assembleTables } from './assemble-tables';
import { readDocumentMeta } from './document-meta';
import { readDocumentType } from './document-type';
import { extractMessages } from './extract-messages';
import { toStandardTable } from './to-standard-table';

/** `fileName` is only a last hint for the year and 预算/决算, when the document prints neither. */
export function extractDisclosure(doc: ParsedDocument, fileName?: string): Disclosure {
  const paragraphs: TextParagraph[] = [];
  doc.blocks.forEach((block, blockIndex) => {
    if (block.type === 'paragraph') paragraphs.push({ text: block.text, blockIndex, page: block.page ?? null });
  });
  const { tables: logical, events } = assembleTables(doc.blocks);
  const tables = logical.map(toStandardTable);
  const documentType = readDocumentType({
    paragraphs: paragraphs.map((paragraph) => paragraph.text),
    tableTitles: tables.map((table) => table.title),
    tableKinds: tables.map((table) => table.kind),
  });
  const { meta, messages } = readDocumentMeta({ tables: logical, paragraphs, documentType, fileName });
  return {
    meta: { documentType, ...meta },
    tables,
    paragraphs,
    warnings: [...extractMessages(events, logical), ...messages],
  };
}
