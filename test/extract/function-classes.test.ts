// 类 codes of the 收支总表's expenditure rows, derived from their names; the misread names are
// those the scanned seeds gave (test/ocr/scanned-seeds.test.ts: 002's and 003's 收支总表 and
// 财政拨款收支总表 at 150 dpi), where the 、 or the ordinal itself is lost or misread.

import { describe, expect, it } from 'vitest';
import { functionClassCode } from '../../src/lib/extract/function-classes';

describe('functionClassCode', () => {
  it.each([
    ['八、社会保障和就业支出', '208'],
    ['二十九、债务发行费用支出', '233'],
    ['十三、农林水支出', '213'],
  ])('reads %s as printed', (name, code) => {
    expect(functionClassCode(name)).toBe(code);
  });

  it.each([
    ['二十一粮油物资储备支出', '222'],
    ['一外交支出', '202'],
    ['本一外交支出', '202'],
    ['四二二国防支出', '203'],
    ['文化旅游体育与传媒支出', '207'],
    ['一一般公共服务支出', '201'],
    ['一般公共服务支出', '201'],
  ])('names the 类 of %s, a scan’s reading of it', (name, code) => {
    expect(functionClassCode(name)).toBe(code);
  });

  it.each(['合计', '本年支出合计', '结转下年', '一般公共预算拨款收入', '七、上级补助收入', '二十九债务'])(
    'names no 类 for %s',
    (name) => {
      expect(functionClassCode(name)).toBeNull();
    },
  );
});
