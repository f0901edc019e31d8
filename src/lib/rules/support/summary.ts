// Figures of a 收支总表 or 财政拨款收支总表 side for findings: the side's rows and columns are read
// by the table vocabulary (model/table-vocabulary readSide); here they become figures with names.

import type { StandardTable, TableSide } from '../../model/disclosure';
import { readSide, sideColumnPath, type SideColumn, type SummarySide } from '../../model/table-vocabulary';
import type { TableRef } from './locate';
import { figureAt, labelled, type Figure } from './tally';

/** Sides read so far, by table: four rules read both sides of each summary, and tables do not change. */
const sidesByTable = new WeakMap<StandardTable, Partial<Record<TableSide, SummarySide>>>();

/** A side of a 收支总表 or 财政拨款收支总表 as readSide reads it, read once per table (rules only read it). */
export function summarySide(table: StandardTable, side: TableSide): SummarySide {
  let sides = sidesByTable.get(table);
  if (sides === undefined) {
    sides = {};
    sidesByTable.set(table, sides);
  }
  return (sides[side] ??= readSide(table, side));
}

/** The figure of a row in a side column: the first of its printed columns that holds an amount. */
export function sideFigure(ref: TableRef, row: number, column: SideColumn): Figure {
  return figureAt(ref, row, sideColumnPath(ref.table, row, column));
}

/** A side figure named for messages: `收支总表 本年支出合计`, with the fund column when there are several. */
export function namedSideFigure(
  ref: TableRef,
  row: number,
  column: SideColumn,
  side: SummarySide,
  tableLabel: string,
): Figure {
  const figure = sideFigure(ref, row, column);
  const columnText = side.columns.length > 1 ? `「${column.label}」` : '';
  return labelled(figure, `${tableLabel} ${ref.table.rows[row]?.name ?? ''}${columnText}`);
}
