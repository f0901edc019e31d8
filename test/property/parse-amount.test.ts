// Property tests of reading printed amounts: however a disclosure prints a decimal (thousands
// separators, full-width digits, spaces a layout put inside it, padding, a minus sign), it reads
// back as exactly the printed decimal; and text that is not an amount never reads as one.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../src/lib/extract/parse-amount';
import { Decimal, fromYuan, inYuan } from '../../src/lib/model/amount';
import type { Disclosure, Unit } from '../../src/lib/model/disclosure';
import { readFigures } from '../../src/lib/narrative/read-figures';
import { PROPERTY_SETTINGS } from './property-settings';

/** A printed decimal: integer digits (no leading zeros) and 0–4 decimal places, as a disclosure has. */
const decimalText = fc
  .record({
    whole: fc.bigInt({ min: 0n, max: 10n ** 14n }),
    places: fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 4 }),
  })
  .map(({ whole, places }) => (places ? `${whole}.${places}` : `${whole}`));

function groupThousands(text: string): string {
  const [whole, places] = text.split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+$)/g, ',');
  return places === undefined ? grouped : `${grouped}.${places}`;
}

const toFullWidth = (text: string) =>
  text.replace(/[0-9.]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));

/** Inserts each space at its position (positions past the end append). */
function insertSpaces(text: string, spaces: { at: number; space: string }[]): string {
  const chars = [...text];
  for (const { at, space } of [...spaces].sort((a, b) => b.at - a.at))
    chars.splice(Math.min(at, chars.length), 0, space);
  return chars.join('');
}

const space = fc.constantFrom(' ', '\u3000', '\t', '\u00a0', '\n');

/** A decimal and one way a document may print it. */
const printedAmount = fc
  .record({
    value: decimalText,
    negative: fc.boolean(),
    minus: fc.constantFrom('-', '−', '－'),
    grouped: fc.boolean(),
    fullWidth: fc.boolean(),
    inner: fc.array(fc.record({ at: fc.nat(25), space }), { maxLength: 2 }),
    before: fc.string({ unit: space, maxLength: 2 }),
    after: fc.string({ unit: space, maxLength: 2 }),
  })
  .map((print) => {
    let text = print.grouped ? groupThousands(print.value) : print.value;
    if (print.fullWidth) text = toFullWidth(text);
    text = insertSpaces(text, print.inner);
    if (print.negative) text = `${print.minus}${text}`;
    return {
      expected: print.negative ? `-${print.value}` : print.value,
      printed: `${print.before}${text}${print.after}`,
    };
  });

describe('parseAmount (property)', () => {
  it('reads every printing of a decimal back as exactly that decimal', () => {
    fc.assert(
      fc.property(printedAmount, ({ expected, printed }) => {
        const read = parseAmount(printed);
        expect(read).toBe(expected);
        expect(new Decimal(read!).equals(new Decimal(expected))).toBe(true);
      }),
      PROPERTY_SETTINGS,
    );
  });

  it('never reads text with a letter, word or symbol in it as an amount', () => {
    const foreign = fc.constantFrom(...'%％元万亿eE+（）()/、：:*—一二三合计x'.split(''));
    fc.assert(
      fc.property(printedAmount, foreign, fc.nat(30), ({ printed }, char, at) => {
        expect(parseAmount(insertSpaces(printed, [{ at, space: char }]))).toBeNull();
      }),
      PROPERTY_SETTINGS,
    );
  });

  it('refuses amounts in parentheses rather than guessing their sign', () => {
    fc.assert(
      fc.property(printedAmount, fc.constantFrom(['(', ')'], ['（', '）']), ({ printed }, [open, close]) => {
        expect(parseAmount(`${open}${printed}${close}`)).toBeNull();
      }),
      PROPERTY_SETTINGS,
    );
  });

  it('refuses misplaced thousands separators and broken decimals', () => {
    const misgrouped = fc
      .tuple(
        fc.integer({ min: 1, max: 999 }),
        fc.array(fc.integer({ min: 0, max: 99_999 }), { minLength: 1, maxLength: 3 }),
        fc.nat(),
      )
      .map(([head, groups, pick]) => {
        const parts = groups.map((group) => String(group).padStart(3, '0'));
        // One group of the wrong length: two digits, or four.
        const wrong = pick % parts.length;
        parts[wrong] = pick % 2 === 0 ? parts[wrong]!.slice(0, 2) : `${parts[wrong]}0`.slice(-4);
        return [head, ...parts].join(',');
      });
    fc.assert(
      fc.property(misgrouped, (text) => {
        expect(parseAmount(text)).toBeNull();
      }),
      PROPERTY_SETTINGS,
    );
    fc.assert(
      fc.property(decimalText, fc.constantFrom('.', '..', ',', '-'), (value, tail) => {
        // `38990000.` is half of a number cut by a page break; `1.2.3` and `5-` are no numbers.
        expect(parseAmount(`${value}${tail}`)).toBeNull();
        expect(parseAmount(`${value}.1.2`)).toBeNull();
      }),
      PROPERTY_SETTINGS,
    );
  });
});

describe('parseAmount: counterexamples the properties found', () => {
  it('reads full-width digits and point as the number they print', () => {
    expect(parseAmount('０')).toBe('0');
    expect(parseAmount('１２３．４５　')).toBe('123.45');
    expect(parseAmount('－１,２３４．５')).toBe('-1234.5');
  });
});

describe('units (property)', () => {
  const unit = fc.constantFrom<Unit>('元', '万元');

  it('converts to yuan and back without losing a digit', () => {
    fc.assert(
      fc.property(decimalText, unit, (value, printedIn) => {
        const yuan = inYuan(value, printedIn);
        expect(yuan.equals(new Decimal(value).times(printedIn === '万元' ? 10_000 : 1))).toBe(true);
        expect(fromYuan(yuan, printedIn).equals(new Decimal(value))).toBe(true);
      }),
      PROPERTY_SETTINGS,
    );
  });

  it('reads an amount stated in the explanation text with the unit it was written in', () => {
    fc.assert(
      fc.property(decimalText, fc.boolean(), unit, (value, grouped, printedIn) => {
        const text = `2024年本部门基本支出${grouped ? groupThousands(value) : value}${printedIn}。`;
        const disclosure: Disclosure = {
          meta: { documentType: 'disclosure', orgCode: null, orgName: null, year: 2024, kind: '预算', scope: '部门' },
          tables: [],
          paragraphs: [{ text, blockIndex: 0, page: null }],
          warnings: [],
        };
        const figures = readFigures(disclosure);
        expect(figures).toHaveLength(1);
        expect(figures[0]).toMatchObject({ subject: 'basic', unit: printedIn, amount: value });
      }),
      PROPERTY_SETTINGS,
    );
  });
});
