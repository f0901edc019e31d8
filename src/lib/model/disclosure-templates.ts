// The templates department disclosures are printed from (DOMAIN.md, "Templates seen in real files"),
// as data: which standard tables each one prints, which remarks explain an empty table, and the
// wording that recognises it. Completeness judges a disclosure against its own template; one not
// listed here is judged against the nine standard tables, conservatively.
//
// NOTE: a new template is a new entry here, not a branch in a rule.

import type { DisclosureKind, StandardTable, TableKind } from './disclosure';
import { STANDARD_KINDS } from './table-vocabulary';

export type TemplateId =
  'jiangsu-provincial-budget' | 'shanghai-district-budget' | 'department-final-accounts' | 'county-nine-tables';

export interface DisclosureTemplate {
  id: TemplateId;
  /** How a reviewer calls it. */
  name: string;
  kind: DisclosureKind;
  /** Years the template was seen in; outside them it is not assumed (a later year may add tables). */
  years?: readonly [number, number];
  /** The standard tables the template prints, empty or not. */
  requiredTables: readonly TableKind[];
  /** Remarks under an empty table that explain it, besides those every template accepts. */
  emptyRemarks: readonly RegExp[];
  /** The template prints an empty table as its headers alone: that is how it says "nothing". */
  headersOnlyMeansNone: boolean;
  /** Wording of a table title or a line of the text that only this template uses. */
  signals: readonly RegExp[];
}

export const DISCLOSURE_TEMPLATES: readonly DisclosureTemplate[] = [
  {
    id: 'jiangsu-provincial-budget',
    name: '江苏省省级部门预算公开（2017–2019年）',
    kind: '预算',
    years: [2017, 2019],
    // This template has no 国有资本经营 table at all.
    requiredTables: STANDARD_KINDS.filter((kind) => kind !== 'state-capital-expenditure'),
    emptyRemarks: [/本部门无(该|相关)(收支)?项目/, /此表为空/],
    headersOnlyMeansNone: true,
    signals: [/公开\d{2}表/, /三公”?经费、会议费、培训费/, /^江苏省/],
  },
  {
    id: 'shanghai-district-budget',
    name: '上海市区级部门预算公开',
    kind: '预算',
    requiredTables: STANDARD_KINDS,
    emptyRemarks: [],
    headersOnlyMeansNone: false,
    signals: [/财务收支预算总表/, /三公”?经费和机关运行经费预算表/, /上海市.{1,4}区/],
  },
  {
    id: 'department-final-accounts',
    name: '部门决算公开',
    kind: '决算',
    requiredTables: STANDARD_KINDS,
    emptyRemarks: [],
    headersOnlyMeansNone: false,
    signals: [/收入支出决算总表/, /部门决算/],
  },
  {
    id: 'county-nine-tables',
    name: '县级部门预算公开（九张表）',
    kind: '预算',
    requiredTables: STANDARD_KINDS,
    emptyRemarks: [],
    headersOnlyMeansNone: false,
    signals: [/^部门预算(收支总表|收入总表|支出总表|财政拨款)/],
  },
];

/** Remarks every template uses for an empty table: 空表列示, 本部门无该项目, 此表为空… */
const EXPLAINED_EMPTY =
  /空表|此表为空|无数据|无该项目|无相关(收支)?项目|无.*(预算|决算|收支|支出|安排)|没有|未安排|不涉及|为零|为0/;

/** What recognition reads of a document: its kind and year, its table titles and its text. */
export interface TemplateEvidence {
  meta: { kind: DisclosureKind | null; year: number | null };
  tables: readonly Pick<StandardTable, 'title'>[];
  paragraphs: readonly { text: string }[];
}

const compact = (text: string) => text.replace(/\s/g, '');

/** The template the document is printed from, by its own wording; null when none fits. */
export function recogniseTemplate({ meta, tables, paragraphs }: TemplateEvidence): DisclosureTemplate | null {
  const lines = [...tables.map((table) => table.title), ...paragraphs.map((paragraph) => paragraph.text)].map(compact);
  return (
    DISCLOSURE_TEMPLATES.find(
      (template) =>
        template.kind === meta.kind &&
        (!template.years || meta.year === null || (meta.year >= template.years[0] && meta.year <= template.years[1])) &&
        template.signals.some((signal) => lines.some((line) => signal.test(line))),
    ) ?? null
  );
}

/** The standard tables a document owes: its template's, else all nine. */
export function requiredTables(template: DisclosureTemplate | null): readonly TableKind[] {
  return template?.requiredTables ?? STANDARD_KINDS;
}

/** An empty table says why: a remark, 「无」 in its first row, or (where the template does so) headers alone. */
export function emptyTableExplained(template: DisclosureTemplate | null, table: StandardTable): boolean {
  const note = table.note === null ? '' : compact(table.note);
  if (note && (EXPLAINED_EMPTY.test(note) || template?.emptyRemarks.some((remark) => remark.test(note)))) return true;
  const first = table.rows[0];
  if (first && [first.name, ...Object.values(first.texts ?? {})].some((text) => compact(text) === '无')) return true;
  return !note && table.rows.length === 0 && (template?.headersOnlyMeansNone ?? false);
}
