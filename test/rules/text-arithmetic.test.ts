// text-arithmetic: the explanation text's own claims, on real text (seeds, real PDFs) and on seed
// text with one number edited.

import type { Disclosure } from '../../src/lib/model/disclosure';
import type { FindingType } from '../../src/lib/model/finding';
import { rule } from '../../src/lib/rules/text-arithmetic';
import { disclosures } from '../helpers/disclosures';
import { editedSeed } from '../helpers/edited-seed';
import { ruleTester, runCase, type ExpectedFinding } from '../helpers/rule-tester';
import type { RuleOutcome } from '../../src/lib/rules/rule';
import { describe, expect, it } from 'vitest';

const [
  seed000,
  seed001,
  seed002,
  seed003,
  seed004,
  procuratorate2017,
  procuratorate2018,
  court2017,
  court2019,
  partyOfficeText,
  putuo,
] = await disclosures(
  '000',
  '001',
  '002',
  '003',
  '004',
  'procuratorate2017',
  'procuratorate2018',
  'court2017',
  'court2019',
  'partyOfficeText',
  'putuoFinal2024',
);

/** A real disclosure with `from` changed to `to` in the one paragraph printing it. */
function editedParagraph(disclosure: Disclosure, from: string, to: string): Disclosure {
  const edited = structuredClone(disclosure);
  const paragraphs = edited.paragraphs.filter((paragraph) => paragraph.text.includes(from));
  if (paragraphs.length !== 1) throw new Error(`${from} is printed in ${paragraphs.length} paragraphs`);
  paragraphs[0]!.text = paragraphs[0]!.text.replace(from, to);
  return edited;
}

/** Seed 002's 项目支出 sentence with two of its projects given amounts and a closing 合计 (p. 429 of the text). */
const projectList = (total: string) =>
  editedSeed(
    '002',
    '主要为便民服务中心租金、城乡居民医疗保险县级补助资金、',
    `主要为便民服务中心租金3000.00万元、城乡居民医疗保险县级补助资金2000.00万元，合计${total}万元；另有`,
  );

/** A finding at the text figure quoted, with its amounts. */
function at(
  messageId: string,
  type: FindingType,
  quote: string,
  [expected, actual, difference]: [string, string, string],
  unit: string | null,
): ExpectedFinding {
  return { messageId, type, severity: 'error', location: { type: 'text', quote }, expected, actual, difference, unit };
}

/** A share off by one unit of its last printed place only: info of type rounding. */
const lastPlace = (quote: string, amounts: [string, string, string]): ExpectedFinding => ({
  ...at('shareMismatch', 'rounding', quote, amounts, null),
  severity: 'info',
});

/** A share of the text that does not compute, alone among findings of other kinds. */
const onlyShare = (quote: string) => (finding: { messageId?: string; location: { type: string } }) =>
  finding.messageId === 'shareMismatch' && 'quote' in finding.location && finding.location.quote === quote;

ruleTester(rule, {
  valid: [
    { name: 'seed 002: changes, parts and shares add up', input: seed002!, withFigures: true, comparisons: 6 },
    { name: 'seed 003', input: seed003!, withFigures: true },
    {
      // 86.95 of 160 + 266.8 + 86.95 is 16.9246% exactly, but the parts may stand for 86.955 of
      // 513.745 (16.9257%), which rounds to the 16.93 printed.
      name: '法院2019: a share that the rounding of its parts reaches (16.93% of the “三公”经费)',
      input: court2019!,
      withFigures: true,
    },
    {
      // Read as one more part of 项目支出, the 合计 made 3000 + 2000 + 5000 exceed 5434.33.
      name: 'seed 002 edited: a closing 合计 of the listed projects is their sum, not one more part',
      input: () => projectList('5000.00'),
      withFigures: true,
    },
  ],
  invalid: [
    {
      name: 'seed 002 edited: a closing 合计 that is not the sum of the projects listed before it',
      input: () => projectList('4900.00'),
      withFigures: true,
      findings: [
        {
          ...at('totalMismatch', 'mismatch', '4900.00万元', ['4900.00', '5000.00', '100.00'], '万元'),
          data: {
            subject: '合计',
            stated: '4900.00 万元',
            parts: '便民服务中心租金 3000.00 万元 + 城乡居民医疗保险县级补助资金 2000.00 万元',
            sum: '5000 万元',
          },
        },
      ],
    },
    {
      name: 'seed 002: a total change its components do not add up to (edited 406.20 → 406.10)',
      input: () => editedSeed('002', '较2023年预算减少406.20万元', '较2023年预算减少406.10万元'),
      withFigures: true,
      findings: [
        {
          ...at('componentsMismatch', 'mismatch', '406.10万元', ['-406.20', '-406.10', '0.10'], '万元'),
          data: {
            subject: '预算收支安排',
            verb: '减少',
            change: '406.10 万元',
            components: '基本支出增加 66.56 万元、项目支出减少 472.76 万元',
            sum: '-406.2 万元',
          },
        },
      ],
    },
    {
      name: 'seed 000: 减少12717.97万元 while 基本支出 +8.78 and 项目支出 −12797 make −12788.22',
      input: seed000!,
      withFigures: true,
      findings: [at('componentsMismatch', 'mismatch', '12717.97万元', ['-12788.22', '-12717.97', '70.25'], '万元')],
    },
    {
      name: 'seed 001: `较上年123829.67万元增加2566.91万元` against 16396.58 this year',
      input: seed001!,
      withFigures: true,
      findings: [
        {
          ...at('changeMismatch', 'mismatch', '2566.91万元', ['-107433.09', '2566.91', '110000.00'], '万元'),
          data: { current: '16396.58 万元', previous: '123829.67 万元', computed: '-107433.09 万元' },
        },
      ],
    },
    {
      name: 'seed 004: 元 written for 万元, the growth rate it breaks, and 小微企业 above the 中小企业 it is part of',
      input: seed004!,
      withFigures: true,
      findings: [
        at('valueBelowChange', 'unit-slip', '125.58元', ['1255800.00', '125.58', '-1255674.42'], '元'),
        at('rateMismatch', 'mismatch', '12.46%', ['8.27', '12.46', '4.19'], null),
        at('partsExceedWhole', 'exceeds', '0万元', ['0', '10.05', '10.05'], '万元'),
      ],
    },
    {
      name: 'seed 004 edited: a share that is not part / whole (基本支出 340.53 of 460.66 is 73.92%, not 73.29%)',
      input: () => editedSeed('004', '占73.92%', '占73.29%'),
      withFigures: true,
      only: onlyShare('73.29%'),
      findings: [at('shareMismatch', 'mismatch', '73.29%', ['73.92', '73.29', '-0.63'], null)],
    },
    {
      name: 'seed 002 edited: 基本支出 that is not 人员经费 + 日常公用经费',
      input: () => editedSeed('002', '和日常公用经费150.11万元', '和日常公用经费150.21万元'),
      withFigures: true,
      findings: [at('partsMismatch', 'mismatch', '1136.05万元', ['1136.05', '1136.15', '0.10'], '万元')],
    },
    {
      name: '检察院2017: the “三公” shares printed 18.85/54.43/26.72% compute to 18.82/54.39/26.79% of 584.35',
      input: procuratorate2017!,
      withFigures: true,
      only: (finding) => finding.messageId === 'shareMismatch' && String(finding.data?.whole).includes('“三公”经费'),
      findings: [
        {
          messageId: 'shareMismatch',
          data: {
            subject: '因公出国（境）费',
            part: '110 万元',
            share: '18.85',
            whole: '“三公”经费 584.35 万元（110 + 317.8 + 156.55）',
            computed: '18.82',
          },
          expected: '18.82',
          actual: '18.85',
        },
        { messageId: 'shareMismatch', expected: '54.39', actual: '54.43' },
        { messageId: 'shareMismatch', expected: '26.79', actual: '26.72' },
      ],
    },
    {
      name: '法院2017: 单位预留机动经费 182.92 of 28849.38 is 0.63%, not 0.64%',
      input: court2017!,
      withFigures: true,
      only: onlyShare('0.64%'),
      findings: [lastPlace('0.64%', ['0.63', '0.64', '0.01'])],
    },
    {
      name: '委办公厅: a share balanced to 100% off by its last place only (80.92% for 80.913%) is info',
      input: partyOfficeText!,
      withFigures: true,
      findings: [lastPlace('80.92%', ['80.91', '80.92', '0.01'])],
    },
    {
      name: '检察院2018: truncated percentages pass; shares off by the last place are info; digit slips are errors',
      input: procuratorate2018!,
      withFigures: true,
      only: (finding) => finding.messageId === 'shareMismatch' || finding.messageId === 'rateMismatch',
      findings: [
        lastPlace('99.94 %', ['99.93', '99.94', '0.01']),
        lastPlace('63.75%', ['63.74', '63.75', '0.01']),
        lastPlace('99.94 %', ['99.93', '99.94', '0.01']),
        at('rateMismatch', 'mismatch', '21.95 %', ['22.00', '21.95', '-0.05'], null),
        at('rateMismatch', 'mismatch', '0.06 %', ['0.60', '0.06', '-0.54'], null),
        at('rateMismatch', 'mismatch', '0.66 %', ['6.60', '0.66', '-5.94'], null),
      ],
    },
    {
      name: '普陀 决算: 71.73% of 2940.05 is 71.65%',
      input: putuo!,
      withFigures: true,
      only: onlyShare('71.73%'),
      findings: [at('shareMismatch', 'mismatch', '71.73%', ['71.65', '71.73', '0.08'], null)],
    },
  ],
});

describe('text-arithmetic on a 决算 stating two budgets of one line', () => {
  it('普陀 决算 edited: «年初预算为2993.92万元，全年预算为3100.00万元» adds no finding (not one figure printed twice)', async () => {
    const keys = (outcome: RuleOutcome) => outcome.findings.map((finding) => `${finding.messageId} ${finding.actual}`);
    const original = await runCase(rule, putuo!, true);
    const edited = await runCase(
      rule,
      () => editedParagraph(putuo!, '年初预算为2993.92万元，', '年初预算为2993.92万元，全年预算为3100.00万元，'),
      true,
    );
    expect(original.findings.length).toBeGreaterThan(0);
    expect(keys(edited)).toEqual(keys(original));
  });
});
