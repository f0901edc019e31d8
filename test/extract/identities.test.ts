// The identity checker the extraction tests rely on must itself catch a broken identity.

import { describe, expect, it } from 'vitest';
import { extractDisclosure } from '../../src/lib/extract';
import { readText } from '../../src/parsers/text/read-text';
import { identityMismatches } from '../helpers/identities';
import { readSeedText } from '../helpers/shared-files';

describe('identityMismatches', () => {
  it('finds none in the seeds, whose printed tables add up', () => {
    for (const id of ['000', '002', '003'] as const) {
      expect(identityMismatches(extractDisclosure(readText(readSeedText(id))))).toEqual([]);
    }
  });

  it('finds a 项 changed by one cent in its 款 and a total changed in its 收支总表', () => {
    const text = readSeedText('002')
      .replace('17\t2101501\t行政运行\t259.34\t259.34\t259.34', '17\t2101501\t行政运行\t259.35\t259.34\t259.34')
      .replace('34\t收入总计\t6570.38\t支出总计\t6570.38', '34\t收入总计\t6570.38\t支出总计\t6570.39');
    expect(identityMismatches(extractDisclosure(readText(text)))).toEqual([
      'income-expenditure-summary 收支总计: 6570.38 ≠ 6570.39',
      'income-summary 21015 合计: 1391.07 ≠ Σ 1391.08',
    ]);
  });
});
