// Document meta — organisation, year, 预算/决算, 部门/单位.
// The year and 预算/决算 come from where a document says what it is, in this order of trust: its
// cover (the opening lines before the contents or the first table), its headings, its tables'
// titles and header lines (`预算年度：2023`); the file name is only a last hint, said in a reading
// note. Years quoted in sentences are never used: a budget cites last year's execution figures, a
// final-accounts report this year's budget.

import type { Message } from '../model/document';
import type { DisclosureKind, DisclosureMeta, DisclosureScope, DocumentType, TextParagraph } from '../model/disclosure';
import type { LogicalTable } from './assemble-tables';
import { cleanLabel } from './clean-text';
import { ORG_NAME_SUFFIX } from './meta-lines';

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

/** NOTE: tried on every paragraph of a document whose tables name no organisation: no array per text. */
function orgCandidates(texts: string[]): string[] {
  const names: string[] = [];
  for (const text of texts) {
    for (const pattern of ORG_PATTERNS) {
      const name = pattern.exec(text)?.[1];
      if (name !== undefined && ORG_NAME_SUFFIX.test(name) && !NOT_IN_NAMES.test(name)) names.push(name);
    }
  }
  return names;
}

/** The value most often given; on a tie, the one given first. */
function mostGiven<T>(values: T[]): T | null {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: T | null = null;
  for (const [value, count] of counts) if (best === null || count > counts.get(best)!) best = value;
  return best;
}

/** The cell right of a `单位名称`-like label, as in performance and self-evaluation forms. */
function orgFromLabelledCell(tables: LogicalTable[]): string | null {
  for (const table of tables) {
    for (const row of table.body) {
      const at = row.cells.findIndex((cell) => ORG_CELL_LABEL.test(cleanLabel(cell)));
      if (at < 0) continue;
      const value = row.cells
        .slice(at + 1)
        .map(cleanLabel)
        .find(Boolean);
      if (value && ORG_NAME_SUFFIX.test(value)) return value;
    }
  }
  return null;
}

/** What a cover, heading or title says the document is; null where it does not say. */
export interface MetaStatement {
  year: number | null;
  kind: DisclosureKind | null;
  scope: DisclosureScope | null;
}

const NOTHING_SAID: MetaStatement = { year: null, kind: null, scope: null };

/**
 * `预算` inside a fund's name (一般公共预算…) says nothing about the document, nor does `预决算`;
 * whitespace is dropped (`2024 年`, `部 门`).
 */
function plainWording(text: string): string {
  return text
    .replace(/\s/g, '')
    .replace(/(一般公共|政府性基金|国有资本经营|社会保险基金)预算/g, '$1')
    .replace(/预决算/g, '');
}

/**
 * `2023年预算草案`, `2021年度财政决算（草案）`, `2018年度江苏省高级人民法院预算公开`: a year, at most a
 * name or a level between (no figure, no sentence break), then 预算 or 决算. `执行` after it makes it
 * an execution report's year (`2022年预算执行情况和2023年预算草案`), which is not the document's.
 */
const DATED_KIND = /(20\d{2})年度?([^\d，。；：:,;、！？]{0,24}?)(预算|决算)(执行)?/g;
const UNDATED_KIND = /(部门|单位)(预算|决算)(?!执行)|(预算|决算)(（草案）|草案)/;

/** Every dated 预算/决算 a text states about itself, in order; execution years left out. */
export function datedStatements(text: string): MetaStatement[] {
  return [...plainWording(text).matchAll(DATED_KIND)].flatMap(([, year, between, kind, execution]) => {
    if (execution) return [];
    const scope = /(部门|单位)$/.exec(between!)?.[1] ?? null;
    return [{ year: Number(year), kind: kind as DisclosureKind, scope: scope as DisclosureScope | null }];
  });
}

/** `部门决算`, `预算（草案）`: what a text says without a year. */
function undatedStatement(text: string): MetaStatement {
  const match = UNDATED_KIND.exec(plainWording(text));
  if (!match) return NOTHING_SAID;
  return {
    year: null,
    kind: (match[2] ?? match[3]) as DisclosureKind,
    scope: (match[1] ?? null) as DisclosureScope | null,
  };
}

/** The most-given value of each field among the statements; null where none gives it. */
function agreed(statements: MetaStatement[]): MetaStatement {
  const given = <K extends keyof MetaStatement>(key: K) =>
    mostGiven(statements.map((s) => s[key]).filter((value): value is NonNullable<MetaStatement[K]> => value !== null));
  return { year: given('year'), kind: given('kind'), scope: given('scope') };
}

/** How many opening paragraphs can be a cover when the format has no pages. */
const COVER_PARAGRAPHS = 8;
const CONTENTS = /^目录$/;
/** A heading is a short line without sentence punctuation: `第二部分 2021年度单位决算情况说明`. */
const MAX_HEADING = 40;
const SENTENCE = /[，。；,;]/;

/** The opening lines: the first page's text before the contents, the first table and the first sentence. */
export function coverOf(paragraphs: TextParagraph[], firstTableBlock: number): TextParagraph[] {
  const firstPage = paragraphs[0]?.page ?? null;
  const cover: TextParagraph[] = [];
  for (const paragraph of paragraphs) {
    const text = paragraph.text.replace(/\s/g, '');
    if (paragraph.blockIndex >= firstTableBlock || CONTENTS.test(text) || SENTENCE.test(text)) break;
    if (firstPage === null ? cover.length >= COVER_PARAGRAPHS : paragraph.page !== firstPage) break;
    cover.push(paragraph);
  }
  return cover;
}

/** The cover read as one text (a title is often broken over two lines), its first statement first. */
function coverStatement(cover: TextParagraph[]): MetaStatement {
  const text = cover.map((paragraph) => paragraph.text).join('');
  const [first] = datedStatements(text);
  const undated = undatedStatement(text);
  return {
    year: first?.year ?? null,
    kind: first?.kind ?? undated.kind,
    scope: first?.scope ?? undated.scope,
  };
}

/** `labels`: the paragraphs' texts as labels (spaces and markup gone). */
function headingStatement(labels: string[]): MetaStatement {
  const headings = labels.filter((text) => text.length <= MAX_HEADING && !SENTENCE.test(text));
  const dated = agreed(headings.flatMap(datedStatements));
  const undated = agreed(headings.map(undatedStatement));
  return { year: dated.year, kind: dated.kind ?? undated.kind, scope: dated.scope ?? undated.scope };
}

function tableStatement(tables: LogicalTable[]): MetaStatement {
  const titles = tables.map((table) => cleanLabel(table.title));
  const dated = agreed(titles.flatMap(datedStatements));
  // A 决算 document's tables still name the 一般公共预算 fund: 决算 anywhere outweighs 预算.
  const titledKind = titles.some((title) => /决算/.test(title))
    ? '决算'
    : titles.some((title) => /预算/.test(title))
      ? '预算'
      : null;
  return {
    year: dated.year ?? mostGiven(tables.flatMap((table) => (table.year === null ? [] : [table.year]))),
    kind: dated.kind ?? titledKind,
    scope: dated.scope ?? agreed(titles.map(undatedStatement)).scope,
  };
}

/** `上海市普陀区财政局2024年度部门决算.pdf`: a year and 预算/决算 in the name, when the name gives them. */
export function fileNameStatement(fileName: string): MetaStatement {
  const year = /(?<!\d)(20\d{2})(?!\d)/.exec(fileName)?.[1];
  const kind = /决算/.test(fileName) ? '决算' : /预算/.test(fileName) ? '预算' : null;
  return { year: year ? Number(year) : null, kind, scope: null };
}

/**
 * Each field from the first statement that gives it. The statements are read in turn, only until
 * every field is given: the later ones read every paragraph.
 */
function firstGiven(statements: Array<() => MetaStatement>): MetaStatement {
  const given: MetaStatement = { ...NOTHING_SAID };
  for (const read of statements) {
    if (given.year !== null && given.kind !== null && given.scope !== null) break;
    const statement = read();
    given.year ??= statement.year;
    given.kind ??= statement.kind;
    given.scope ??= statement.scope;
  }
  return given;
}

/** `文件里没有印出年度，按文件名“…”取为 2024 年；…`: what was taken from the name, and how to correct it. */
function fileNameNote(printed: MetaStatement, taken: MetaStatement, fileName: string): string {
  const yearTaken = printed.year === null && taken.year !== null;
  const kindTaken = printed.kind === null && taken.kind !== null;
  const missing = [yearTaken ? '年度' : '', kindTaken ? '预算/决算' : ''].filter(Boolean);
  const guessed = [yearTaken ? `${taken.year} 年` : '', kindTaken ? taken.kind : ''].filter(Boolean);
  return `文件里没有印出${missing.join('和')}，按文件名“${fileName}”取为${guessed.join('、')}；如有误，可在文件卡片上更正。`;
}

export interface MetaEvidence {
  tables: LogicalTable[];
  paragraphs: TextParagraph[];
  documentType: DocumentType;
  /** The file's name, a last hint for the year and 预算/决算. */
  fileName?: string;
}

export interface ReadMeta {
  meta: Omit<DisclosureMeta, 'documentType'>;
  messages: Message[];
}

export function readDocumentMeta({ tables, paragraphs, documentType, fileName }: MetaEvidence): ReadMeta {
  const firstTableBlock = Math.min(Infinity, ...tables.map((table) => table.blockIndex));
  const paragraphLabels = paragraphs.map((paragraph) => cleanLabel(paragraph.text));
  const printed = firstGiven([
    () => coverStatement(coverOf(paragraphs, firstTableBlock)),
    () => headingStatement(paragraphLabels),
    () => tableStatement(tables),
    // Only 部门/单位 may come from sentences (`本部门预算包括…`): they quote no other year's scope.
    () => ({ ...NOTHING_SAID, scope: agreed(paragraphs.map((paragraph) => undatedStatement(paragraph.text))).scope }),
  ]);
  const fromName = fileName ? fileNameStatement(fileName) : NOTHING_SAID;
  const year = printed.year ?? fromName.year;
  const kind = printed.kind ?? fromName.kind;
  const messages: Message[] =
    (printed.year === null && year !== null) || (printed.kind === null && kind !== null)
      ? [
          {
            stage: 'extract',
            code: 'meta-from-file-name',
            message: fileNameNote(printed, { year, kind, scope: null }, fileName!),
          },
        ]
      : [];

  const texts = [...paragraphLabels, ...tables.map((t) => cleanLabel(t.title))];
  const tableOrg = tables.find((table) => table.org)?.org ?? null;
  return {
    meta: {
      orgCode: tableOrg?.code ?? null,
      orgName: tableOrg?.name ?? mostGiven(orgCandidates(texts)) ?? orgFromLabelledCell(tables),
      year,
      kind,
      // 部门/单位 tells a department's disclosure from its units'; a government's report is neither.
      scope: documentType === 'government-report' ? null : printed.scope,
    },
    messages,
  };
}
