// The accounting identities of DOMAIN.md checked on extracted tables, for tests of extraction:
// a broken identity is either a defect printed in the file or an extraction bug.

import Decimal from 'decimal.js';
import type { Disclosure, StandardTable, TableRow } from '../../src/lib/model/disclosure';
import { totalRowIndex } from '../../src/lib/model/table-vocabulary';

const sum = (values: string[]) => values.reduce((total, value) => total.plus(value), new Decimal(0));
const amount = (row: TableRow | undefined, column: string) => new Decimal(row?.cells[column] ?? 0);

/** 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项, in every amount column of a table whose rows carry codes. */
function hierarchyMismatches(table: StandardTable): string[] {
  const coded = table.rows.filter((row) => row.code && /^\d{3}(\d{2}){0,2}$/.test(row.code) && !row.side);
  if (coded.length === 0) return [];
  const total = table.rows[totalRowIndex(table)];
  const mismatches: string[] = [];
  for (const column of table.columns) {
    const check = (label: string, printed: Decimal, parts: TableRow[]) => {
      const computed = sum(parts.map((row) => row.cells[column] ?? '0'));
      if (parts.length && !printed.equals(computed))
        mismatches.push(`${table.kind} ${label} ${column}: ${printed} ≠ Σ ${computed}`);
    };
    if (total)
      check(
        '合计',
        amount(total, column),
        coded.filter((row) => row.code!.length === 3),
      );
    for (const parent of coded) {
      const childLength = parent.code!.length + 2;
      const children = coded.filter((row) => row.code!.length === childLength && row.code!.startsWith(parent.code!));
      check(parent.code!, amount(parent, column), children);
    }
  }
  return mismatches;
}

/** 本年收入合计 = 本年支出合计 and 收入总计 = 支出总计 in a 收支总表 (the names vary by province). */
function balanceMismatches(table: StandardTable): string[] {
  if (table.kind !== 'income-expenditure-summary' && table.kind !== 'fiscal-grant-summary') return [];
  const side = (side: TableRow['side'], names: RegExp) =>
    table.rows.find((row) => row.side === side && names.test(row.name));
  const first = (row: TableRow | undefined) => Object.values(row?.cells ?? {})[0] ?? '0';
  const pairs: Array<[string, RegExp, RegExp]> = [
    ['本年收支', /^(本年收入合计|当年收入小计)$/, /^(本年支出合计|当年支出小计)$/],
    ['收支总计', /^(收入总计|收入合计)$/, /^(支出总计|支出合计)$/],
  ];
  return pairs.flatMap(([label, income, spending]) => {
    const [a, b] = [side('income', income), side('expenditure', spending)];
    if (!a || !b || new Decimal(first(a)).equals(first(b))) return [];
    return [`${table.kind} ${label}: ${first(a)} ≠ ${first(b)}`];
  });
}

export function identityMismatches(disclosure: Pick<Disclosure, 'tables'>): string[] {
  return disclosure.tables.flatMap((table) => [...hierarchyMismatches(table), ...balanceMismatches(table)]);
}
