// text-vs-tables: the figures of the explanation text against the cells of the standard tables.

import { rule } from '../../src/lib/rules/text-vs-tables';
import { disclosures } from '../helpers/disclosures';
import { editedSeed } from '../helpers/edited-seed';
import { ruleTester, type ExpectedFinding } from '../helpers/rule-tester';

const [seed000, seed002, seed003, seed004, court2018, court2019, wanli2024, partyOfficeText, procuratorate2017, putuo] =
  await disclosures(
    '000',
    '002',
    '003',
    '004',
    'court2018',
    'court2019',
    'wanli2024',
    'partyOfficeText',
    'procuratorate2017',
    'putuoFinal2024',
  );

/** A text figure that differs from its cell, with the amounts in the text's unit. */
function differs(
  quote: string,
  [expected, actual, difference]: [string, string, string],
  unit = '万元',
): ExpectedFinding {
  return {
    messageId: 'differs',
    type: 'text-vs-table',
    severity: 'error',
    location: { type: 'text', quote },
    expected,
    actual,
    difference,
    unit,
  };
}

ruleTester(rule, {
  valid: [
    { name: 'seed 000', input: seed000!, withFigures: true, comparisons: 15 },
    { name: 'seed 002', input: seed002!, withFigures: true, comparisons: 16 },
    { name: 'seed 003 (tables in 元, text in 万元)', input: seed003!, withFigures: true, comparisons: 11 },
    { name: '法院2018', input: court2018!, withFigures: true, minComparisons: 11 },
    { name: '法院2019', input: court2019!, withFigures: true, minComparisons: 11 },
    { name: '万里街道 2024', input: wanli2024!, withFigures: true, minComparisons: 11 },
    { name: 'seed 004 has no tables', input: seed004!, withFigures: true, notApplicable: true },
    { name: 'the Jiangsu 公开文件 has no tables', input: partyOfficeText!, withFigures: true, notApplicable: true },
  ],
  invalid: [
    {
      name: 'a 基本支出 of seed 002 changed in the text, in the text’s unit, pointing at the cell',
      input: () => editedSeed('002', '其中基本支出1136.05万元', '其中基本支出1163.05万元'),
      withFigures: true,
      findings: [
        {
          ...differs('1163.05万元', ['1136.05', '1163.05', '27.00']),
          data: {
            subject: '基本支出',
            stated: '1163.05 万元',
            table: '部门预算支出总表“合计”',
            printed: '1136.05 万元',
            gap: '27.00 万元',
          },
          related: [{ type: 'cell', tableKind: 'expenditure-summary', rowLabel: '合计', column: '基本支出' }],
        },
      ],
    },
    {
      name: 'seed 003’s 万元 text against its 元 tables: a changed 人员经费, in 万元',
      input: () => editedSeed('003', '包括人员经费461.28万元', '包括人员经费416.28万元'),
      withFigures: true,
      findings: [
        {
          ...differs('416.28万元', ['461.28', '416.28', '-45.00']),
          data: { printed: '4612800.00 元，即 461.28 万元', gap: '45.00 万元' },
        },
      ],
    },
    {
      name: '元 written for 万元: a unit slip (seed 000: 日常公用经费70.25元)',
      input: () => editedSeed('000', '和日常公用经费70.25万元', '和日常公用经费70.25元'),
      withFigures: true,
      findings: [
        {
          messageId: 'unitSlip',
          type: 'unit-slip',
          location: { type: 'text', quote: '70.25元' },
          expected: '702500.00',
          actual: '70.25',
          difference: '-702429.75',
          unit: '元',
        },
      ],
    },
    {
      name: 'compared at the printed precision: `2万` equals 2.00, but `2.1万` does not',
      input: () => editedSeed('000', '其中：公车运行维护费2万、', '其中：公车运行维护费2.1万、'),
      withFigures: true,
      findings: [differs('2.1万', ['2.0', '2.1', '0.1'])],
    },
    {
      name: '检察院2017’s 基本支出 12323.46 (the table prints 12323.48)',
      input: procuratorate2017!,
      withFigures: true,
      findings: [differs('12323.46 万元', ['12323.48', '12323.46', '-0.02'])],
    },
    {
      name: '普陀 2024 决算’s 财政拨款收入支出总计0.3万元 against the printed 总计 2961.68',
      input: putuo!,
      withFigures: true,
      findings: [
        {
          ...differs('0.3万元', ['2961.7', '0.3', '-2961.4']),
          related: [{ tableKind: 'fiscal-grant-summary', rowLabel: '总计' }],
        },
      ],
    },
  ],
});
