// The lines printed above every table (and repeated on every page): organisation, year, unit, date.

import type { Unit } from '../model/disclosure';
import { cleanLabel } from './clean-text';

/** `[450]涞水县医疗保障局`, `320 香河县医疗保障局`, `450003怀来县医疗保险中心`. */
const ORG_LINE = /^[[【]?(\d{3,9})(?![\d年])[\]】]?\s*([\u4e00-\u9fff（）()]{2,40})$/;
const YEAR_LINE = /^(预算|决算)?年度[:：]?\s*(\d{4})/;
// `单位：万` happens when a layout wraps the last character of `单位：万元` onto another line;
// `单位 万元` when a scan's reading loses the colon.
const UNIT_TEXT = /(?:金额)?单位[:：]?\s*(万元|万|元)/;
const DATE_LINE = /^(截止时间|截至|编制日期|日期)[:：]/;
/** Page numbers a layout left in: `第 3 页`, `- 3 -`, `3`, `3/25`. */
const PAGE_NUMBER = /^(第\d+页(共\d+页)?|[-—－]\d+[-—－]|\d{1,4}(\/\d{1,4})?)$/;
export const ORG_NAME_SUFFIX =
  /(局|委|办|院|厅|部|会|中心|所|站|队|处|馆|校|园|室|社|街道|办事处|政府|委员会|公司)(（本级）|\(本级\))?$/;

export interface OrgLine {
  code: string;
  name: string;
}

/** `部门：江苏省人民检察院`, `部门名称：…`: the organisation named by a label, without a code. */
const LABELLED_ORG = /^(部门|单位|部门名称|单位名称|预算单位|编制单位)[:：].{2,40}$/;
/** Where a second piece of header information starts when a layout ran two onto one line. */
const META_PART_START = /(?=(?:预算年度|决算年度|金额单位[:：]|(?<!金额)单位[:：]|截止时间|部门[:：]|部门名称[:：]))/;

/** A line cut into its header pieces: `414 馆陶县医疗保障局预算年度：2023` → org, year. */
function metaParts(text: string): string[] {
  return text.trim().split(META_PART_START).filter(Boolean);
}

/**
 * NOTE: these readers are tried on every line before a table, most of them sentences, so a line
 * that cannot hold the reading is passed over before any cutting and cleaning. An org line starts
 * with its code (every later piece of a line starts with a label); a year line needs the 度 of
 * 年度 and a unit the 位 of 单位, which cleaning cannot add, since it only removes characters.
 */
const STARTS_WITH_CODE = /^\s*[[【]?\d{3}/;

export function readOrgLine(text: string): OrgLine | null {
  if (!STARTS_WITH_CODE.test(text)) return null;
  for (const part of metaParts(text)) {
    const match = ORG_LINE.exec(part.trim().replace(/\s+/g, ' '));
    if (match && ORG_NAME_SUFFIX.test(match[2]!)) return { code: match[1]!, name: match[2]! };
  }
  return null;
}

export function readYearLine(text: string): number | null {
  if (!text.includes('度')) return null;
  for (const part of metaParts(cleanLabel(text))) {
    const match = YEAR_LINE.exec(part);
    if (match) return Number(match[2]);
  }
  return null;
}

export function readUnit(text: string): Unit | null {
  if (!text.includes('位')) return null;
  const match = UNIT_TEXT.exec(cleanLabel(text));
  if (!match) return null;
  return match[1] === '元' ? '元' : '万元';
}

function isMetaPart(part: string): boolean {
  const label = cleanLabel(part);
  return (
    !label ||
    readOrgLine(part) !== null ||
    YEAR_LINE.test(label) ||
    /^(金额)?单位[:：]?\s*(万元|万|元)$/.test(label) ||
    LABELLED_ORG.test(label) ||
    DATE_LINE.test(label) ||
    PAGE_NUMBER.test(label)
  );
}

/** True for a line that only repeats organisation, year, unit or date information. */
export function isMetaLine(text: string): boolean {
  return metaParts(text).every(isMetaPart);
}
