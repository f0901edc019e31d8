// A report's classified tables as a Fiscal Data Package (frictionlessdata.io, spec 0.3 `model`
// plus the 1.0 budget taxonomy's `columnType` on each field), so OpenSpending and other budget
// tools can load them: datapackage.json and one CSV per table, zipped.
//
// Which tables: those whose coded rows are all 支出功能分类 (类 3 digits → 款 5 → 项 7, 2xx)
// or all 部门/政府预算支出经济分类 (类 3 → 款 5, 3xx/5xx). Only the deepest coded rows are
// written (a 类 row is the sum of its 款 rows): summing a column gives the table's total.

import { strToU8, zipSync } from 'fflate';
import type { StandardTable } from '../model/disclosure';
import type { DocumentReport } from '../model/report';
import { amountColumns as readAmountColumns, toCsvLines } from './table-csv';

type Classification = 'functional' | 'economic';

const CODE_SHAPES: Record<Classification, RegExp> = {
  functional: /^2\d{2}(\d{2}(\d{2})?)?$/,
  economic: /^[35]\d{2}(\d{2})?$/,
};

/** The levels of each classification: field prefix, Chinese level name, code length. */
const LEVELS: Record<Classification, readonly { field: string; zh: string; length: number }[]> = {
  functional: [
    { field: 'class', zh: '类', length: 3 },
    { field: 'section', zh: '款', length: 5 },
    { field: 'item', zh: '项', length: 7 },
  ],
  economic: [
    { field: 'class', zh: '类', length: 3 },
    { field: 'item', zh: '款', length: 5 },
  ],
};

const CLASSIFICATION_ZH: Record<Classification, string> = { functional: '支出功能分类', economic: '支出经济分类' };

export interface SchemaField {
  name: string;
  title: string;
  type: 'string' | 'number' | 'integer';
  /** Fiscal Data Package 1.0 budget taxonomy. */
  columnType: string;
  format?: string;
}

export interface FdpResource {
  name: string;
  title: string;
  path: string;
  profile: 'tabular-data-resource';
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  schema: { fields: SchemaField[] };
}

export interface FdpMeasure {
  source: string;
  resource: string;
  title: string;
  currency: 'CNY';
  /** 10000 when the table is printed in 万元: multiply to get 元. */
  factor: 1 | 10000;
  direction: 'expenditure' | 'revenue';
  phase?: 'approved' | 'executed';
}

export interface FdpAttribute {
  source: string;
  resource: string;
  title: string;
  parent?: string;
  labelfor?: string;
}

export interface FdpDimension {
  dimensionType: 'classification' | 'datetime';
  classificationType?: Classification;
  primaryKey: string[];
  attributes: Record<string, FdpAttribute>;
}

export interface FiscalDataPackage {
  profile: 'fiscal-data-package';
  name: string;
  title: string;
  description: string;
  countryCode: 'CN';
  fiscalPeriod?: { start: string; end: string };
  sources: { title: string }[];
  resources: FdpResource[];
  model: { measures: Record<string, FdpMeasure>; dimensions: Record<string, FdpDimension> };
}

export interface FiscalDataPackageFiles {
  descriptor: FiscalDataPackage;
  /** CSV text by resource path. */
  csv: Record<string, string>;
}

function classify(table: StandardTable): Classification | null {
  if (table.empty || table.rows.some((row) => row.side !== undefined)) return null;
  const codes = table.rows.flatMap((row) => (row.code === null ? [] : [row.code]));
  if (codes.length === 0) return null;
  return (
    (Object.keys(CODE_SHAPES) as Classification[]).find((kind) =>
      codes.every((code) => CODE_SHAPES[kind].test(code)),
    ) ?? null
  );
}

/** Rows with a code no other row extends: the finest breakdown the table prints. */
function leafRows(table: StandardTable) {
  const codes = table.rows.flatMap((row) => (row.code === null ? [] : [row.code]));
  return table.rows.filter(
    (row): row is typeof row & { code: string } =>
      row.code !== null && !codes.some((other) => other.length > row.code!.length && other.startsWith(row.code!)),
  );
}

const PHASES = { 预算: 'approved', 决算: 'executed' } as const;

/** Data package names allow only lowercase ASCII letters, digits and `-._`. */
function packageName(report: DocumentReport): string {
  const { orgCode, year, kind } = report.meta;
  const parts = ['mingzhang', orgCode, year, kind === '决算' ? 'final-accounts' : kind === '预算' ? 'budget' : null];
  return parts
    .filter((part) => part !== null)
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9._-]/g, '-');
}

function buildResource(report: DocumentReport, table: StandardTable, index: number, classification: Classification) {
  const name = `t${String(index + 1).padStart(2, '0')}-${table.kind}`;
  const levels = LEVELS[classification];
  const year = report.meta.year;
  const amountColumns = readAmountColumns(table);
  const prefix = `${classification}-classification:generic`;

  const fields: SchemaField[] = [
    ...(year !== null
      ? [{ name: 'fiscal_year', title: '年度', type: 'integer' as const, columnType: 'date:fiscal-year' }]
      : []),
    ...levels.flatMap((level, depth) => [
      {
        name: `${level.field}_code`,
        title: `${level.zh}编码`,
        type: 'string' as const,
        columnType: `${prefix}:level${depth + 1}:code`,
      },
      {
        name: `${level.field}_name`,
        title: `${level.zh}名称`,
        type: 'string' as const,
        columnType: `${prefix}:level${depth + 1}:label`,
      },
    ]),
    ...amountColumns.map((column, at) => ({
      name: `amount_${at + 1}`,
      title: `${column}（${table.unit ?? '单位未注明'}）`,
      type: 'number' as const,
      columnType: 'value',
    })),
  ];

  const names = new Map(table.rows.flatMap((row) => (row.code === null ? [] : [[row.code, row.name] as const])));
  const rows = leafRows(table).map((row) => [
    ...(year !== null ? [String(year)] : []),
    ...levels.flatMap((level) => {
      const code = row.code.length >= level.length ? row.code.slice(0, level.length) : '';
      return [code, code === '' ? '' : (names.get(code) ?? '')];
    }),
    ...amountColumns.map((column) => row.cells[column] ?? ''),
  ]);

  const resource: FdpResource = {
    name,
    title: table.title,
    path: `${name}.csv`,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    schema: { fields },
  };

  const phase = report.meta.kind === null ? undefined : PHASES[report.meta.kind];
  const measures = Object.fromEntries(
    amountColumns.map((column, at): [string, FdpMeasure] => [
      `${name}-amount-${at + 1}`,
      {
        source: `amount_${at + 1}`,
        resource: name,
        title: column,
        currency: 'CNY',
        factor: table.unit === '万元' ? 10000 : 1,
        direction: table.kind === 'income-summary' ? 'revenue' : 'expenditure',
        ...(phase ? { phase } : {}),
      },
    ]),
  );

  const attribute = (source: string, title: string, extra: Partial<FdpAttribute> = {}): FdpAttribute => ({
    source,
    resource: name,
    title,
    ...extra,
  });
  const dimensions: Record<string, FdpDimension> = {
    [`${name}-${classification}-classification`]: {
      dimensionType: 'classification',
      classificationType: classification,
      primaryKey: levels.map((level) => `${level.field}_code`),
      attributes: Object.fromEntries(
        levels.flatMap((level, depth) => {
          const parent = levels[depth - 1];
          return [
            [
              `${level.field}_code`,
              attribute(
                `${level.field}_code`,
                `${CLASSIFICATION_ZH[classification]}${level.zh}编码`,
                parent ? { parent: `${parent.field}_code` } : {},
              ),
            ],
            [
              `${level.field}_name`,
              attribute(`${level.field}_name`, `${CLASSIFICATION_ZH[classification]}${level.zh}名称`, {
                labelfor: `${level.field}_code`,
              }),
            ],
          ];
        }),
      ),
    },
  };
  if (year !== null) {
    dimensions[`${name}-date`] = {
      dimensionType: 'datetime',
      primaryKey: ['fiscal_year'],
      attributes: { fiscal_year: attribute('fiscal_year', '年度') },
    };
  }
  return { resource, csv: toCsvLines([fields.map((field) => field.name), ...rows]), measures, dimensions };
}

/** Whether a package can be made: some table carries a classification it can describe. */
export function hasFiscalData(report: DocumentReport): boolean {
  return report.tables.some((table) => classify(table) !== null);
}

/** The package for one report, or null when no table carries a classification it can describe. */
export function toFiscalDataPackage(report: DocumentReport): FiscalDataPackageFiles | null {
  const built = report.tables.flatMap((table, index) => {
    const classification = classify(table);
    return classification === null ? [] : [buildResource(report, table, index, classification)];
  });
  if (built.length === 0) return null;
  const { year, kind, orgName } = report.meta;
  const descriptor: FiscalDataPackage = {
    profile: 'fiscal-data-package',
    name: packageName(report),
    title: `${orgName ?? report.source.name} ${year ?? ''}年${kind ?? ''}`.replace(/\s+/g, ' '),
    description: `由明账从「${report.source.name}」读出的按科目分类的表格；金额为文件所印数字，乘以 factor 得到元。`,
    countryCode: 'CN',
    // NOTE: China's fiscal year is the calendar year (《预算法》第十八条).
    ...(year !== null ? { fiscalPeriod: { start: `${year}-01-01`, end: `${year}-12-31` } } : {}),
    sources: [{ title: report.source.name }],
    resources: built.map((part) => part.resource),
    model: {
      measures: Object.assign({}, ...built.map((part) => part.measures)),
      dimensions: Object.assign({}, ...built.map((part) => part.dimensions)),
    },
  };
  return { descriptor, csv: Object.fromEntries(built.map((part) => [part.resource.path, part.csv])) };
}

export function zipFiscalDataPackage({ descriptor, csv }: FiscalDataPackageFiles): Uint8Array {
  const files: Record<string, Uint8Array> = { 'datapackage.json': strToU8(`${JSON.stringify(descriptor, null, 2)}\n`) };
  for (const [path, text] of Object.entries(csv)) files[path] = strToU8(text);
  return zipSync(files, { level: 6 });
}
