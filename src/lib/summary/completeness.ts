// The completeness score of a report (0–100) and how it was reached, from what the report itself
// says: which standard tables are printed, which explanation sections were found, which rules passed.
//
// NOTE: the score only reads the report (tables, checks, findings): it never re-runs a rule, so the
// header and the findings list cannot disagree. The tables counted are those the document's template
// requires (model/disclosure-templates), as completeness-tables judges them: Jiangsu owes eight.

import { Decimal } from '../model/amount';
import type { DocumentReport } from '../model/report';
import { recogniseTemplate, requiredTables } from '../model/disclosure-templates';
import { TABLE_KIND_NAMES } from '../model/table-vocabulary';

export const TABLES_WEIGHT = 50;
export const SECTIONS_WEIGHT = 20;
export const RULES_WEIGHT = 30;

const TABLES_RULE = 'completeness-tables';
const SECTIONS_RULE = 'completeness-sections';

export interface CompletenessPart {
  label: string;
  /** Points earned, to one decimal place. */
  points: string;
  max: number;
  /** How the points were counted, in Chinese. */
  detail: string;
}

export interface Completeness {
  /** 0–100, the parts' points added and rounded to a whole number. */
  score: number;
  tables: { withData: number; emptyExplained: number; emptyUnexplained: number; missing: string[] };
  sections: { present: number; required: number };
  rules: { passed: number; applicable: number };
  parts: CompletenessPart[];
}

/** How the score is computed, shown beside it (「评分说明」). */
export const SCORE_METHOD = [
  `标准表格 ${TABLES_WEIGHT} 分：本文件的公开模板要求的标准表（通常九张，江苏省级 2017–2019 年模板无国有资本经营预算表，为八张）平分 ${TABLES_WEIGHT} 分。有数据或空表并注明原因得全分，空表未注明原因得一半，缺表不得分。`,
  `情况说明 ${SECTIONS_WEIGHT} 分：按规定应有的说明部分（预算 10 项、决算 16 项），找到的部分占比乘以 ${SECTIONS_WEIGHT}。`,
  `核对规则 ${RULES_WEIGHT} 分：适用于本文件的核对规则（两项齐全性规则除外）中全部通过的占比乘以 ${RULES_WEIGHT}；没有适用规则不得分。`,
  '三部分相加后四舍五入为整数。分数只反映公开是否齐全、数字是否自洽，不评价预算本身。',
];

function ratio(done: number, of: number, weight: number): Decimal {
  return of === 0 ? new Decimal(0) : new Decimal(done).div(of).times(weight);
}

export function scoreCompleteness(report: DocumentReport): Completeness {
  const tableFindings = report.findings.filter((f) => f.ruleId === TABLES_RULE && f.location.type === 'document');
  const unexplained = new Set(tableFindings.map((f) => (f.location.type === 'document' ? f.location.what : '')));
  const tables = { withData: 0, emptyExplained: 0, emptyUnexplained: 0, missing: [] as string[] };
  const required = requiredTables(recogniseTemplate(report));
  for (const kind of required) {
    const printed = report.tables.filter((t) => t.kind === kind);
    if (printed.length === 0) tables.missing.push(TABLE_KIND_NAMES[kind]);
    else if (printed.some((t) => !t.empty)) tables.withData++;
    else if (printed.some((t) => unexplained.has(t.title))) tables.emptyUnexplained++;
    else tables.emptyExplained++;
  }
  const tablePoints = new Decimal(tables.withData + tables.emptyExplained)
    .plus(new Decimal(tables.emptyUnexplained).div(2))
    .div(required.length)
    .times(TABLES_WEIGHT);

  const sectionCheck = report.checks.find((c) => c.ruleId === SECTIONS_RULE);
  const sectionFindings = report.findings.filter((f) => f.ruleId === SECTIONS_RULE);
  const sectionsRequired = sectionCheck?.comparisons ?? 0;
  // One finding naming 情况说明 itself means the document has no explanation text at all.
  const noText = sectionFindings.some((f) => f.location.type === 'document' && f.location.what === '情况说明');
  const sections = {
    present: noText ? 0 : Math.max(0, sectionsRequired - sectionFindings.length),
    required: sectionsRequired,
  };
  const sectionPoints = ratio(sections.present, sections.required, SECTIONS_WEIGHT);

  const applicable = report.checks.filter(
    (c) => c.ruleId !== TABLES_RULE && c.ruleId !== SECTIONS_RULE && c.status !== 'not-applicable',
  );
  // A crashed check stays among the applicable ones: it was not shown to pass.
  const rules = { passed: applicable.filter((c) => c.status === 'passed').length, applicable: applicable.length };
  const crashed = applicable.filter((c) => c.status === 'crashed').length;
  const rulePoints = ratio(rules.passed, rules.applicable, RULES_WEIGHT);

  const empties = tables.emptyExplained + tables.emptyUnexplained;
  const parts: CompletenessPart[] = [
    {
      label: '标准表格',
      points: tablePoints.toFixed(1),
      max: TABLES_WEIGHT,
      detail:
        `应有标准表 ${required.length} 张，${required.length - tables.missing.length} 张已公开` +
        `（有数据 ${tables.withData} 张，空表 ${empties} 张，其中注明原因 ${tables.emptyExplained} 张）` +
        (tables.missing.length > 0 ? `；缺少：${tables.missing.join('、')}` : ''),
    },
    {
      label: '情况说明',
      points: sectionPoints.toFixed(1),
      max: SECTIONS_WEIGHT,
      detail:
        sections.required === 0 ? '未检查情况说明' : `应有 ${sections.required} 个部分，找到 ${sections.present} 个`,
    },
    {
      label: '核对规则',
      points: rulePoints.toFixed(1),
      max: RULES_WEIGHT,
      detail:
        rules.applicable === 0
          ? '没有适用于本文件的核对规则'
          : `适用 ${rules.applicable} 项，全部通过 ${rules.passed} 项` +
            (crashed > 0 ? `，${crashed} 项因程序错误未能完成` : ''),
    },
  ];
  const score = tablePoints.plus(sectionPoints).plus(rulePoints).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
  return { score, tables, sections, rules, parts };
}
