// Document meta — organisation, year, 预算/决算, 部门/单位 — from the tables' header lines first,
// then from the wording of titles and text (`现将X2020年部门预算公开如下`, `预算主管部门：X`).

import type { DisclosureKind, DisclosureMeta, DisclosureScope, TextParagraph } from '../model/disclosure';
import type { LogicalTable } from './assemble-tables';
import { cleanLabel } from './clean-text';
import { ORG_NAME_SUFFIX } from './meta-lines';

const YEAR_KIND = /(20\d{2})年度?(部门|单位)(预算|决算)/;
/** Looser wording, for covers that break `江苏省2018年度` / `省级部门预算公开报表` over two lines. */
const ANY_YEAR = /(20\d{2})年/;
const SCOPE_KIND = /(部门|单位)(预算|决算)/;
const ORG_CELL_LABEL = /^(单位名称|部门名称|预算单位|资金使用单位|部门（单位）名称)$/;
const TABLE_SUBJECT = '(收支|收入|支出|财政拨款|一般公共预算|政府性基金|国有资本|“三公”|三公|政府采购|机关运行)';

/** Sentences and titles that name the organisation; the capture group is the name. */
const ORG_PATTERNS: RegExp[] = [
  /现将(.{2,40}?)(?:（含所属单位）)?20\d{2}年度?(?:部门|单位)(?:预算|决算)/,
  /^(?:预算主管部门|主管部门|部门|单位|部门名称|单位名称|编制部门|编制单位)[:：](.{2,40})$/,
  /^第一部分(.{2,40}?)概况$/,
  /^20\d{2}年度?(.{2,40}?)(?:部门)?(?:预算|决算)(?:信息)?公开/,
  /^(.{2,40}?)20\d{2}年度?(?:部门|单位)?(?:预算|决算)/,
  new RegExp(`^(?:[一二三四五六七八九十]+、)?20\\d{2}年度?(.{2,40}?)(?:部门)?${TABLE_SUBJECT}`),
];

const NOT_IN_NAMES = /[，。、：；,;:]/;

function orgCandidates(texts: string[]): string[] {
  return texts.flatMap((text) =>
    ORG_PATTERNS.map((pattern) => pattern.exec(text)?.[1]).filter(
      (name): name is string => name !== undefined && ORG_NAME_SUFFIX.test(name) && !NOT_IN_NAMES.test(name),
    ),
  );
}

/** The name most often given; on a tie, the one given first. */
function mostNamed(names: string[]): string | null {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  let best: string | null = null;
  for (const [name, count] of counts) if (best === null || count > counts.get(best)!) best = name;
  return best;
}

/** The cell right of a `单位名称`-like label, as in performance and self-evaluation forms. */
function orgFromLabelledCell(tables: LogicalTable[]): string | null {
  for (const table of tables) {
    for (const row of table.body) {
      const labels = row.cells.map(cleanLabel);
      const at = labels.findIndex((label) => ORG_CELL_LABEL.test(label));
      const value = labels.slice(at + 1).find(Boolean);
      if (at >= 0 && value && ORG_NAME_SUFFIX.test(value)) return value;
    }
  }
  return null;
}

export function readDocumentMeta(
  tables: LogicalTable[],
  paragraphs: TextParagraph[],
): Omit<DisclosureMeta, 'documentType'> {
  const texts = [...paragraphs.map((p) => cleanLabel(p.text)), ...tables.map((t) => cleanLabel(t.title))];
  const yearKind = texts.map((text) => YEAR_KIND.exec(text)).find((m) => m !== null) ?? null;
  const tableOrg = tables.find((table) => table.org)?.org ?? null;
  const tableYear = tables.find((table) => table.year !== null)?.year ?? null;
  const scopeKind = texts.map((text) => SCOPE_KIND.exec(text)).find((m) => m !== null) ?? null;
  const anyYear =
    texts
      .slice(0, 10)
      .map((text) => ANY_YEAR.exec(text))
      .find((m) => m !== null) ?? null;
  const titledKind = tables.some((table) => /决算/.test(table.title))
    ? '决算'
    : tables.some((table) => /预算/.test(table.title))
      ? '预算'
      : null;

  return {
    orgCode: tableOrg?.code ?? null,
    orgName: tableOrg?.name ?? mostNamed(orgCandidates(texts)) ?? orgFromLabelledCell(tables),
    year: tableYear ?? ((yearKind ?? anyYear) ? Number((yearKind ?? anyYear)![1]) : null),
    kind: (yearKind?.[3] ?? titledKind ?? scopeKind?.[2] ?? null) as DisclosureKind | null,
    scope: (yearKind?.[2] ?? scopeKind?.[1] ?? null) as DisclosureScope | null,
  };
}
