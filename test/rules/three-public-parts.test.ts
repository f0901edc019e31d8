// three-public-parts: the “三公” table's parts add up, by rows (seeds) or by columns (Jiangsu, Shanghai).

import { rule } from '../../src/lib/rules/three-public-parts';
import { disclosures } from '../helpers/disclosures';
import { rowIndexOf, withAmount } from '../helpers/mutate';
import { ruleTester } from '../helpers/rule-tester';

const CLEAN = ['000', '002', 'court2017', 'procuratorate2017', 'wanli2024', 'putuoFinal2024'] as const;
const clean = await disclosures(...CLEAN);
const [, seed002, court2017, , wanli2024] = clean;
const [seed003] = await disclosures('003');
const vehicleRow = (name: string) => rowIndexOf(seed002!, 'three-public-expenditure', { name }).row;

ruleTester(rule, {
  valid: [
    ...CLEAN.map((id, index) => ({
      name: `${id}: the “三公” table adds up`,
      input: clean[index]!,
      ...(id === '002' ? { comparisons: 10 } : {}),
    })),
    { name: 'seed 003: the “三公” table is empty', input: seed003!, notApplicable: true },
  ],
  invalid: [
    {
      name: 'a 公务用车运行维护费 row of seed 002 that 公务用车购置及运维费 and its 合计 column do not match',
      input: () =>
        withAmount(seed002!, 'three-public-expenditure', { name: '公务用车运行维护费' }, '资金性质/合计', '3.24'),
      findings: [
        {
          messageId: 'mismatch',
          data: {
            checked: '“三公”经费支出表 二、公务用车购置及运维费行「资金性质/合计」列',
            compared: '公务用车购置费、公务用车运行维护费之和',
          },
          location: { row: vehicleRow('二、公务用车购置及运维费') },
          expected: '3.24',
          actual: '3.42',
          difference: '0.18',
        },
        {
          messageId: 'mismatch',
          location: { row: vehicleRow('公务用车运行维护费') },
          expected: '3.42',
          actual: '3.24',
          difference: '-0.18',
        },
      ],
    },
    {
      name: 'the one-row Jiangsu table across its columns: 小计 = 出国 + 车 + 接待',
      input: () => withAmount(court2017!, 'three-public-expenditure', () => true, '“三公”经费/公务接待费', '158.72'),
      findings: [
        {
          messageId: 'mismatch',
          location: { row: 0, column: '“三公”经费/小计', page: 17 },
          expected: '643.12',
          actual: '670.12',
          difference: '27.00',
          unit: '万元',
        },
      ],
    },
    {
      name: 'the Shanghai table: 公务用车购置及运行费 小计 = 购置费 + 运行费',
      input: () =>
        withAmount(
          wanli2024!,
          'three-public-expenditure',
          () => true,
          '2024年“三公”经费预算数/公务用车购置及运行费/购置费',
          '52',
        ),
      findings: [
        {
          messageId: 'mismatch',
          location: { column: '2024年“三公”经费预算数/公务用车购置及运行费/小计' },
          expected: '73.56',
          actual: '46.56',
          difference: '-27.00',
        },
      ],
    },
  ],
});
