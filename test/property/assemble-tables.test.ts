// Property test of page-continuation merging: a generated table cut at arbitrary rows over several
// pages — each new page bare, repeating the header, or repeating title, unit line and header, and
// a row name possibly cut by the break — is reassembled into the one original table.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assembleTables, type BodyRow } from '../../src/lib/extract/assemble-tables';
import type { Block, GridCell, TableBlock } from '../../src/lib/model/document';
import { PROPERTY_SETTINGS } from './property-settings';

const TITLE = '2024年一般公共预算支出表';
const UNIT_LINE = '单位：万元';

/** Header grids of the same five columns: one row, or two with a label merged over three columns. */
const HEADERS: { rows: GridCell[][]; columns: string[] }[] = [
  {
    rows: [['科目编码', '科目名称', '合计', '基本支出', '项目支出'].map((text) => ({ text }))],
    columns: ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
  },
  {
    rows: [
      [
        { text: '科目编码' },
        { text: '科目名称' },
        { text: '本年预算' },
        { text: '本年预算', spanOrigin: { row: 0, col: 2 } },
        { text: '本年预算', spanOrigin: { row: 0, col: 2 } },
      ],
      [
        { text: '科目编码', spanOrigin: { row: 0, col: 0 } },
        { text: '科目名称', spanOrigin: { row: 0, col: 1 } },
        { text: '合计' },
        { text: '基本支出' },
        { text: '项目支出' },
      ],
    ],
    columns: ['科目编码', '科目名称', '本年预算/合计', '本年预算/基本支出', '本年预算/项目支出'],
  },
];

// NOTE: no character of a header label: a name cut so that its tail reads as a header label
// (`基本支出`) cannot be told from a repeated header, on paper either.
const NAME_CHARS = [...'财政对城乡居民医疗保险基金的补助行政运一般机关务事单位离退休养老抚恤社会障就业卫生健康'];
const name = fc.string({ unit: fc.constantFrom(...NAME_CHARS), minLength: 7, maxLength: 16 });
const amount = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 10n }), fc.integer({ min: 0, max: 99 }), fc.boolean())
  .map(
    ([whole, cents, grouped]) => `${grouped ? whole.toLocaleString('en-US') : whole}.${String(cents).padStart(2, '0')}`,
  );
const code = fc.integer({ min: 2010000, max: 2299999 }).map(String);
const bodyRow = fc.tuple(code, name, amount, fc.option(amount, { nil: '' }), fc.option(amount, { nil: '' }));

type Continuation = 'bare' | 'header' | 'titled' | 'title-in-grid' | 'page-number';

interface Layout {
  header: (typeof HEADERS)[number];
  rows: string[][];
  /** Row indexes a new page starts at, with how the page starts and whether the row before is cut. */
  breaks: { at: number; continuation: Continuation; cutAt: number | null }[];
}

const layout: fc.Arbitrary<Layout> = fc
  .record({
    header: fc.constantFrom(...HEADERS),
    rows: fc.array(bodyRow, { minLength: 2, maxLength: 24 }),
    breaks: fc.uniqueArray(
      fc.record({
        at: fc.nat(),
        continuation: fc.constantFrom<Continuation>('bare', 'header', 'titled', 'title-in-grid', 'page-number'),
        cut: fc.option(fc.nat(), { nil: null }),
      }),
      { maxLength: 4, selector: (cut) => cut.at },
    ),
  })
  .map(({ header, rows, breaks }) => {
    const seen = new Set<number>();
    const placed = breaks
      .map(({ at, continuation, cut }) => {
        const row = 1 + (at % (rows.length - 1));
        const name = rows[row - 1]![1]!;
        // A name cut after at least six characters (the shortest label that wraps), one left over.
        const cutAt = cut === null ? null : 6 + (cut % (name.length - 6));
        return { at: row, continuation, cutAt };
      })
      .filter(({ at }) => !seen.has(at) && seen.add(at))
      .sort((a, b) => a.at - b.at);
    return { header, rows: rows.map((row) => [...row]), breaks: placed };
  });

const cells = (texts: string[]): GridCell[] => texts.map((text) => ({ text }));

function tableBlock(rows: GridCell[][], page: number): TableBlock {
  return { type: 'table', rows, rowPages: rows.map(() => page) };
}

/** The document blocks of the table as printed over its pages. */
function printPages({ header, rows, breaks }: Layout): Block[] {
  const starts = [0, ...breaks.map((cut) => cut.at)];
  const blocks: Block[] = [];
  let carriedTail: string[] | null = null;
  starts.forEach((start, page) => {
    const end = starts[page + 1] ?? rows.length;
    const pageBreak = breaks[page - 1];
    const next = breaks[page];
    const pageRows = rows.slice(start, end).map((row) => [...row]);
    let tail: string[] | null = null;
    if (next?.cutAt != null) {
      // The last row's name runs over onto the next page.
      const last = pageRows[pageRows.length - 1]!;
      tail = ['', last[1]!.slice(next.cutAt), '', '', ''];
      last[1] = last[1]!.slice(0, next.cutAt);
    }
    const body = [...(carriedTail ? [carriedTail] : []), ...pageRows].map(cells);
    carriedTail = tail;
    const continuation = pageBreak?.continuation;
    if (page === 0 || continuation === 'titled')
      blocks.push({ type: 'paragraph', text: TITLE }, { type: 'paragraph', text: UNIT_LINE });
    if (continuation === 'page-number') blocks.push({ type: 'paragraph', text: `第${page}页` });
    const titleRow = cells(Array<string>(5).fill(TITLE)).map((cell, col) =>
      col ? { ...cell, spanOrigin: { row: 0, col: 0 } } : cell,
    );
    const grid =
      page === 0 || continuation === 'header' || continuation === 'titled'
        ? [...header.rows, ...body]
        : continuation === 'title-in-grid'
          ? [titleRow, ...header.rows, ...body]
          : body;
    blocks.push(tableBlock(grid, page + 1));
  });
  return blocks;
}

/** The table as it should come out: every row once, whole, on the page it starts on. */
function expectedBody({ rows, breaks }: Layout): BodyRow[] {
  return rows.map((row, index) => {
    const page = 1 + breaks.filter((cut) => cut.at <= index).length;
    return { cells: row, page };
  });
}

describe('assembleTables (property)', () => {
  it('reassembles a table cut over pages into the original rows', () => {
    fc.assert(
      fc.property(layout, (printed) => {
        const { tables } = assembleTables(printPages(printed));
        expect(tables).toHaveLength(1);
        const [table] = tables;
        expect(table).toMatchObject({
          kind: 'general-budget-expenditure',
          title: TITLE,
          unit: '万元',
          columns: printed.header.columns,
        });
        expect(table!.body).toEqual(expectedBody(printed));
      }),
      PROPERTY_SETTINGS,
    );
  });
});
