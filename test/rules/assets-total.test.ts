// assets-total: 资产总额 = Σ the numbered parts of the 固定资产占用情况表.

import { describe, expect, it } from 'vitest';
import { check } from '../../src/lib/rules/assets-total';
import { disclosures, seedDisclosure } from '../helpers/disclosures';
import { rowIndexOf, withAmount } from '../helpers/mutate';
import { expectClean, findingAfter, runOn } from '../helpers/rule-cases';

const VALUE = '价值（金额单位：万元）';

describe('assets-total', () => {
  it('finds nothing in the four seeds with an asset table (001: 资产总额 42.43 = 4、其他固定资产 42.43)', async () => {
    expectClean(check, await disclosures('000', '001', '002', '003'), 1);
  });

  it('is not applicable without an asset table (seed 004, Jiangsu)', async () => {
    for (const disclosure of await disclosures('004', 'court2017'))
      expect(runOn(check, disclosure).applicable).toBe(false);
  });

  it('finds the 资产总额 of seed 001 changed', () => {
    const clean = seedDisclosure('001');
    const finding = findingAfter(check, clean, 'assets', { name: '资产总额' }, VALUE, '42.34');
    expect(finding).toMatchObject({
      ruleId: 'assets-total',
      severity: 'error',
      location: { ...rowIndexOf(clean, 'assets', { name: '资产总额' }), column: VALUE },
      expected: '42.43',
      actual: '42.34',
      difference: '-0.09',
      unit: '万元',
    });
    expect(finding.message).toBe(
      '《怀来县医疗保险中心固定资产占用情况表》 资产总额行「价值（金额单位：万元）」列 42.34 万元，与1、房屋、2、车辆、3、单价在20万元以上设备、4、其他固定资产之和 42.43 万元不符，相差 0.09 万元',
    );
  });

  it('finds a part changed in seed 002 (车辆 41.42) and leaves 其中 rows out (seed 000)', () => {
    const finding = findingAfter(check, seedDisclosure('002'), 'assets', { name: '2、车辆（台、辆）' }, VALUE, '41.24');
    expect(finding).toMatchObject({ expected: '283.27', actual: '283.45', difference: '0.18' });
    const clean = seedDisclosure('000');
    expect(
      runOn(check, withAmount(clean, 'assets', { name: '其中：办公用房（平方米）' }, VALUE, '5.00')).findings,
    ).toEqual([]);
    expect(findingAfter(check, clean, 'assets', { name: '4、其他固定资产' }, VALUE, '9.61')).toMatchObject({
      expected: '20.67',
      actual: '20.22',
    });
  });

  it('sums 数量 only where the total and every part print one, and the unnumbered parts of seed 003', () => {
    const finding = findingAfter(
      check,
      seedDisclosure('003'),
      'assets',
      { name: '通用设备' },
      '价值（金额单位：元）',
      '14940',
    );
    expect(finding).toMatchObject({ expected: '18230', actual: '17780', unit: '元' });
    expect(finding.message).toContain('通用设备、家具、用具、装具及动植物之和');
  });
});
