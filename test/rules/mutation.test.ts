// The mutation test of issue 4: change one amount of a standard table at random (seeded), and
// every change that breaks an identity must be caught by some rule. A cell is covered by some
// identity when a large change of it (old × 10 + 1) makes some rule report; a small change of a
// covered cell that no rule reports is a miss. The catch rate is printed per document.

import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { Disclosure, TableKind } from '../../src/lib/model/disclosure';
import type { Finding } from '../../src/lib/model/finding';
import { readFigures } from '../../src/lib/narrative/read-figures';
import { runRules } from '../../src/lib/rules/run-rules';
import { printedPlaces } from '../../src/lib/rules/support/amounts';
import { disclosures, REAL_FILES, type DocumentId } from '../helpers/disclosures';

const TRIALS = 60;
const NOT_STANDARD: ReadonlySet<TableKind> = new Set(['project-performance', 'procurement', 'assets', 'other']);

/** mulberry32: a tiny seeded generator, so every run tries the same mutations. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Cell {
  table: number;
  row: number;
  column: string;
  amount: string;
}

function standardCells(disclosure: Disclosure): Cell[] {
  return disclosure.tables.flatMap((table, index) =>
    NOT_STANDARD.has(table.kind) || table.empty
      ? []
      : table.rows.flatMap((row, rowIndex) =>
          Object.entries(row.cells).map(([column, amount]) => ({ table: index, row: rowIndex, column, amount })),
        ),
  );
}

function withCell(disclosure: Disclosure, cell: Cell, amount: string): Disclosure {
  const clone = structuredClone(disclosure);
  clone.tables[cell.table]!.rows[cell.row]!.cells[cell.column] = amount;
  return clone;
}

const keyOf = (finding: Finding) =>
  JSON.stringify([finding.ruleId, finding.location, finding.expected, finding.actual]);

interface Result {
  trials: number;
  breaking: number;
  caught: number;
  misses: string[];
}

function mutate(disclosure: Disclosure, seed: number): Result {
  const figures = readFigures(disclosure);
  const original = new Set(runRules(disclosure, figures).findings.map(keyOf));
  const reports = (mutated: Disclosure) =>
    runRules(mutated, figures).findings.some((finding) => !original.has(keyOf(finding)));
  const cells = standardCells(disclosure);
  const random = mulberry32(seed);
  const result: Result = { trials: 0, breaking: 0, caught: 0, misses: [] };
  for (let trial = 0; trial < TRIALS && cells.length > 0; trial++) {
    const cell = cells[Math.floor(random() * cells.length)]!;
    const places = printedPlaces(cell.amount);
    const steps = 1 + Math.floor(random() * 999);
    const delta = new Decimal(steps).times(new Decimal(10).pow(-places)).times(random() < 0.5 ? -1 : 1);
    const small = new Decimal(cell.amount).plus(delta).toFixed(places);
    const large = new Decimal(cell.amount).times(10).plus(1).toFixed(places);
    result.trials += 1;
    if (!reports(withCell(disclosure, cell, large))) continue;
    result.breaking += 1;
    if (reports(withCell(disclosure, cell, small))) result.caught += 1;
    else {
      const table = disclosure.tables[cell.table]!;
      const row = table.rows[cell.row]!;
      result.misses.push(
        `${table.title} ${[row.code, row.name].filter(Boolean).join(' ')}「${cell.column}」${cell.amount} → ${small}`,
      );
    }
  }
  return result;
}

const DOCUMENTS: DocumentId[] = ['000', '002', '003', ...(Object.keys(REAL_FILES) as Array<keyof typeof REAL_FILES>)];

describe('mutation test: every amount change that breaks an identity is caught', () => {
  it(`catches every breaking change among ${TRIALS} seeded mutations per document`, async () => {
    const documents = await disclosures(...DOCUMENTS);
    const results = documents.map((disclosure, index) => ({
      id: DOCUMENTS[index]!,
      ...mutate(disclosure, 0x4d5a + index),
    }));
    for (const { id, trials, breaking, caught, misses } of results) {
      const rate = breaking === 0 ? 'n/a' : `${((caught / breaking) * 100).toFixed(1)}%`;
      console.log(
        `mutation ${id}: ${trials} trials, ${breaking} break an identity, ${caught} caught — catch rate ${rate}${misses.length ? `; missed: ${misses.join('; ')}` : ''}`,
      );
    }
    const breaking = results.reduce((total, result) => total + result.breaking, 0);
    const caught = results.reduce((total, result) => total + result.caught, 0);
    console.log(`mutation overall: ${caught}/${breaking} caught (${((caught / breaking) * 100).toFixed(1)}%)`);
    expect(results.flatMap((result) => result.misses.map((miss) => `${result.id}: ${miss}`))).toEqual([]);
    // The 江苏省委办公厅 文件 PDF is the explanation text alone: it has no standard table to mutate.
    expect(results.filter((result) => result.trials === 0).map((result) => result.id)).toEqual(['partyOfficeText']);
    expect(breaking).toBeGreaterThan(DOCUMENTS.length * 10);
  }, 120_000);
});
