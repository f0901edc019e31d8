// Logical table → the published shape: rows with 序号, code and name, amounts by column path.
// Two-sided summary tables (收支总表, 财政拨款收支总表) give one row per half.

import type { Box } from '../model/document';
import type { StandardTable, TableRow, TableSide } from '../model/disclosure';
import type { BodyRow, LogicalTable } from './assemble-tables';
import { cleanCell, cleanName } from './clean-text';
import { functionClassCode } from './function-classes';
import { parseAmount } from './parse-amount';

interface ColumnRoles {
  side?: TableSide;
  /** The code column, or the 类/款/项 columns a code is printed across. */
  codes: number[];
  name: number;
  /** A second label column right of the name (a vertical list's item under its group), or -1. */
  item: number;
  values: number[];
}

/** The two halves' headings: 收入 | 支出, 本年收入 | 本年支出, 财政拨款收入 | 财政拨款支出. */
const INCOME_HALF = /^(本年|财政拨款)?收入$/;
const EXPENDITURE_HALF = /^(本年|财政拨款)?支出$/;
const CODE_COLUMN = /(编码|代码)(\/(类|款|项))?$/;
const NAME_COLUMN = /(科目名称|名称|项目|科目)$/;
const SEQ_COLUMN = /序号$/;

function sideOf(path: string): TableSide | undefined {
  const heading = path.split('/')[0]!;
  return INCOME_HALF.test(heading) ? 'income' : EXPENDITURE_HALF.test(heading) ? 'expenditure' : undefined;
}

function isTextual(i: number, body: BodyRow[]): boolean {
  return body.some((row) => {
    const text = cleanCell(row.cells[i] ?? '');
    return text !== '' && parseAmount(text) === null;
  });
}

/**
 * Splits a side into parts, each a label column with the amount columns after it: a 收支总表
 * may print its expenditure by 功能分类 and by 支出用途 side by side, each with its own 项目名称.
 */
function partsOf(columns: string[], indexes: number[]): number[][] {
  const starts = indexes.filter((i, k) => k === 0 || NAME_COLUMN.test(columns[i]!));
  const named = starts.filter((i) => NAME_COLUMN.test(columns[i]!));
  if (named.length < 2) return [indexes];
  return named.map((start, k) =>
    indexes.filter((i) => i >= (k === 0 ? indexes[0]! : start) && (named[k + 1] === undefined || i < named[k + 1]!)),
  );
}

function rolesOf(columns: string[], indexes: number[], body: BodyRow[], side?: TableSide): ColumnRoles {
  const codes = indexes.filter((i) => CODE_COLUMN.test(columns[i]!));
  const name =
    indexes.find((i) => !codes.includes(i) && NAME_COLUMN.test(columns[i]!)) ??
    indexes.find((i) => !codes.includes(i) && isTextual(i, body)) ??
    -1;
  const hasAmounts = (i: number) => body.some((row) => parseAmount(cleanCell(row.cells[i] ?? '')) !== null);
  // Blank columns (a merged group label's other columns) may stand between the group and its items.
  const next = indexes.slice(indexes.indexOf(name) + 1).find((i) => isTextual(i, body) || hasAmounts(i));
  const item = codes.length === 0 && name >= 0 && next !== undefined && !hasAmounts(next) ? next : -1;
  return { side, codes, name, item, values: indexes.filter((i) => !codes.includes(i) && i !== name && i !== item) };
}

/** The cleaned text of a row's cell, or '' for a role the part has no column for (-1). */
function cellText(row: BodyRow, col: number): string {
  return col >= 0 ? cleanCell(row.cells[col] ?? '') : '';
}

function toRow(row: BodyRow, columns: string[], seqCol: number, roles: ColumnRoles, group: string): TableRow | null {
  const item = cellText(row, roles.item);
  let codeText = '';
  for (const col of roles.codes) codeText += cellText(row, col);
  const compactCode = codeText.replace(/\s/g, '');
  // A label merged across the code and name columns (合 计) lands in the code column.
  const isCode = /^\d+$/.test(compactCode);
  const name = cleanName(
    item ? (group ? `${group}/${item}` : item) : cellText(row, roles.name) || (isCode ? '' : codeText),
  );
  const cells: Record<string, string> = {};
  // Most rows have no text cells and no boxes: those objects are only made for a row that has some.
  let texts: Record<string, string> | undefined;
  let boxes: Record<string, Box> | undefined;
  let hasCells = false;
  for (const i of roles.values) {
    const value = cellText(row, i);
    if (!value) continue;
    const amount = parseAmount(value);
    if (amount !== null) {
      cells[columns[i]!] = amount;
      hasCells = true;
    } else {
      (texts ??= {})[columns[i]!] = value;
    }
    const box = row.boxes?.[i];
    if (box) (boxes ??= {})[columns[i]!] = box;
  }
  const code = (isCode ? compactCode : null) || (roles.side === 'expenditure' ? functionClassCode(name) : null) || null;
  if (!name && !code && !hasCells && !texts) return null;
  // A tree of categories (政府采购) labels each row in the column of its level: the first label names it.
  const [labelColumn, label] = (name || !texts ? [] : Object.entries(texts)[0]) ?? [];
  if (labelColumn) delete texts![labelColumn];
  const result: TableRow = {
    seq: cellText(row, seqCol) || null,
    code,
    name: name || cleanName(label ?? ''),
    cells,
    page: row.page,
  };
  if (roles.side) result.side = roles.side;
  if (texts && Object.keys(texts).length) result.texts = texts;
  const nameBox = labelColumn ? boxes?.[labelColumn] : nameBoxOf(row, roles);
  if (labelColumn && boxes) delete boxes[labelColumn];
  if (boxes && Object.keys(boxes).length) result.boxes = boxes;
  if (nameBox) result.nameBox = nameBox;
  return result;
}

/** The box of the row's cell in the column when that cell holds text. */
function printedBox(row: BodyRow, col: number): Box | undefined {
  return cellText(row, col) ? row.boxes?.[col] : undefined;
}

/** Where the row's name is printed: its item, its name, else a label merged across the code columns. */
function nameBoxOf(row: BodyRow, roles: ColumnRoles): Box | undefined {
  if (!row.boxes) return undefined;
  let box = printedBox(row, roles.item) ?? printedBox(row, roles.name);
  for (const col of roles.codes) box ??= printedBox(row, col);
  return box;
}

/**
 * One part's row for each body row (null where the part is blank there); a vertical list's group
 * label, printed once and merged down, carries to the items below it.
 */
function rowsOf(body: BodyRow[], columns: string[], seqCol: number, roles: ColumnRoles): Array<TableRow | null> {
  let group = '';
  return body.map((row) => {
    const label = roles.item >= 0 ? cleanCell(row.cells[roles.name] ?? '') : '';
    if (label) group = label;
    return toRow(row, columns, seqCol, roles, group);
  });
}

/**
 * A table printed as two identical halves side by side to save paper (a 决算 基本支出表: 人员经费
 * on the left, 公用经费 on the right): each half is read on its own.
 */
function repeatedHalves(columns: string[], indexes: number[], body: BodyRow[]): number[][] {
  const half = indexes.length / 2;
  if (!Number.isInteger(half) || half < 2) return [indexes];
  const [left, right] = [indexes.slice(0, half), indexes.slice(half)];
  const labelled = (part: number[]) => part.some((i) => NAME_COLUMN.test(columns[i]!) || isTextual(i, body));
  const same = left.every((i, k) => columns[i] === columns[right[k]!]);
  return same && labelled(left) && labelled(right) ? [left, right] : [indexes];
}

function isRow(row: TableRow | null | undefined): row is TableRow {
  return row != null;
}

function hasNoAmounts(row: TableRow): boolean {
  return Object.keys(row.cells).length === 0;
}

/**
 * A closing row (当年支出小计) may be named in one part and summed in the next part of the same
 * side, its label merged across them: one row, not a name without amounts and amounts without name.
 */
function joinNamelessParts(rows: TableRow[]): TableRow[] {
  const joined: TableRow[] = [];
  for (const row of rows) {
    const previous = joined[joined.length - 1];
    if (
      previous &&
      previous.side === row.side &&
      !row.name &&
      !row.code &&
      hasNoAmounts(previous) &&
      !hasNoAmounts(row)
    ) {
      joined[joined.length - 1] = { ...previous, cells: row.cells };
      if (row.boxes) joined[joined.length - 1]!.boxes = { ...previous.boxes, ...row.boxes };
    } else {
      joined.push(row);
    }
  }
  return joined;
}

export function toStandardTable(table: LogicalTable): StandardTable {
  const { columns, body } = table;
  const seqCol = columns.findIndex((path) => SEQ_COLUMN.test(path));
  const others = columns.map((_, i) => i).filter((i) => i !== seqCol);
  const columnSides = columns.map(sideOf);
  const sides = (['income', 'expenditure'] as const).map((side) => others.filter((i) => columnSides[i] === side));
  // Each half has its own label column; a 本年收入 amount column beside 本年支出 ones is no half.
  const twoSided = sides.every((indexes) => indexes.some((i) => NAME_COLUMN.test(columns[i]!) || isTextual(i, body)));
  const roleSets = twoSided
    ? sides.flatMap((indexes, s) =>
        partsOf(columns, indexes).map((part) => rolesOf(columns, part, body, s === 0 ? 'income' : 'expenditure')),
      )
    : repeatedHalves(columns, others, body).map((half) => rolesOf(columns, half, body));

  // Row by row, each part in turn: the printed order of the halves is kept. A table of one part
  // (most are) has nothing to join.
  const perPart = roleSets.map((roles) => rowsOf(body, columns, seqCol, roles));
  const rows =
    perPart.length === 1
      ? perPart[0]!.filter(isRow)
      : body.flatMap((_, k) => joinNamelessParts(perPart.map((part) => part[k]).filter(isRow)));
  return {
    kind: table.kind,
    title: table.title,
    unit: table.unit,
    // NOTE: empty means nothing filled in: an empty table often still prints a blank or zero 合计 row.
    empty: rows.every((row) => Object.values(row.cells).every((amount) => Number(amount) === 0) && !row.texts),
    note: table.notes.length ? table.notes.join('\n') : null,
    columns: [...new Set(roleSets.flatMap((roles) => roles.values.map((i) => columns[i]!)))],
    rows,
    page: table.page,
    blockIndex: table.blockIndex,
    ...(table.org ? { org: { code: table.org.code, name: table.org.name } } : {}),
  };
}
