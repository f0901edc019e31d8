// Header rows → one column path per column (`本年收入/财政拨款收入`); the `栏次` row is dropped.

import { isTotalName } from '../model/table-vocabulary';
import { cleanCell, cleanLabel } from './clean-text';
import { parseAmount } from './parse-amount';

export interface HeaderSplit {
  headerRows: string[][];
  bodyRows: number;
}

const COLUMN_NUMBER_ROW = /^栏次$/;

export function isColumnNumberRow(row: string[]): boolean {
  for (const cell of row) {
    const label = cleanLabel(cell);
    if (label) return COLUMN_NUMBER_ROW.test(label);
  }
  return false;
}

/**
 * A row that holds data: an amount anywhere past the first column, or a 合计 row with nothing but
 * amounts or blanks after it (an empty table still prints one; a header may begin with 合计 too).
 */
export function isDataRow(row: string[]): boolean {
  if (row.slice(1).some((cell) => parseAmount(cleanCell(cell)) !== null)) return true;
  const filled = row.map(cleanLabel).filter((cell) => cell !== '');
  return filled.length === 1 && isTotalName(filled[0]!);
}

/**
 * Where the header ends: at the `栏次` row when there is one (it is dropped), else before the
 * first row holding an amount. A table with neither keeps `fallbackHeaderRows` header rows.
 */
export function splitHeader(rows: string[][], fallbackHeaderRows: number): { header: string[][]; bodyStart: number } {
  const numbered = rows.slice(0, 8).findIndex(isColumnNumberRow);
  if (numbered >= 0) return { header: rows.slice(0, numbered), bodyStart: numbered + 1 };
  const firstData = rows.findIndex(isDataRow);
  const end = firstData >= 0 ? firstData : Math.min(fallbackHeaderRows, rows.length);
  return { header: rows.slice(0, end), bodyStart: end };
}

/**
 * Labels per header cell with horizontal merges filled in: a blank upper cell right of a label
 * belongs to that label when there is a sub-label under it (renderings print a merged cell once
 * and leave the cells it covered blank). NOTE: bottom row first, so that a sub-label merged over
 * two columns is filled in before the label over it looks down.
 */
function fillMergedLabels(header: string[][]): string[][] {
  const labels = header.map((row) => row.map(cleanLabel));
  for (let r = labels.length - 2; r >= 0; r--) {
    const row = labels[r]!;
    const below = labels[r + 1]!;
    for (let c = 1; c < row.length; c++) {
      if (!row[c] && row[c - 1] && below[c]) row[c] = row[c - 1]!;
    }
  }
  return labels;
}

/**
 * Some files print a group's last sub-label one column late, under the next column's label
 * (`本年收入 … 附属单位上缴收入 | 上年结转 | ␣` over `… | ␣ | 其他收入`). A label that spans two
 * columns with a sub-label under only the second cannot be a real merge: the sub-label belongs to
 * the group on the left, and the label is a column of its own.
 */
function repairStaggeredLabels(labels: string[][]): void {
  for (let r = 0; r < labels.length - 1; r++) {
    const row = labels[r]!;
    const below = labels[r + 1]!;
    for (let c = 1; c + 1 < row.length; c++) {
      const label = row[c]!;
      const group = row[c - 1]!;
      const childBelowLabel = below[c] && below[c] !== label;
      const staggered = label && row[c + 1] === label && !childBelowLabel && below[c + 1] && below[c + 1] !== label;
      const groupHasChildren = group && group !== label && below[c - 1] && below[c - 1] !== group;
      if (!staggered || !groupHasChildren) continue;
      row[c] = group;
      below[c] = below[c + 1]!;
      below[c + 1] = '';
    }
  }
}

export function flattenHeader(header: string[][]): string[] {
  const width = Math.max(0, ...header.map((row) => row.length));
  const labels = fillMergedLabels(header);
  repairStaggeredLabels(labels);
  return Array.from({ length: width }, (_, c) => {
    const path: string[] = [];
    for (const row of labels) {
      const label = row[c];
      if (label && label !== path[path.length - 1]) path.push(label);
    }
    return path.join('/');
  });
}
