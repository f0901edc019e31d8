// Structural check of one document of a report read from JSON, so a hand-edited or truncated
// file is refused with the path of what is wrong rather than crashing the report view.
// NOTE: extra fields are accepted on purpose — later additions (paragraphs, cell boxes…) must
// not make older exports unreadable, nor newer exports unreadable by this check.

import { TABLE_KIND_NAMES } from '../model/table-vocabulary';

/** A problem found at `path`, in Chinese, or null when the value has the expected shape. */
type Check = (value: unknown, path: string) => string | null;

const DECIMAL = /^-?\d+(\.\d+)?$/;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return '列表';
  return { string: '文字', number: '数字', boolean: '真假值', object: '对象' }[typeof value as string] ?? typeof value;
}

const string: Check = (value, path) => (typeof value === 'string' ? null : `${path} 应为文字，实为${describe(value)}`);
const number: Check = (value, path) =>
  typeof value === 'number' && Number.isFinite(value) ? null : `${path} 应为数字，实为${describe(value)}`;
const boolean: Check = (value, path) =>
  typeof value === 'boolean' ? null : `${path} 应为真假值，实为${describe(value)}`;
const stringOrNumber: Check = (value, path) =>
  typeof value === 'string' ? null : number(value, path) && `${path} 应为文字或数字，实为${describe(value)}`;
const decimal: Check = (value, path) =>
  typeof value === 'string' && DECIMAL.test(value) ? null : `${path} 应为十进制数字文本，实为 ${JSON.stringify(value)}`;

function nullable(check: Check): Check {
  return (value, path) => (value === null ? null : check(value, path));
}

function optional(check: Check): Check {
  return (value, path) => (value === undefined ? null : check(value, path));
}

function oneOf(...allowed: readonly unknown[]): Check {
  return (value, path) => (allowed.includes(value) ? null : `${path} 的值 ${JSON.stringify(value)} 不在允许的取值中`);
}

function list(item: Check): Check {
  return (value, path) => {
    if (!Array.isArray(value)) return `${path} 应为列表，实为${describe(value)}`;
    for (const [index, entry] of value.entries()) {
      const problem = item(entry, `${path}[${index}]`);
      if (problem !== null) return problem;
    }
    return null;
  };
}

function record(item: Check): Check {
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return `${path} 应为对象，实为${describe(value)}`;
    for (const [key, entry] of Object.entries(value)) {
      const problem = item(entry, `${path}「${key}」`);
      if (problem !== null) return problem;
    }
    return null;
  };
}

function object(fields: Record<string, Check>): Check {
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return `${path} 应为对象，实为${describe(value)}`;
    for (const [key, check] of Object.entries(fields)) {
      const problem = check((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
      if (problem !== null) return problem;
    }
    return null;
  };
}

const UNITS = ['元', '万元'] as const;
const SEVERITIES = ['error', 'warning', 'info'] as const;

const location: Check = (value, path) => {
  const base = object({ type: oneOf('cell', 'text', 'document') })(value, path);
  if (base !== null) return base;
  const fields: Record<'cell' | 'text' | 'document', Record<string, Check>> = {
    cell: { table: number, row: number, column: nullable(string), page: nullable(number) },
    text: { paragraph: number, start: number, end: number, quote: string, page: nullable(number) },
    document: { what: string },
  };
  return object(fields[(value as { type: 'cell' | 'text' | 'document' }).type])(value, path);
};

/** A figure of one of several documents: the file's name and a cell or sentence in it. */
const otherDocumentLocation = object({ type: oneOf('other-document'), document: string, location });

const findingOf = (place: Check): Check =>
  object({
    ruleId: string,
    messageId: optional(string),
    type: optional(string),
    severity: oneOf(...SEVERITIES),
    message: string,
    data: optional(record(stringOrNumber)),
    location: place,
    related: list(place),
    expected: nullable(decimal),
    actual: nullable(decimal),
    difference: nullable(decimal),
    unit: nullable(oneOf(...UNITS)),
    tolerance: optional(decimal),
    materiality: optional(object({ difference: decimal, percentOfAmount: decimal })),
  });

const check = object({
  ruleId: string,
  title: object({ zh: string, en: string }),
  severity: oneOf(...SEVERITIES),
  status: oneOf('passed', 'failed', 'not-applicable', 'crashed'),
  comparisons: number,
  findings: number,
  error: optional(string),
});

const table = object({
  kind: oneOf(...Object.keys(TABLE_KIND_NAMES)),
  title: string,
  unit: nullable(oneOf(...UNITS)),
  empty: boolean,
  note: nullable(string),
  columns: list(string),
  rows: list(
    object({
      seq: nullable(string),
      code: nullable(string),
      name: string,
      side: optional(oneOf('income', 'expenditure')),
      cells: record(decimal),
      texts: optional(record(string)),
      page: nullable(number),
    }),
  ),
  page: nullable(number),
  blockIndex: number,
  // Added later: older exports have no org.
  org: optional(object({ code: string, name: string })),
});

export const validateDocument = (value: unknown): string | null =>
  object({
    source: object({
      name: string,
      format: nullable(oneOf('docx', 'xlsx', 'xls', 'pdf', 'html', 'text')),
      bytes: number,
      pages: nullable(number),
    }),
    meta: object({
      // Absent in reports exported before document types were told apart.
      documentType: optional(nullable(oneOf('disclosure', 'government-report', 'other'))),
      orgCode: nullable(string),
      orgName: nullable(string),
      year: nullable(number),
      kind: nullable(oneOf('预算', '决算')),
      scope: nullable(oneOf('部门', '单位')),
    }),
    tables: list(table),
    // Absent in exports made before cell boxes (migrateReport gives them none).
    paragraphs: optional(list(object({ text: string, page: nullable(number) }))),
    // stage, table and paragraph came later: exports without them still load.
    warnings: list(
      object({
        stage: optional(oneOf('read', 'extract', 'narrative')),
        code: string,
        message: string,
        details: optional(string),
        page: optional(number),
        table: optional(number),
        paragraph: optional(number),
      }),
    ),
    figures: list(object({ subject: string, amount: decimal, location })),
    findings: list(findingOf(location)),
    checks: list(check),
    error: optional(object({ code: string, message: string, details: optional(string) })),
    // A reviewer's marks came later: exports without them still load.
    reviews: optional(record(object({ verdict: oneOf('confirmed', 'dismissed'), note: optional(string) }))),
    // The user's corrected meta came later too.
    metaCorrection: optional(
      object({
        orgName: optional(string),
        year: optional(number),
        kind: optional(oneOf('预算', '决算')),
        scope: optional(oneOf('部门', '单位')),
      }),
    ),
  })(value, '');

/** The report's `crossDocument`: findings across files, each location naming its file. */
export const validateCrossDocument = (value: unknown): string | null =>
  object({ findings: list(findingOf(otherDocumentLocation)), checks: list(check) })(value, 'crossDocument');
