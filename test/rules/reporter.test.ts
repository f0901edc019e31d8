// The one reporter: a finding's message is its rule's template for the messageId, then its notes,
// filled from data; a messageId or placeholder the rule does not declare is a bug and throws.

import { describe, expect, it } from 'vitest';
import { EVERY_DOCUMENT, type RuleMeta } from '../../src/lib/rules/rule';
import { AMOUNT_MESSAGES, fillTemplate } from '../../src/lib/rules/support/messages';
import { Tally } from '../../src/lib/rules/support/tally';

const meta: RuleMeta = {
  id: 'example',
  title: { zh: '示例', en: 'Example' },
  severity: 'error',
  documentTypes: EVERY_DOCUMENT,
  messages: { ...AMOUNT_MESSAGES, missingRow: '{table} 缺少“{row}”行', remark: '；{why}' },
};
const location = { type: 'document', what: '收支总表' } as const;

describe('the finding reporter', () => {
  it('fills each {placeholder} once, from data, leaving the values as they are', () => {
    expect(fillTemplate('{a} 与 {b}，{a}', { a: '{b}', b: 2 })).toBe('{b} 与 2，{b}');
    expect(() => fillTemplate('{a} 与 {b}', { a: 'x' })).toThrow('lacks {b}');
  });

  it('words the finding from its messageId and notes, and keeps messageId, type and data', () => {
    const tally = new Tally(meta);
    tally.report({
      messageId: 'missingRow',
      notes: ['remark'],
      data: { table: '收支总表', row: '收入总计', why: '无法核对' },
      type: 'missing',
      location,
    });
    expect(tally.outcome(true).findings).toEqual([
      {
        ruleId: 'example',
        messageId: 'missingRow',
        type: 'missing',
        severity: 'error',
        message: '收支总表 缺少“收入总计”行；无法核对',
        data: { table: '收支总表', row: '收入总计', why: '无法核对' },
        location,
        related: [],
        expected: null,
        actual: null,
        difference: null,
        unit: null,
      },
    ]);
  });

  it('states how much an amount is off and its share of the amount (普陀区财政局 决算: 326.71 for 326.72)', () => {
    const tally = new Tally(meta);
    const amounts = { expected: '326.72', actual: '326.71', difference: '-0.01', unit: '万元' } as const;
    tally.report({ messageId: 'remark', data: { why: '' }, type: 'rounding', location, ...amounts });
    tally.report({ messageId: 'remark', data: { why: '' }, type: 'mismatch', location, ...amounts, unit: null });
    tally.report({
      messageId: 'remark',
      data: { why: '' },
      type: 'mismatch',
      location,
      expected: '12788.22',
      actual: '12717.97',
      difference: '70.25',
      unit: '万元',
    });
    const [rounding, percentage, typo] = tally.outcome(true).findings;
    expect(rounding!.materiality).toEqual({ difference: '0.01', percentOfAmount: '0.0031' });
    expect(percentage!.materiality).toBeUndefined();
    expect(typo!.materiality).toEqual({ difference: '70.25', percentOfAmount: '0.55' });
  });

  it('refuses a messageId the rule does not declare', () => {
    const tally = new Tally(meta);
    expect(() => tally.report({ messageId: 'undeclared', data: {}, type: 'missing', location })).toThrow(
      'rule example has no message undeclared',
    );
  });
});
