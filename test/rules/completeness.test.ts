// completeness-tables and completeness-sections: required tables and text sections of 预算 and 决算.

import { rule as sectionsRule } from '../../src/lib/rules/completeness-sections';
import { rule as tablesRule } from '../../src/lib/rules/completeness-tables';
import { disclosures } from '../helpers/disclosures';
import { editedSeed } from '../helpers/edited-seed';
import { ruleTester, type ExpectedFinding } from '../helpers/rule-tester';

const [seed000, seed001, seed002, seed003, seed004, court2017, procuratorate2018, putuoFinal2024, partyOfficeTables] =
  await disclosures(
    '000',
    '001',
    '002',
    '003',
    '004',
    'court2017',
    'procuratorate2018',
    'putuoFinal2024',
    'partyOfficeTables',
  );

const missing = (messageId: string, severity: 'error' | 'warning', table: string): ExpectedFinding => ({
  messageId,
  type: 'missing',
  severity,
  data: { table },
  location: { type: 'document', what: table },
});

const FINAL_TABLES = [
  '收入支出决算总表',
  '收入决算表',
  '支出决算表',
  '财政拨款收入支出决算总表',
  '一般公共预算财政拨款支出决算表',
  '一般公共预算财政拨款基本支出决算表',
  '政府性基金预算财政拨款收入支出决算表',
  '国有资本经营预算财政拨款支出决算表',
  '财政拨款“三公”经费支出决算表',
];

ruleTester(tablesRule, {
  valid: [
    // Nine kinds, and the note of each empty one (000: 政府性基金, 国有资本经营).
    {
      name: 'seed 000: all nine, its empty ones noted (空表列示)',
      input: seed000!,
      withFigures: true,
      comparisons: 11,
    },
    { name: 'seed 002: all nine', input: seed002!, withFigures: true },
    { name: 'seed 003: all nine', input: seed003!, withFigures: true },
    { name: '普陀区财政局 决算: all nine 决算 tables', input: putuoFinal2024!, withFigures: true },
  ],
  invalid: [
    {
      name: 'the nine tables seed 001 lacks; the 三公 table a warning, the text saying there is none',
      input: seed001!,
      withFigures: true,
      findings: [
        missing('tableMissing', 'error', '部门收支预算总表'),
        missing('tableMissing', 'error', '部门收入预算总表'),
        missing('tableMissing', 'error', '部门支出预算总表'),
        missing('tableMissing', 'error', '财政拨款收支预算总表'),
        missing('tableMissing', 'error', '一般公共预算财政拨款支出表'),
        missing('tableMissing', 'error', '一般公共预算财政拨款基本支出表'),
        missing('tableMissing', 'error', '政府性基金预算财政拨款支出表'),
        missing('tableMissing', 'error', '国有资本经营预算财政拨款支出表'),
        missing('tableSaidNoneNotPrinted', 'warning', '财政拨款“三公”经费支出表'),
      ],
    },
    {
      name: 'the 决算 tables seed 004 lists as 附表 without printing them, as warnings by their 决算 names',
      input: seed004!,
      withFigures: true,
      findings: FINAL_TABLES.map((table) => missing('tableListedNotIncluded', 'warning', table)),
    },
    {
      name: '省法院2017 lacks the 国有资本经营 table and says nothing of it',
      input: court2017!,
      withFigures: true,
      findings: [missing('tableMissing', 'error', '国有资本经营预算财政拨款支出表')],
    },
    {
      name: '省检察院2018 lacks the 国有资本经营 table its text says it has none of',
      input: procuratorate2018!,
      withFigures: true,
      findings: [missing('tableSaidNoneNotPrinted', 'warning', '国有资本经营预算财政拨款支出表')],
    },
    {
      name: 'an empty table whose note is gone (seed 000 without its 空表列示 note)',
      input: () => editedSeed('000', '注：无政府基金拨款预算，空表列示。', ''),
      withFigures: true,
      findings: [missing('emptyUnexplained', 'warning', '部门预算政府基金预算财政拨款支出表')],
    },
  ],
});

ruleTester(sectionsRule, {
  valid: [
    { name: 'seed 000 (预算)', input: seed000!, withFigures: true },
    { name: 'seed 001 (预算)', input: seed001!, withFigures: true },
    { name: 'seed 002 (预算)', input: seed002!, withFigures: true },
    { name: 'seed 003 (预算)', input: seed003!, withFigures: true },
    { name: 'seed 004 (决算): its sixteen sections', input: seed004!, withFigures: true, comparisons: 16 },
  ],
  invalid: [
    {
      name: 'a section whose heading is gone (seed 000 without 八、名词解释)',
      input: () => editedSeed('000', '八、名词解释', '八、其他'),
      withFigures: true,
      findings: [
        {
          messageId: 'sectionMissing',
          type: 'missing',
          severity: 'warning',
          data: { section: '名词解释' },
          location: { type: 'document', what: '名词解释' },
        },
      ],
    },
    {
      name: 'the sections the 2017 Jiangsu 法院 file lacks',
      input: court2017!,
      withFigures: true,
      findings: [
        { messageId: 'sectionMissing', data: { section: '绩效目标' } },
        { messageId: 'sectionMissing', data: { section: '国有资产' } },
      ],
    },
    {
      name: 'one finding for a file of tables only',
      input: partyOfficeTables!,
      withFigures: true,
      findings: [
        { messageId: 'noExplanation', data: { kind: '预算' }, location: { type: 'document', what: '情况说明' } },
      ],
    },
  ],
});
