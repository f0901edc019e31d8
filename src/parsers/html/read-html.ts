// HTML → document blocks: paragraphs in document order and tables expanded into rectangular
// grids. Reads web pages and the HTML mammoth makes of a DOCX. parse5, not DOMParser: this runs
// in a worker, where there is no DOM. Only strings come out; nothing is ever rendered as HTML.

import { parse, type DefaultTreeAdapterTypes as Html } from 'parse5';
import type { Block, GridCell, Message, TableBlock } from '../../lib/model/document';
import { checkNestingDepth } from '../budgets';

export interface HtmlContent {
  blocks: Block[];
  warnings: Message[];
}

/** Content that is never text of the document. */
const SKIPPED = new Set(['head', 'script', 'style', 'noscript', 'template']);

/** Elements that start and end a paragraph; all others are inline and join the text around them. */
const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'ul',
]);

const ROW_GROUPS = new Set(['thead', 'tbody', 'tfoot']);

/** The HTML standard's own cap on colspan; a larger span is a broken or hostile file. */
const MAX_SPAN = 1000;

/** ASCII whitespace and no-break space (`&nbsp;`). NOTE: not `\s`, which would eat the
 * full-width space U+3000 that Chinese documents indent with; later stages strip it knowingly. */
const SPACES = /[ \t\n\r\f\u00a0]+/g;

export function readHtml(html: string): HtmlContent {
  const warnings: Message[] = [];
  const document = parse(html);
  const nesting = measureNesting(document);
  checkNestingDepth(nesting.tables, nesting.elements);
  const blocks = readFlow(document.childNodes, warnings);
  return { blocks, warnings };
}

/**
 * The deepest nesting of elements and of tables, measured without recursion: the readers below
 * recurse, and a hostile file can nest deeper than the call stack goes.
 */
function measureNesting(document: Html.Document): { tables: number; elements: number } {
  let tables = 0;
  let elements = 0;
  const stack: Array<{ node: Html.ParentNode; depth: number; tableDepth: number }> = [
    { node: document, depth: 0, tableDepth: 0 },
  ];
  for (let item = stack.pop(); item; item = stack.pop()) {
    for (const child of item.node.childNodes) {
      if (!isElement(child)) continue;
      const depth = item.depth + 1;
      const tableDepth = item.tableDepth + (child.tagName === 'table' ? 1 : 0);
      elements = Math.max(elements, depth);
      tables = Math.max(tables, tableDepth);
      stack.push({ node: child, depth, tableDepth });
    }
  }
  return { tables, elements };
}

/** Paragraphs and tables of a run of nodes, in document order. */
function readFlow(nodes: Html.ChildNode[], warnings: Message[]): Block[] {
  const blocks: Block[] = [];
  let lines: string[] = [];
  let line = '';
  const endLine = () => {
    lines.push(line);
    line = '';
  };
  const endParagraph = () => {
    endLine();
    const text = lines.map(collapseWhitespace).filter(Boolean).join('\n');
    if (text) blocks.push({ type: 'paragraph', text });
    lines = [];
  };
  const visit = (node: Html.ChildNode) => {
    if (isText(node)) {
      line += node.value;
      return;
    }
    if (!isElement(node) || SKIPPED.has(node.tagName)) return;
    if (node.tagName === 'br') {
      endLine();
      return;
    }
    if (node.tagName === 'table') {
      endParagraph();
      blocks.push(...readTable(node, warnings));
      return;
    }
    const isBlock = BLOCK_ELEMENTS.has(node.tagName);
    if (isBlock) endParagraph();
    node.childNodes.forEach(visit);
    if (isBlock) endParagraph();
  };
  nodes.forEach(visit);
  endParagraph();
  return blocks;
}

interface SourceCell {
  text: string;
  rowSpan: number;
  colSpan: number;
}

/** The caption as paragraphs (it is usually the table's title), then the grid. */
function readTable(table: Html.Element, warnings: Message[]): Block[] {
  const captions: Block[] = [];
  const rows: SourceCell[][] = [];
  const readRow = (tr: Html.Element) => {
    const cells = tr.childNodes.filter(isElement).filter((cell) => /^t[dh]$/.test(cell.tagName));
    rows.push(cells.map((cell) => readCell(cell, warnings)));
  };
  for (const child of table.childNodes.filter(isElement)) {
    if (child.tagName === 'caption') captions.push(...readFlow(child.childNodes, warnings));
    else if (child.tagName === 'tr') readRow(child);
    else if (ROW_GROUPS.has(child.tagName)) {
      child.childNodes
        .filter(isElement)
        .filter((tr) => tr.tagName === 'tr')
        .forEach(readRow);
    }
  }
  while (rows.at(-1)?.length === 0) rows.pop();
  if (!rows.length) return captions;
  return [...captions, { type: 'table', rows: expandSpans(rows) }];
}

function readCell(cell: Html.Element, warnings: Message[]): SourceCell {
  const parts = readFlow(cell.childNodes, warnings).map((block) => {
    if (block.type === 'paragraph') return block.text;
    const text = flattenTable(block);
    const excerpt = collapseWhitespace(text).slice(0, 20);
    warnings.push({
      stage: 'read',
      code: 'nested-table',
      message: `表格的单元格里嵌套了一个表格（“${excerpt}…”），已把它的文字并入该单元格：行以换行分隔，单元格以制表符分隔。`,
    });
    return text;
  });
  return {
    text: parts.join('\n'),
    rowSpan: readSpan(cell, 'rowspan', warnings),
    colSpan: readSpan(cell, 'colspan', warnings),
  };
}

/** Covered cells are left blank here so that an amount under a span is not read twice. */
function flattenTable(table: TableBlock): string {
  return table.rows.map((row) => row.map((cell) => (cell.spanOrigin ? '' : cell.text)).join('\t')).join('\n');
}

/** Read as browsers do: leading digits; 0 or junk is 1, but `rowspan="0"` reaches the last row. */
function readSpan(cell: Html.Element, name: 'rowspan' | 'colspan', warnings: Message[]): number {
  const value = cell.attrs.find((attr) => attr.name === name)?.value ?? '';
  const span = Number.parseInt(value, 10);
  if (span === 0 && name === 'rowspan') return Number.POSITIVE_INFINITY;
  if (!(span >= 1)) return 1;
  if (span <= MAX_SPAN) return span;
  warnings.push({
    stage: 'read',
    code: 'span-clamped',
    message: `单元格的${name === 'rowspan' ? '跨行' : '跨列'}数 ${value.trim()} 不合理，已按 ${MAX_SPAN} 处理。`,
  });
  return MAX_SPAN;
}

/**
 * Places each cell at the first free column of its row and repeats it over the slots its spans
 * cover, so every row ends up the same width. A rowspan stops at the last row of the table,
 * but NOTE: not at the end of its <thead>/<tbody> as in browsers — mammoth writes Word's
 * repeated header rows as <thead>, and a header cell merged down into the body must still span.
 */
function expandSpans(rows: SourceCell[][]): GridCell[][] {
  const grid: Array<Array<GridCell | undefined>> = rows.map(() => []);
  rows.forEach((cells, row) => {
    let col = 0;
    for (const cell of cells) {
      while (grid[row]![col]) col++;
      const lastRow = Math.min(rows.length, row + cell.rowSpan) - 1;
      for (let r = row; r <= lastRow; r++) {
        for (let c = col; c < col + cell.colSpan; c++) {
          // Overlapping spans (a malformed table): the cell placed first keeps the slot.
          grid[r]![c] ??= r === row && c === col ? { text: cell.text } : { text: cell.text, spanOrigin: { row, col } };
        }
      }
      col += cell.colSpan;
    }
  });
  const width = Math.max(...grid.map((cells) => cells.length));
  return grid.map((cells) => Array.from({ length: width }, (_, col) => cells[col] ?? { text: '' }));
}

function collapseWhitespace(text: string): string {
  return text.replace(SPACES, ' ').replace(/^ | $/g, '');
}

function isElement(node: Html.ChildNode): node is Html.Element {
  return 'tagName' in node;
}

function isText(node: Html.ChildNode): node is Html.TextNode {
  return node.nodeName === '#text';
}
