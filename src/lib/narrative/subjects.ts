// What the words right before an amount name: the subject vocabulary of the explanation text,
// matched most specific first (a 公务用车运行维护费 is a 三公 part before it is anything else, a
// 政府性基金预算财政拨款收入 is not the 财政拨款 total).

import type { FigureSubject } from '../model/narrative-figure';

const SUBJECT_PATTERNS: Array<[FigureSubject | null, RegExp]> = [
  [
    'three-public-vehicle-operation',
    /公务用车运行维护费|公务用车运维费|公务用车运行费|公务车运行维护费|公车运行维护费|公车运维费|公务用车运行(?:维护)?/,
  ],
  ['three-public-vehicle', /公务用车购置(?:及|和)运(?:行|维)(?:维护)?费|公务用车购置(?:及|和)运行(?:维护)?/],
  ['three-public-vehicle-purchase', /公务用车购置(?:费|支出)?|公车购置费/],
  ['three-public-abroad', /因公出国[（(]境[)）](?:费用?)?/],
  ['three-public-reception', /公务接待费/],
  ['three-public', /[“"‘']?三公[”"’']?经费/],
  ['operating-costs', /机关运行经费|机关运行费|(?<!行政)运行经费/],
  // Words that make an amount something other than the totals and parts below.
  [
    null,
    /会议费|培训费|基金|国有资本经营|财政专户|其他资金|其他收入|其他来源|事业收入|经营收入|经营支出|上级补助|附属单位|上缴上级|单位资金|上年结转|结转结余|结余|预留机动|货物|工程|服务|中小企业|小微企业|小型和微型|购置固定资产|拟购置|[（(](?:类|款|项)[）)]/,
  ],
  ['personnel', /人员经费/],
  ['public-use', /(?:日常)?公用经费/],
  ['basic', /基本支出/],
  ['project', /项目支出|项目经费支出|项目经费/],
  ['fixed-assets', /固定资产(?:金额|总额|原值|总值)?/],
  ['procurement', /政府采购(?:支出)?(?:预算)?(?:总金额|总额|金额)?/],
  ['general-budget-grant', /一?般公共预算(?:财政)?(?:拨款)?(?:收入|支出)|一般公共预算拨款/],
  ['fiscal-grant-total', /财政拨款(?:预算)?(?:收入支出|收、?支|收入|支出)(?:预算|决算)?(?:总计|总预算|合计)?/],
  [
    'income-expenditure-total',
    /收入、?支出(?:预算|决算)?总计|收、?支(?:预算|决算)?总计|收支总计|收支预算安排|预算收支安排|收支安排|收入支出总计/,
  ],
  ['income-total', /收入(?:预算|决算)?(?:总额|总计|合计)|预算收入|收入预算|本年收入/],
  ['expenditure-total', /支出(?:预算|决算)?(?:总额|总计|合计)|预算支出|支出预算|本年支出/],
];

export interface SubjectMatch {
  subject: FigureSubject;
  /** The matched words as written (normalised), or for `other` the words left after trimming. */
  label: string;
}

const LEADING = /^(?:(?:其中|包括|主要为|主要用于以下方面|主要用于|以下方面|此外|另外|以及|和|及|与|、|，|：|:|\s)+)/;
/** A comparison the words make (`比2020年`, `与上年相比`, `较2023年预算执行数`): not a subject. */
const COMPARISON =
  /(?:比|较|与|同)(?:20\d\d年度?|上年度?|去年|上一年)(?:同期)?(?:相比)?(?:预算执行数|预算数|决算数|预算|决算)?(?:相比)?|相比/g;
const LEADING_YEAR = /^(?:20\d\d年度?[，,]?)/;
const TRAILING = /(?:为|是|达|约|共计|共)+$/;
/** A lead that names nothing of its own: `支出决算为`, `2024年预算安排`, `本年数`. */
const GENERIC =
  /^(?:本年|当年|上年|年初|全年|本年度|当年度)?(?:预算|决算|支出|安排|数|执行数|执行|为|的|共计|合计|总计|金额)*$/;

/** The words of a lead once numbering, connectors and a leading year are trimmed away. */
export function trimLead(lead: string): string {
  let text = lead
    .replace(COMPARISON, '')
    .replace(/^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十\d]+[、．.](?!\d))/, '');
  for (let i = 0; i < 3; i++) text = text.replace(LEADING, '').replace(LEADING_YEAR, '');
  return text.replace(TRAILING, '');
}

export function isGeneric(lead: string): boolean {
  return GENERIC.test(trimLead(lead));
}

/** The subject the words name, or null when they name nothing (the caller then inherits one). */
export function classifySubject(lead: string): SubjectMatch | null {
  const words = lead.replace(COMPARISON, '');
  for (const [subject, pattern] of SUBJECT_PATTERNS) {
    const match = pattern.exec(words);
    if (!match) continue;
    if (subject) return { subject, label: match[0] };
    break;
  }
  const label = trimLead(lead);
  if (GENERIC.test(label)) return null;
  return { subject: 'other', label };
}
