// The tables the disclosure's template requires are there (model/disclosure-templates: the nine of
// a 部门预算, or their 决算 equivalents, which are recognised as the same kinds; Jiangsu prints no
// 国有资本经营 table), and an empty one says why (空表列示, 此表为空, 「无」 in its first row…).
//
// NOTE: a file with no standard table at all is the explanation half of a pair whose tables are
// published separately (seeds 001 and 004, the Jiangsu 公开文件): one info, not one per table. A
// single missing table the document names but does not print (a 附表 list, a table of contents) is
// a warning, as is one the text says has nothing in it (本部门无国有资本经营预算), or any missing
// table when the template is not recognised; an error otherwise.

import type { Disclosure } from '../model/disclosure';
import { emptyTableExplained, recogniseTemplate, requiredTables } from '../model/disclosure-templates';
import { STANDARD_KINDS } from '../model/table-vocabulary';
import { DISCLOSURES_ONLY, type Rule, type RuleInput, type RuleMeta, type RuleOutcome } from './rule';
import { tablesOf } from './support/locate';
import { Tally } from './support/tally';

export const meta: RuleMeta = {
  id: 'completeness-tables',
  documentTypes: DISCLOSURES_ONLY,
  title: { zh: '公开表格齐全', en: 'Required tables present and empty tables explained' },
  severity: 'error',
  messages: {
    tablesNotInFile: '本文件未包含部门预决算公开表格（可能另行公开），表格无法核对',
    tableMissing: '缺少{table}',
    tableMissingUnknownTemplate: '缺少{table}（未能识别本文件的公开模板，按九张标准表核对）',
    tableListedNotIncluded: '缺少{table}：文中列出该表，但本文件未包含该表，无法核对',
    tableSaidNoneNotPrinted: '缺少{table}：文中说明无此项资金，但未按要求空表列示',
    emptyUnexplained: '{table}为空表，但未注明原因（如“无…预算，空表列示”）',
  },
};

interface KindSpec {
  budget: string;
  final: string;
  /** How the text names the table (in a 附表 list or a table of contents). */
  named: RegExp;
  /** Words of a sentence saying the department has nothing of this kind. */
  none?: RegExp;
}

const KINDS: Record<string, KindSpec> = {
  'income-expenditure-summary': {
    budget: '部门收支预算总表',
    final: '收入支出决算总表',
    named: /(?<!财政拨款)收(入)?支(出)?(预算|决算)?总表/,
  },
  'income-summary': { budget: '部门收入预算总表', final: '收入决算表', named: /收入(预算|决算)?总表|收入决算表/ },
  'expenditure-summary': {
    budget: '部门支出预算总表',
    final: '支出决算表',
    named: /支出(预算|决算)?总表|(?<!财政拨款|基本|项目)支出决算表/,
  },
  'fiscal-grant-summary': {
    budget: '财政拨款收支预算总表',
    final: '财政拨款收入支出决算总表',
    named: /财政拨款收(入)?支(出)?(预算|决算)?总表/,
  },
  'general-budget-expenditure': {
    budget: '一般公共预算财政拨款支出表',
    final: '一般公共预算财政拨款支出决算表',
    named: /一般公共预算(财政拨款)?支出(预算|决算)?表/,
  },
  'general-budget-basic-expenditure': {
    budget: '一般公共预算财政拨款基本支出表',
    final: '一般公共预算财政拨款基本支出决算表',
    named: /一般公共预算(财政拨款)?基本支出(预算|决算)?表/,
  },
  'government-fund-expenditure': {
    budget: '政府性基金预算财政拨款支出表',
    final: '政府性基金预算财政拨款收入支出决算表',
    named: /政府性?基金.*表/,
    none: /无政府性?基金|政府性?基金[^。；]*(0万元|0\.00万元|为0|空表)/,
  },
  'state-capital-expenditure': {
    budget: '国有资本经营预算财政拨款支出表',
    final: '国有资本经营预算财政拨款支出决算表',
    named: /国有资本经营.*表/,
    none: /无国有资本经营|国有资本经营[^。；]*(0万元|0\.00万元|为0|空表)/,
  },
  'three-public-expenditure': {
    budget: '财政拨款“三公”经费支出表',
    final: '财政拨款“三公”经费支出决算表',
    named: /三公.*表/,
    none: /三公[^。；]*(预算安排0万元|为0万元|0\.00万元|空表)/,
  },
};

function mentions(disclosure: Disclosure, pattern: RegExp): boolean {
  return disclosure.paragraphs.some((paragraph) => pattern.test(paragraph.text.replace(/\s/g, '')));
}

/** The text lists the table by name: a line of its own (a 附表 list, a table of contents), not a sentence. */
function lists(disclosure: Disclosure, pattern: RegExp): boolean {
  return disclosure.paragraphs.some((paragraph) => {
    const text = paragraph.text.replace(/\s/g, '');
    return text.length <= 60 && !/[。，；]/.test(text.replace(/[.…·]{3,}\d*$/, '')) && pattern.test(text);
  });
}

export function check({ disclosure }: RuleInput): RuleOutcome {
  const tally = new Tally(meta);
  const isFinal = disclosure.meta.kind === '决算';
  if (STANDARD_KINDS.every((kind) => tablesOf(disclosure, kind).length === 0)) {
    tally.report({
      messageId: 'tablesNotInFile',
      data: {},
      type: 'missing',
      severity: 'info',
      location: { type: 'document', what: '公开表格' },
    });
    return { ...tally.outcome(true), comparisons: 1 };
  }

  const template = recogniseTemplate(disclosure);
  let comparisons = 0;
  for (const kind of requiredTables(template)) {
    const spec = KINDS[kind]!;
    const name = isFinal ? spec.final : spec.budget;
    const refs = tablesOf(disclosure, kind);
    comparisons++;
    if (refs.length === 0) {
      const named = lists(disclosure, spec.named);
      const saysNone = spec.none ? mentions(disclosure, spec.none) : false;
      tally.report({
        messageId: named
          ? 'tableListedNotIncluded'
          : saysNone
            ? 'tableSaidNoneNotPrinted'
            : template
              ? 'tableMissing'
              : 'tableMissingUnknownTemplate',
        data: { table: name },
        type: 'missing',
        severity: named || saysNone || !template ? 'warning' : 'error',
        location: { type: 'document', what: name },
      });
      continue;
    }
    // A kind printed more than once (an empty copy beside a filled one) is explained by the filled one.
    if (refs.some((ref) => !ref.table.empty)) continue;
    const ref = refs[0]!;
    comparisons++;
    if (emptyTableExplained(template, ref.table)) continue;
    if (spec.none && mentions(disclosure, spec.none)) continue;
    tally.report({
      messageId: 'emptyUnexplained',
      data: { table: ref.table.title },
      type: 'missing',
      severity: 'warning',
      location: { type: 'document', what: ref.table.title },
    });
  }

  return { ...tally.outcome(true), comparisons };
}

export const rule: Rule = { meta, check };
