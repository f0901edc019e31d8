// code-nesting: codes of 3/5/7 (经济分类 3/5) digits, each 款/项 under its parent printed above it.

import { rule } from '../../src/lib/rules/code-nesting';
import { disclosures } from '../helpers/disclosures';
import { rowIndexOf } from '../helpers/mutate';
import { withRow } from '../helpers/mutate-row';
import { ruleTester } from '../helpers/rule-tester';

const [seed000, seed001, seed002, seed003, court2017, court2019, procuratorate2017, putuoFinal2024, wanli2024] =
  await disclosures(
    '000',
    '001',
    '002',
    '003',
    'court2017',
    'court2019',
    'procuratorate2017',
    'putuoFinal2024',
    'wanli2024',
  );

ruleTester(rule, {
  valid: [
    { name: 'seed 000', input: seed000!, minComparisons: 140 },
    { name: 'seed 002', input: seed002!, minComparisons: 140 },
    { name: 'seed 003', input: seed003!, minComparisons: 140 },
    { name: '省法院2017', input: court2017!, minComparisons: 140 },
    { name: '省法院2019', input: court2019!, minComparisons: 140 },
    { name: '省检察院2017', input: procuratorate2017!, minComparisons: 140 },
    { name: '普陀区财政局 决算', input: putuoFinal2024!, minComparisons: 140 },
    { name: '万里街道: codes a digit short (3012, 3017) are left to hierarchy-sums', input: wanli2024! },
    { name: 'seed 001 has no 科目 tables', input: seed001!, notApplicable: true },
  ],
  invalid: [
    {
      name: 'a 款 whose 类 is not printed (30217 changed to 30917 in the 省法院2017 基本支出表)',
      input: () => withRow(court2017!, 'general-budget-basic-expenditure', { code: '30217' }, { code: '30917' }),
      findings: [
        {
          messageId: 'parentMissing',
          type: 'missing',
          severity: 'warning',
          data: {
            table: '一般公共预算基本支出表',
            level: '款',
            code: '30917',
            name: '公务接待费',
            parentLevel: '类',
            parent: '309',
          },
          location: {
            ...rowIndexOf(court2017!, 'general-budget-basic-expenditure', { code: '30217' }),
            rowLabel: '30917 公务接待费',
            page: 16,
          },
        },
      ],
    },
    {
      name: 'a 7-digit code in the 经济分类 基本支出表 of seed 002',
      input: () => withRow(seed002!, 'general-budget-basic-expenditure', { code: '30101' }, { code: '3010101' }),
      findings: [
        {
          messageId: 'badLength',
          type: 'malformed',
          data: { code: '3010101', name: '基本工资', length: 7, rule: '经济分类编码应为 3 位或 5 位' },
        },
      ],
    },
    {
      name: 'a 项 left without its 款 (21015 renamed 21099 in the 支出总表 of seed 002)',
      input: () => withRow(seed002!, 'expenditure-summary', { code: '21015' }, { code: '21099' }),
      only: (finding) => finding.data?.code === '2101501',
      findings: [
        { messageId: 'parentMissing', data: { table: '支出总表', level: '项', parentLevel: '款', parent: '21015' } },
      ],
    },
  ],
});
