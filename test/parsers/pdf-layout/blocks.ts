// Test helper: blocks as compact text, so expectations read like the printed page.

import type { Block, TableBlock } from '../../../src/lib/model/document';

/** `P text` for a paragraph, `T rows×cols` for a table. */
export function outline(blocks: readonly Block[]): string[] {
  return blocks.map((block) =>
    block.type === 'paragraph' ? `P ${block.text}` : `T ${block.rows.length}x${block.rows[0]?.length ?? 0}`,
  );
}

export function texts(table: TableBlock): string[][] {
  return table.rows.map((row) => row.map((cell) => cell.text));
}

/** Cells as `text`, or `^row,col` for a cell covered by a span. */
export function spans(table: TableBlock): string[][] {
  return table.rows.map((row) =>
    row.map((cell) => (cell.spanOrigin ? `^${cell.spanOrigin.row},${cell.spanOrigin.col}` : cell.text)),
  );
}

export function tables(blocks: readonly Block[]): TableBlock[] {
  return blocks.filter((block): block is TableBlock => block.type === 'table');
}
