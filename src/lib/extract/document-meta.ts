// Document meta — organisation, year, 预算/决算, 部门/单位 — from the tables' header lines first,
// then from the explanation text (`现将X2020年部门预算公开如下`).

import type { DisclosureKind, DisclosureMeta, DisclosureScope, TextParagraph } from '../model/disclosure';
import type { LogicalTable } from './assemble-tables';
import { cleanLabel } from './clean-text';

const YEAR_KIND = /(20\d{2})\s*年度?\s*(部门|单位)(预算|决算)/;
const ORG_BEFORE_YEAR = /现将(.{2,40}?)(?:（含所属单位）)?(20\d{2})\s*年度?\s*(部门|单位)(预算|决算)/;
const ORG_CELL_LABEL = /^(单位名称|部门名称|预算单位|资金使用单位|部门（单位）名称)$/;

function orgFromTables(tables: LogicalTable[]) {
  return tables.find((table) => table.org)?.org ?? null;
}

/** The cell right of a `单位名称`-like label, as in performance and self-evaluation forms. */
function orgFromLabelledCell(tables: LogicalTable[]): string | null {
  for (const table of tables) {
    for (const row of table.body) {
      const labels = row.cells.map(cleanLabel);
      const at = labels.findIndex((label) => ORG_CELL_LABEL.test(label));
      const value = labels.slice(at + 1).find(Boolean);
      if (at >= 0 && value && /(局|中心|院|委|办|所|站|馆|校)$/.test(value)) return value;
    }
  }
  return null;
}

export function readDocumentMeta(tables: LogicalTable[], paragraphs: TextParagraph[]): DisclosureMeta {
  const texts = [...paragraphs.map((p) => cleanLabel(p.text)), ...tables.map((t) => cleanLabel(t.title))];
  const yearKind = texts.map((text) => YEAR_KIND.exec(text)).find((m) => m !== null) ?? null;
  const orgSentence = texts.map((text) => ORG_BEFORE_YEAR.exec(text)).find((m) => m !== null) ?? null;
  const tableOrg = orgFromTables(tables);
  const tableYear = tables.find((table) => table.year !== null)?.year ?? null;
  const titledKind = tables.some((table) => /决算/.test(table.title)) ? '决算' : null;

  const year = tableYear ?? (yearKind ? Number(yearKind[1]) : null);
  return {
    orgCode: tableOrg?.code ?? null,
    orgName: tableOrg?.name ?? orgSentence?.[1] ?? orgFromLabelledCell(tables) ?? null,
    year,
    kind: (titledKind ?? yearKind?.[3] ?? null) as DisclosureKind | null,
    scope: (yearKind?.[2] ?? null) as DisclosureScope | null,
  };
}
