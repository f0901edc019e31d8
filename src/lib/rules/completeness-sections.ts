// The required sections of the explanation text (地方预决算公开操作规程) are there, found by
// their headings: for a 预算 部门职责, 机构设置, 收支预算总体情况, 机关运行经费, “三公”经费 and the
// reasons for its change, 绩效目标, 政府采购, 国有资产, 名词解释; a 决算 has its own list.
//
// NOTE: headings only (short lines, not a table of contents with dot leaders), so the 名词解释
// entry for 机关运行经费 does not stand in for its section. A document with no explanation text at
// all (the tables half of a Jiangsu pair, whose explanation is published as a separate file) gets
// one info, not a warning per section.

import { DISCLOSURES_ONLY, type Rule, type RuleInput, type RuleMeta, type RuleOutcome } from './rule';
import { Tally } from './support/tally';

export const meta: RuleMeta = {
  id: 'completeness-sections',
  documentTypes: DISCLOSURES_ONLY,
  title: { zh: '情况说明内容齐全', en: 'Required sections of the explanation text' },
  severity: 'warning',
  messages: {
    noExplanation: '未找到{kind}情况说明文字（各项说明均缺；可能另行公开）',
    sectionMissing: '情况说明中未找到“{section}”部分',
  },
};

interface Section {
  name: string;
  heading: RegExp;
  /** Found in the body instead (a sentence), when the heading alone does not show it. */
  body?: RegExp;
}

const THREE_PUBLIC_REASONS: Section = {
  name: '“三公”经费增减变化原因',
  heading: /三公.*(增减|变化|原因)/,
  body: /(三公|因公出国|公务用车|公务接待)[^。]*(原因|持平|零增长|无增减|一致|相等|无变化|增加|减少)/,
};

const BUDGET_SECTIONS: Section[] = [
  { name: '部门职责', heading: /职责|职能/ },
  { name: '机构设置', heading: /机构设置|内设机构|机构情况|部门构成|单位构成/ },
  {
    name: '收支预算总体情况',
    heading:
      /收支预算总体情况|收支预算总表|预算安排的?总体情况|收支总体情况|收入支出预算总体情况|收支预算情况|预算总体情况|预算编制说明/,
    body: /(收入预算|预算收入|收支预算|收入、支出预算)(总计|总额)?为?[\d.,]+万元/,
  },
  { name: '机关运行经费', heading: /机关运行(经)?费/ },
  { name: '“三公”经费', heading: /三公/ },
  THREE_PUBLIC_REASONS,
  { name: '绩效目标', heading: /绩效/ },
  { name: '政府采购', heading: /政府采购/ },
  { name: '国有资产', heading: /国有资产|资产占用|资产信息|固定资产/ },
  { name: '名词解释', heading: /名词解释/ },
];

const FINAL_SECTIONS: Section[] = [
  { name: '部门职责', heading: /职责|职能/ },
  { name: '机构设置', heading: /机构设置|内设机构|机构情况|部门构成|单位构成/ },
  { name: '收入支出决算总体情况', heading: /收(入)?、?支(出)?决算总体情况/ },
  { name: '收入决算情况', heading: /(?<!财政拨款)收入决算情况/ },
  { name: '支出决算情况', heading: /(?<!财政拨款|基本|项目)支出决算情况/ },
  { name: '财政拨款收入支出决算总体情况', heading: /财政拨款收(入)?、?支(出)?决算总体情况/ },
  { name: '一般公共预算财政拨款支出决算情况', heading: /一般公共预算财政拨款支出决算/ },
  { name: '一般公共预算财政拨款基本支出决算情况', heading: /基本支出决算/ },
  { name: '“三公”经费财政拨款支出决算情况', heading: /三公/ },
  { name: '政府性基金预算财政拨款支出决算情况', heading: /政府性基金/ },
  { name: '国有资本经营预算财政拨款支出决算情况', heading: /国有资本经营/ },
  { name: '机关运行经费', heading: /机关运行(经)?费/ },
  { name: '政府采购', heading: /政府采购/ },
  { name: '国有资产占有使用情况', heading: /国有资产|资产占(有|用)/ },
  { name: '预算绩效', heading: /绩效/ },
  { name: '名词解释', heading: /名词解释/ },
];

const TABLE_OF_CONTENTS = /(\.{3,}|…{2,}|·{3,})\s*\d*$/;

/** A heading (`text`: the paragraph without whitespace): a short line without a full stop inside, not a table-of-contents entry or a table title. */
function isHeading(text: string, contents: boolean): boolean {
  if (!text || text.length > 50 || contents) return false;
  // A table's title is not a section of the text.
  if (/表([（(][^）)]*[）)])?$/.test(text)) return false;
  return !/。./.test(text);
}

export function check({ disclosure }: RuleInput): RuleOutcome {
  const isFinal = disclosure.meta.kind === '决算';
  const sections = isFinal ? FINAL_SECTIONS : BUDGET_SECTIONS;
  // Headings and body are both read without whitespace: each paragraph is stripped, and told
  // from a table-of-contents entry, once.
  const texts = disclosure.paragraphs.map((p) => p.text.replace(/\s+/g, ''));
  const contents = disclosure.paragraphs.map((p) => TABLE_OF_CONTENTS.test(p.text.trim()));
  const headings = texts.filter((text, index) => isHeading(text, contents[index]!));
  const body = texts.filter((_, index) => !contents[index]);

  const missing = sections.filter(
    (section) =>
      !headings.some((heading) => section.heading.test(heading)) &&
      !(section.body && body.some((text) => section.body!.test(text))),
  );
  const tally = new Tally(meta);
  // Headings that only repeat table titles find a section or so by chance: that is no explanation text.
  if (missing.length >= sections.length - 1) {
    tally.report({
      messageId: 'noExplanation',
      data: { kind: isFinal ? '决算' : '预算' },
      type: 'missing',
      severity: 'info',
      location: { type: 'document', what: '情况说明' },
    });
  } else {
    for (const section of missing) {
      tally.report({
        messageId: 'sectionMissing',
        data: { section: section.name },
        type: 'missing',
        location: { type: 'document', what: section.name },
      });
    }
  }
  return { ...tally.outcome(true), comparisons: sections.length };
}

export const rule: Rule = { meta, check };
