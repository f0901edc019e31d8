// A generated 部门预算 whose identities hold by construction, laid out as the tables of a real one
// (seed 002, 香河县医疗保障局): 收支总表, 收入总表, 支出总表, 财政拨款收支总表, 一般公共预算支出表 with
// 类/款/项 sums, 基本支出表 by economic classification, and the “三公” table. All amounts in 万元.

import fc from 'fast-check';
import type { Disclosure, StandardTable, TableKind, TableRow, TableSide } from '../../src/lib/model/disclosure';

/** 类 of the functional classification, with the ordinal the 收支总表 prints before them. */
const CLASSES = [
  { ordinal: '一', code: '201', name: '一般公共服务支出' },
  { ordinal: '五', code: '205', name: '教育支出' },
  { ordinal: '八', code: '208', name: '社会保障和就业支出' },
  { ordinal: '十', code: '210', name: '卫生健康支出' },
  { ordinal: '二十', code: '221', name: '住房保障支出' },
] as const;
const SUB_NAMES = [
  '行政运行',
  '一般行政管理事务',
  '事业运行',
  '机关服务',
  '专项业务',
  '信息化建设',
  '其他支出',
  '离退休',
  '医疗救助',
];

/** Amounts in cents, so that every sum is exact. */
type Cents = bigint;

interface Item {
  code: string;
  name: string;
  basic: Cents;
  project: Cents;
}

interface Group {
  code: string;
  name: string;
  children: Group[];
  items: Item[];
}

export interface Budget {
  /** 类 → 款 → 项 (the 项 are the items). */
  classes: (Group & { ordinal: string })[];
  economic: {
    wages: Cents;
    allowances: Cents;
    office: Cents;
    retirement: Cents;
  };
  threePublic: {
    abroadTeaching: Cents;
    abroadOther: Cents;
    vehiclePurchase: Cents;
    vehicleOperation: Cents;
    reception: Cents;
  };
}

const cents = (max: bigint) =>
  fc.oneof({ weight: 1, arbitrary: fc.constant(0n) }, { weight: 4, arbitrary: fc.bigInt({ min: 1n, max }) });

/** Shares of the basic total per 项, and each 项's project spending. */
const itemShape = fc.record({ weight: fc.integer({ min: 0, max: 1000 }), project: cents(50_000_000n) });

export const budget: fc.Arbitrary<Budget> = fc
  .record({
    classes: fc.uniqueArray(fc.integer({ min: 0, max: CLASSES.length - 1 }), { minLength: 1, maxLength: 3 }),
    shapes: fc.array(fc.array(fc.array(itemShape, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }), {
      minLength: 3,
      maxLength: 3,
    }),
    economic: fc.record({
      wages: cents(20_000_000n),
      allowances: cents(5_000_000n),
      office: cents(2_000_000n),
      retirement: cents(3_000_000n),
    }),
    threePublic: fc.record({
      abroadTeaching: cents(100_000n),
      abroadOther: cents(100_000n),
      vehiclePurchase: cents(500_000n),
      vehicleOperation: cents(200_000n),
      reception: cents(100_000n),
    }),
  })
  .map(({ classes, shapes, economic, threePublic }) => {
    // The 基本支出表 (by economic class) and the 一般公共预算支出表 (by function) split the same total.
    const basicTotal =
      economic.wages +
      economic.allowances +
      economic.office +
      economic.retirement +
      threePublic.reception +
      threePublic.vehicleOperation;
    const shares = shapes.slice(0, classes.length).flat(2);
    const weightSum = BigInt(shares.reduce((sum, share) => sum + share.weight, 0));
    let given = 0n;
    let index = 0;
    const basicOf = () => {
      const share = shares[index++]!;
      const part =
        index === shares.length
          ? basicTotal - given
          : weightSum === 0n
            ? 0n
            : (basicTotal * BigInt(share.weight)) / weightSum;
      given += part;
      return { basic: part, project: share.project };
    };
    const grouped = [...classes]
      .sort((a, b) => a - b)
      .map((classIndex, position) => {
        const klass = CLASSES[classIndex]!;
        const groups = shapes[position]!.map((items, k) => {
          const code = `${klass.code}${String(k + 1).padStart(2, '0')}`;
          return {
            code,
            name: `${SUB_NAMES[(classIndex + k) % SUB_NAMES.length]}事务`,
            children: [],
            items: items.map((_, i) => ({
              code: `${code}${String(i + 1).padStart(2, '0')}`,
              name: SUB_NAMES[(classIndex + k + i) % SUB_NAMES.length]!,
              ...basicOf(),
            })),
          };
        });
        return { ...klass, children: groups, items: [] };
      });
    return { classes: grouped, economic, threePublic };
  });

export function formatCents(amount: Cents): string {
  const sign = amount < 0n ? '-' : '';
  const absolute = amount < 0n ? -amount : amount;
  return `${sign}${absolute / 100n}.${String(absolute % 100n).padStart(2, '0')}`;
}

function row(
  seq: number,
  code: string | null,
  name: string,
  amounts: Record<string, Cents>,
  side?: TableSide,
): TableRow {
  const cells = Object.fromEntries(
    Object.entries(amounts).flatMap(([column, amount]) => (amount === 0n ? [] : [[column, formatCents(amount)]])),
  );
  return { seq: String(seq), code, name, ...(side ? { side } : {}), cells, page: null };
}

function table(kind: TableKind, title: string, columns: string[], rows: TableRow[], blockIndex: number): StandardTable {
  return { kind, title, unit: '万元', empty: false, note: null, columns, rows, page: null, blockIndex };
}

const sum = (amounts: Cents[]) => amounts.reduce((total, amount) => total + amount, 0n);

function totalsOf(group: Group): { basic: Cents; project: Cents } {
  const parts = [...group.items, ...group.children.map(totalsOf)];
  return { basic: sum(parts.map((part) => part.basic)), project: sum(parts.map((part) => part.project)) };
}

/** 类, 款 and 项 rows in print order, each with its basic and project totals. */
function functionalRows({ classes }: Budget): { code: string; name: string; basic: Cents; project: Cents }[] {
  return classes.flatMap((klass) => [
    { code: klass.code, name: klass.name, ...totalsOf(klass) },
    ...klass.children.flatMap((group) => [{ code: group.code, name: group.name, ...totalsOf(group) }, ...group.items]),
  ]);
}

/** The disclosure a department would publish for `budget`. */
export function toDisclosure(budget: Budget): Disclosure {
  const lines = functionalRows(budget);
  const classTotals = budget.classes.map((klass) => ({ klass, ...totalsOf(klass) }));
  const basic = sum(classTotals.map((klass) => klass.basic));
  const project = sum(classTotals.map((klass) => klass.project));
  const total = basic + project;
  const { economic, threePublic } = budget;

  const summaryRows = (
    income: [string, Cents][],
    incomeColumn: string,
    spend: (amount: Cents) => Record<string, Cents>,
    closing: [string, string],
  ) => {
    const expenditure = classTotals.map(({ klass, basic, project }) => ({
      code: klass.code,
      name: `${klass.ordinal}、${klass.name}`,
      amount: basic + project,
    }));
    const rows: TableRow[] = [];
    for (let i = 0; i < Math.max(income.length, expenditure.length); i++) {
      const received = income[i];
      const spent = expenditure[i];
      if (received) rows.push(row(i + 1, null, received[0], { [incomeColumn]: received[1] }, 'income'));
      if (spent) rows.push(row(i + 1, spent.code, spent.name, spend(spent.amount), 'expenditure'));
    }
    const last = Math.max(income.length, expenditure.length);
    rows.push(row(last + 1, null, '本年收入合计', { [incomeColumn]: total }, 'income'));
    rows.push(row(last + 1, null, '本年支出合计', spend(total), 'expenditure'));
    rows.push(row(last + 2, null, closing[0], {}, 'income'));
    rows.push(row(last + 2, null, closing[1], {}, 'expenditure'));
    return rows;
  };

  const byFunction = (columns: (line: { basic: Cents; project: Cents }) => Record<string, Cents>) => [
    row(1, null, '合计', columns({ basic, project })),
    ...lines.map((line, i) => row(i + 2, line.code, line.name, columns(line))),
  ];
  const spendingColumns = (line: { basic: Cents; project: Cents }) => ({
    合计: line.basic + line.project,
    基本支出: line.basic,
    项目支出: line.project,
  });

  const personnel = economic.wages + economic.allowances + economic.retirement;
  const publicUse = economic.office + threePublic.reception + threePublic.vehicleOperation;
  const B = '一般公共预算基本支出';
  const basicRows: [string | null, string, Cents, 'personnel' | 'public'][] = [
    ['301', '工资福利支出', economic.wages + economic.allowances, 'personnel'],
    ['30101', '基本工资', economic.wages, 'personnel'],
    ['30102', '津贴补贴', economic.allowances, 'personnel'],
    ['302', '商品和服务支出', publicUse, 'public'],
    ['30201', '办公费', economic.office, 'public'],
    ['30217', '公务接待费', threePublic.reception, 'public'],
    ['30231', '公务用车运行维护费', threePublic.vehicleOperation, 'public'],
    ['303', '对个人和家庭的补助', economic.retirement, 'personnel'],
    ['30302', '退休费', economic.retirement, 'personnel'],
  ];

  const abroad = threePublic.abroadTeaching + threePublic.abroadOther;
  const vehicles = threePublic.vehiclePurchase + threePublic.vehicleOperation;
  const threePublicTotal = abroad + vehicles + threePublic.reception;
  const funds = (amount: Cents) => ({ '资金性质/合计': amount, '资金性质/一般公共预算财政拨款': amount });

  const tables: StandardTable[] = [
    table(
      'income-expenditure-summary',
      '部门预算收支总表',
      ['收入/预算数', '支出/预算数'],
      summaryRows(
        [
          ['一、一般公共预算拨款收入', total],
          ['二、政府性基金预算拨款收入', 0n],
          ['三、国有资本经营预算拨款收入', 0n],
          ['四、财政专户管理资金收入', 0n],
          ['五、单位资金', 0n],
        ],
        '收入/预算数',
        (amount) => ({ '支出/预算数': amount }),
        ['上年结转结余', '年终结转结余'],
      ),
      0,
    ),
    table(
      'income-summary',
      '部门预算收入总表',
      [
        '合计',
        '本年收入/小计',
        '本年收入/财政拨款收入',
        '本年收入/财政专户收入',
        '本年收入/事业收入',
        '本年收入/经营收入',
        '本年收入/上级补助收入',
        '本年收入/附属单位上缴收入',
        '本年收入/其他收入',
        '上年结转',
      ],
      byFunction((line) => {
        const amount = line.basic + line.project;
        return { 合计: amount, '本年收入/小计': amount, '本年收入/财政拨款收入': amount };
      }),
      1,
    ),
    table(
      'expenditure-summary',
      '部门预算支出总表',
      ['合计', '基本支出', '项目支出', '经营支出', '上解上级支出', '对附属单位补助支出'],
      byFunction(spendingColumns),
      2,
    ),
    table(
      'fiscal-grant-summary',
      '部门预算财政拨款收支总表',
      [
        '收入/金额',
        '支出/合计',
        '支出/一般公共预算财政拨款',
        '支出/政府性基金预算财政拨款',
        '支出/国有资本经营预算财政拨款',
      ],
      summaryRows(
        [
          ['一、一般公共预算拨款', total],
          ['二、政府性基金预算拨款', 0n],
          ['三、国有资本经营预算拨款', 0n],
        ],
        '收入/金额',
        (amount) => ({ '支出/合计': amount, '支出/一般公共预算财政拨款': amount }),
        ['年初财政拨款结转和结余', '年末财政拨款结转和结余'],
      ),
      3,
    ),
    table(
      'general-budget-expenditure',
      '部门预算一般公共预算财政拨款支出表',
      ['合计', '基本支出', '项目支出'],
      byFunction(spendingColumns),
      4,
    ),
    table(
      'general-budget-basic-expenditure',
      '部门预算一般公共预算财政拨款基本支出表',
      [`${B}/合计`, `${B}/人员经费`, `${B}/公用经费`],
      [
        row(1, null, '合计', { [`${B}/合计`]: basic, [`${B}/人员经费`]: personnel, [`${B}/公用经费`]: publicUse }),
        ...basicRows.map(([code, name, amount, part], i) =>
          row(i + 2, code, name, {
            [`${B}/合计`]: amount,
            [part === 'personnel' ? `${B}/人员经费` : `${B}/公用经费`]: amount,
          }),
        ),
      ],
      5,
    ),
    table(
      'three-public-expenditure',
      '部门预算财政拨款“三公”经费支出表',
      [
        '资金性质/合计',
        '资金性质/一般公共预算财政拨款',
        '资金性质/政府性基金预算拨款',
        '资金性质/国有资本经营预算财政拨款',
      ],
      [
        row(1, null, '合计', funds(threePublicTotal)),
        row(2, null, '“三公”经费小计', funds(threePublicTotal)),
        row(3, null, '一、因公出国（境）费', funds(abroad)),
        row(4, null, '其中：教学科研人员因公出国（境）费', funds(threePublic.abroadTeaching)),
        row(5, null, '其他因公出国（境）费', funds(threePublic.abroadOther)),
        row(6, null, '二、公务用车购置及运维费', funds(vehicles)),
        row(7, null, '其中：公务用车购置费', funds(threePublic.vehiclePurchase)),
        row(8, null, '公务用车运行维护费', funds(threePublic.vehicleOperation)),
        row(9, null, '三、公务接待费', funds(threePublic.reception)),
      ],
      6,
    ),
  ];
  return {
    meta: {
      documentType: 'disclosure',
      orgCode: null,
      orgName: '生成县医疗保障局',
      year: 2024,
      kind: '预算',
      scope: '部门',
    },
    tables,
    paragraphs: [],
    warnings: [],
  };
}
