// Property tests of the arithmetic rules on generated disclosures: when every identity holds by
// construction no rule reports an error or a warning (and each rule did compare something); when
// one printed amount is changed, some rule reports an error or a warning that names that cell (as
// the place of the finding or as a figure compared with it).

import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Disclosure } from '../../src/lib/model/disclosure';
import type { Finding, Location } from '../../src/lib/model/finding';
import { runRules } from '../../src/lib/rules/run-rules';
import { budget, toDisclosure } from './generated-disclosure';
import { DOCUMENT_PROPERTY_SETTINGS } from './property-settings';

const ARITHMETIC_RULES = [
  'summary-balance',
  'summary-item-sums',
  'hierarchy-sums',
  'row-identities',
  'three-public-parts',
  'cross-table-totals',
  'three-public-vs-basic',
];

function arithmeticFindings(disclosure: Disclosure): Finding[] {
  return runRules(disclosure, []).findings.filter(
    (finding) =>
      ARITHMETIC_RULES.includes(finding.ruleId) && (finding.severity === 'error' || finding.severity === 'warning'),
  );
}

interface CellRef {
  table: number;
  row: number;
  column: string;
}

function amountCells(disclosure: Disclosure): CellRef[] {
  return disclosure.tables.flatMap((table, index) =>
    table.rows.flatMap((row, rowIndex) =>
      Object.keys(row.cells).map((column) => ({ table: index, row: rowIndex, column })),
    ),
  );
}

const isCell = (location: Location, cell: CellRef) =>
  location.type === 'cell' &&
  location.table === cell.table &&
  location.row === cell.row &&
  location.column === cell.column;

describe('arithmetic rules on generated disclosures (property)', () => {
  it('report nothing when every identity holds, and each of them compares something', () => {
    fc.assert(
      fc.property(budget, (generated) => {
        const disclosure = toDisclosure(generated);
        const { findings, checks } = runRules(disclosure, []);
        expect(
          findings.filter((finding) => ARITHMETIC_RULES.includes(finding.ruleId) && finding.severity !== 'info'),
        ).toEqual([]);
        // The 基本支出表 prints 公务接待费 and 公务用车运行维护费 only when they are not zero.
        const { reception, vehicleOperation } = generated.threePublic;
        const comparing = ARITHMETIC_RULES.filter(
          (ruleId) => ruleId !== 'three-public-vs-basic' || reception + vehicleOperation > 0n,
        );
        for (const ruleId of comparing) {
          const check = checks.find((candidate) => candidate.ruleId === ruleId);
          expect(check?.status, ruleId).toBe('passed');
          expect(check?.comparisons, ruleId).toBeGreaterThan(0);
        }
      }),
      DOCUMENT_PROPERTY_SETTINGS,
    );
  });

  it('report a changed amount, naming that very cell', () => {
    fc.assert(
      fc.property(
        budget,
        fc.nat(),
        fc.bigInt({ min: 1n, max: 100_000_000n }),
        fc.boolean(),
        (generated, pick, delta, down) => {
          const disclosure = toDisclosure(generated);
          const cells = amountCells(disclosure);
          fc.pre(cells.length > 0);
          const cell = cells[pick % cells.length]!;
          const changed = structuredClone(disclosure);
          const cellsOfRow = changed.tables[cell.table]!.rows[cell.row]!.cells;
          const before = new Decimal(cellsOfRow[cell.column]!);
          const step = new Decimal(delta.toString()).dividedBy(100);
          // Down only where the amount stays positive: printed amounts are not negative.
          const after = down && before.greaterThan(step) ? before.minus(step) : before.plus(step);
          cellsOfRow[cell.column] = after.toFixed(2);

          const findings = arithmeticFindings(changed);
          expect(findings.length).toBeGreaterThan(0);
          // The cell is named, as the finding's place or as one of the figures compared with it.
          expect(
            findings.some((finding) =>
              [finding.location, ...finding.related].some((location) => isCell(location, cell)),
            ),
          ).toBe(true);
        },
      ),
      DOCUMENT_PROPERTY_SETTINGS,
    );
  });
});
