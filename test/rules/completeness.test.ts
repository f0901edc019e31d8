// completeness-tables and completeness-sections: required tables and text sections of 预算 and 决算,
// judged against the disclosure's own template (Jiangsu prints no 国有资本经营 table).

import type { Disclosure } from '../../src/lib/model/disclosure';
import { rule as sectionsRule } from '../../src/lib/rules/completeness-sections';
import { rule as tablesRule } from '../../src/lib/rules/completeness-tables';
import { disclosures } from '../helpers/disclosures';
import { editedSeed } from '../helpers/edited-seed';
import { ruleTester, type ExpectedFinding } from '../helpers/rule-tester';

const [
  seed000,
  seed001,
  seed002,
  seed003,
  seed004,
  court2017,
  court2018,
  court2019,
  procuratorate2017,
  procuratorate2018,
  putuoFinal2024,
  wanli2024,
  partyOfficeTables,
  partyOfficeText,
] = await disclosures(
  '000',
  '001',
  '002',
  '003',
  '004',
  'court2017',
  'court2018',
  'court2019',
  'procuratorate2017',
  'procuratorate2018',
  'putuoFinal2024',
  'wanli2024',
  'partyOfficeTables',
  'partyOfficeText',
);

/** Seed 000 with its tables changed: `edit` gets a copy to change. */
function editedTables(edit: (disclosure: Disclosure) => void): Disclosure {
  const copy = structuredClone(seed000!);
  edit(copy);
  return copy;
}

/** Seed 000's empty 政府性基金 table, in the copy. */
const emptyFundTable = (disclosure: Disclosure) =>
  disclosure.tables.find((table) => table.kind === 'government-fund-expenditure')!;

const tablesNotInFile: ExpectedFinding = {
  messageId: 'tablesNotInFile',
  type: 'missing',
  severity: 'info',
  location: { type: 'document', what: '公开表格' },
};

const missing = (messageId: string, severity: 'error' | 'warning', table: string): ExpectedFinding => ({
  messageId,
  type: 'missing',
  severity,
  data: { table },
  location: { type: 'document', what: table },
});

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
    { name: '万里街道 2024 (Shanghai district): all nine, empty ones noted', input: wanli2024!, withFigures: true },
    // The Jiangsu provincial template (2017–2019) has no 国有资本经营 table at all.
    { name: '省法院2017 (Jiangsu): no 国有资本经营 table owed', input: court2017!, withFigures: true },
    { name: '省法院2018 (Jiangsu): no 国有资本经营 table owed', input: court2018!, withFigures: true },
    { name: '江苏省高级人民法院2019 (Jiangsu)', input: court2019!, withFigures: true },
    { name: '省检察院2017 (Jiangsu)', input: procuratorate2017!, withFigures: true },
    { name: '省检察院2018 (Jiangsu), though its text says it has no 国有资本经营', input: procuratorate2018! },
    { name: '江苏省委办公厅 公开表 (Jiangsu tables file)', input: partyOfficeTables!, withFigures: true },
    {
      name: 'seed 000 with its 空表列示 note reworded as Jiangsu does (此表为空)',
      input: () => editedSeed('000', '注：无政府基金拨款预算，空表列示。', '注：此表为空'),
    },
    {
      name: 'seed 000 with its 空表列示 note reworded as 本部门无该项目',
      input: () => editedSeed('000', '注：无政府基金拨款预算，空表列示。', '注：本部门无该项目'),
    },
    {
      name: 'seed 000 whose empty 政府性基金 table prints 「无」 in its first row (as 万里街道 does) instead of a note',
      input: () =>
        editedTables((disclosure) => {
          const table = emptyFundTable(disclosure);
          table.note = null;
          table.rows = [{ seq: null, code: null, name: '无', cells: {}, page: null }];
        }),
    },
  ],
  invalid: [
    {
      name: 'seed 001, the explanation without its tables (published separately): one info, not one per table',
      input: seed001!,
      withFigures: true,
      findings: [tablesNotInFile],
    },
    {
      name: 'seed 004, a 决算 explanation whose tables are only listed as 附表: one info',
      input: seed004!,
      withFigures: true,
      findings: [tablesNotInFile],
    },
    {
      name: '江苏省委办公厅 公开文件, the explanation half of a Jiangsu pair: one info',
      input: partyOfficeText!,
      withFigures: true,
      findings: [tablesNotInFile],
    },
    {
      name: 'seed 000 without its 三公 table: an error in a recognised template',
      input: () =>
        editedTables((disclosure) => {
          disclosure.tables = disclosure.tables.filter((table) => table.kind !== 'three-public-expenditure');
        }),
      findings: [missing('tableMissing', 'error', '财政拨款“三公”经费支出表')],
    },
    {
      name: 'the same when no template is recognised (no 部门预算 in titles and text): a warning',
      input: () =>
        editedTables((disclosure) => {
          disclosure.tables = disclosure.tables.filter((table) => table.kind !== 'three-public-expenditure');
          for (const table of disclosure.tables) table.title = table.title.replace(/^部门预算/, '');
          for (const paragraph of disclosure.paragraphs) paragraph.text = paragraph.text.replace(/部门预算/g, '');
        }),
      findings: [missing('tableMissingUnknownTemplate', 'warning', '财政拨款“三公”经费支出表')],
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
      name: '江苏省委办公厅 公开表, a file of tables only: one info, not a warning per section',
      input: partyOfficeTables!,
      withFigures: true,
      findings: [
        {
          messageId: 'noExplanation',
          severity: 'info',
          data: { kind: '预算' },
          location: { type: 'document', what: '情况说明' },
        },
      ],
    },
  ],
});
