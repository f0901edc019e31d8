// The “三公” figures of a report: the three parts (因公出国（境）, 公务用车购置及运行, 公务接待) read
// from its 三公 table, and per year across reports, with earlier years' figures the explanation
// text states for years no table covers. The summary and the 三公 bars read them alike.

import { convertAmount, Decimal } from '../model/amount';
import type { StandardTable, Unit } from '../model/disclosure';
import { correctedMeta } from '../model/meta-correction';
import type { FigureSubject, NarrativeFigure } from '../model/narrative-figure';
import type { DocumentReport } from '../model/report';
import { findTable, tableUnit, totalColumn } from '../model/table-vocabulary';

export type ThreePublicCategory = 'abroad' | 'vehicle' | 'reception';

export const THREE_PUBLIC_CATEGORIES: ReadonlyArray<{ key: ThreePublicCategory; label: string; pattern: RegExp }> = [
  { key: 'abroad', label: '因公出国（境）费', pattern: /因公出国/ },
  { key: 'vehicle', label: '公务用车购置及运行费', pattern: /公务用车购置及运(行)?维/ },
  { key: 'reception', label: '公务接待费', pattern: /公务接待/ },
];

export type ThreePublicValues = Partial<Record<ThreePublicCategory, Decimal>>;

/** The three parts from a 三公 table: rows named after them, or (Jiangsu) one row with them as columns. */
export function readThreePublicTable(report: DocumentReport, table: StandardTable, unit: Unit): ThreePublicValues {
  const from = tableUnit(report, table);
  const values: ThreePublicValues = {};
  const byRow = table.rows.some((r) => THREE_PUBLIC_CATEGORIES.some((c) => c.pattern.test(r.name)));
  if (byRow) {
    const column = totalColumn(table);
    if (column === null) return values;
    for (const c of THREE_PUBLIC_CATEGORIES) {
      const row = table.rows.find((r) => c.pattern.test(r.name) && !/^其中|^其他|教学科研/.test(r.name.trim()));
      if (!row) continue;
      const printed = row.cells[column];
      // NOTE: a printed row with a blank 合计 is a zero, not a missing figure.
      values[c.key] = printed === undefined ? new Decimal(0) : convertAmount(printed, from, unit);
    }
    return values;
  }
  const row = table.rows.find((r) => Object.keys(r.cells).length > 0);
  if (!row) return values;
  for (const c of THREE_PUBLIC_CATEGORIES) {
    const column =
      c.key === 'vehicle'
        ? (table.columns.find((col) => c.pattern.test(col) && col.endsWith('/小计')) ??
          table.columns.find((col) => c.pattern.test(col) && !/购置费$|运行维护费$/.test(col)))
        : table.columns.find((col) => c.pattern.test(col));
    if (column === undefined) continue;
    const printed = row.cells[column];
    values[c.key] = printed === undefined ? new Decimal(0) : convertAmount(printed, from, unit);
  }
  return values;
}

const FIGURE_SUBJECTS: Record<ThreePublicCategory, FigureSubject> = {
  abroad: 'three-public-abroad',
  vehicle: 'three-public-vehicle',
  reception: 'three-public-reception',
};

/** Values the text states, per year, for the three parts (公务用车 from its two parts when not stated). */
function readFigures(figures: NarrativeFigure[], unit: Unit): Map<number, ThreePublicValues> {
  const usable = figures.filter(
    (f) => f.relation === 'value' && f.basis === undefined && f.unit !== '%' && f.year !== null,
  );
  const years = new Map<number, ThreePublicValues>();
  const first = (year: number, subject: FigureSubject) => usable.find((f) => f.year === year && f.subject === subject);
  for (const year of new Set(usable.map((f) => f.year!))) {
    const values: ThreePublicValues = {};
    for (const c of THREE_PUBLIC_CATEGORIES) {
      const figure = first(year, FIGURE_SUBJECTS[c.key]);
      if (figure) values[c.key] = convertAmount(figure.amount, figure.unit as Unit, unit);
    }
    if (values.vehicle === undefined) {
      const parts = [
        first(year, 'three-public-vehicle-purchase'),
        first(year, 'three-public-vehicle-operation'),
      ].filter((f): f is NarrativeFigure => f !== undefined);
      if (parts.length > 0) {
        values.vehicle = parts.reduce(
          (sum, f) => sum.plus(convertAmount(f.amount, f.unit as Unit, unit)),
          new Decimal(0),
        );
      }
    }
    if (Object.keys(values).length > 0) years.set(year, values);
  }
  return years;
}

export interface ThreePublicYear {
  values: ThreePublicValues;
  fromText: boolean;
  source: string;
}

/** Per year, the values drawn: tables first (first document wins), then the text for years no table has. */
export function collectThreePublic(reports: DocumentReport[], unit: Unit = '万元'): Map<number, ThreePublicYear> {
  const years = new Map<number, ThreePublicYear>();
  for (const report of reports) {
    const table = findTable(report, ['three-public-expenditure']);
    const year = correctedMeta(report).year;
    if (!table || year === null || years.has(year)) continue;
    const values = readThreePublicTable(report, table, unit);
    if (Object.keys(values).length > 0) years.set(year, { values, fromText: false, source: report.source.name });
  }
  for (const report of reports) {
    for (const [year, values] of readFigures(report.figures, unit)) {
      if (!years.has(year)) years.set(year, { values, fromText: true, source: report.source.name });
    }
  }
  return years;
}
