// completeness-tables and completeness-sections: required tables and text sections of 预算 and 决算.

import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/lib/model/finding';
import { check as checkSections } from '../../src/lib/rules/completeness-sections';
import { check as checkTables } from '../../src/lib/rules/completeness-tables';
import { REAL_FILES, realDisclosure, seedDisclosure } from '../helpers/disclosures';
import { editedSeed, withFigures } from '../helpers/edited-seed';

const what = (f: Finding) => [f.ruleId, f.severity, f.location.type === 'document' ? f.location.what : null];

describe('completeness-tables', () => {
  it('finds all nine tables of seeds 000, 002 and 003, their empty ones noted (空表列示)', () => {
    for (const id of ['000', '002', '003'] as const) {
      const outcome = checkTables(withFigures(seedDisclosure(id)));
      expect([id, outcome.applicable, outcome.findings]).toEqual([id, true, []]);
    }
    // Nine kinds, and the note of each empty one (000: 政府性基金, 国有资本经营).
    expect(checkTables(withFigures(seedDisclosure('000'))).comparisons).toBe(11);
  });

  it('reports the nine tables seed 001 lacks; the 三公 table as a warning, the text saying there is none', () => {
    const outcome = checkTables(withFigures(seedDisclosure('001')));
    expect(outcome.findings.map(what)).toEqual([
      ['completeness-tables', 'error', '部门收支预算总表'],
      ['completeness-tables', 'error', '部门收入预算总表'],
      ['completeness-tables', 'error', '部门支出预算总表'],
      ['completeness-tables', 'error', '财政拨款收支预算总表'],
      ['completeness-tables', 'error', '一般公共预算财政拨款支出表'],
      ['completeness-tables', 'error', '一般公共预算财政拨款基本支出表'],
      ['completeness-tables', 'error', '政府性基金预算财政拨款支出表'],
      ['completeness-tables', 'error', '国有资本经营预算财政拨款支出表'],
      ['completeness-tables', 'warning', '财政拨款“三公”经费支出表'],
    ]);
  });

  it('reports the 决算 tables seed 004 lists as 附表 without printing them, as warnings by their 决算 names', () => {
    const outcome = checkTables(withFigures(seedDisclosure('004')));
    expect(outcome.findings).toHaveLength(9);
    expect(outcome.findings.every((f) => f.severity === 'warning')).toBe(true);
    expect(outcome.findings[0]!.message).toBe('缺少收入支出决算总表：文中列出该表，但本文件未包含该表，无法核对');
  });

  it('reports the Jiangsu files’ missing 国有资本经营 table (an error where the text says nothing of it)', async () => {
    const court = checkTables(withFigures(await realDisclosure(REAL_FILES.court2017)));
    expect(court.findings.map(what)).toEqual([['completeness-tables', 'error', '国有资本经营预算财政拨款支出表']]);
    const procuratorate = checkTables(withFigures(await realDisclosure(REAL_FILES.procuratorate2018)));
    expect(procuratorate.findings.map(what)).toEqual([
      ['completeness-tables', 'warning', '国有资本经营预算财政拨款支出表'],
    ]);
    const final = checkTables(withFigures(await realDisclosure(REAL_FILES.putuoFinal2024)));
    expect(final.findings).toEqual([]);
  });

  it('reports an empty table whose note is gone (seed 000 without its 空表列示 note)', () => {
    const outcome = checkTables(withFigures(editedSeed('000', '注：无政府基金拨款预算，空表列示。', '')));
    expect(outcome.findings.map(what)).toEqual([
      ['completeness-tables', 'warning', '部门预算政府基金预算财政拨款支出表'],
    ]);
  });
});

describe('completeness-sections', () => {
  it('finds every required section of seeds 000–003 (预算) and 004 (决算)', () => {
    for (const id of ['000', '001', '002', '003', '004'] as const) {
      const outcome = checkSections(withFigures(seedDisclosure(id)));
      expect([id, outcome.findings]).toEqual([id, []]);
    }
    expect(checkSections(withFigures(seedDisclosure('004'))).comparisons).toBe(16);
  });

  it('reports a section whose heading is gone (seed 000 without 八、名词解释)', () => {
    const outcome = checkSections(withFigures(editedSeed('000', '八、名词解释', '八、其他')));
    expect(outcome.findings.map(what)).toEqual([['completeness-sections', 'warning', '名词解释']]);
    expect(outcome.findings[0]!.message).toBe('情况说明中未找到“名词解释”部分');
  });

  it('reports the sections the 2017 Jiangsu 法院 file lacks, and one finding for a file of tables only', async () => {
    const court = checkSections(withFigures(await realDisclosure(REAL_FILES.court2017)));
    expect(court.findings.map(what)).toEqual([
      ['completeness-sections', 'warning', '绩效目标'],
      ['completeness-sections', 'warning', '国有资产'],
    ]);
    const tables = checkSections(withFigures(await realDisclosure(REAL_FILES.partyOfficeTables)));
    expect(tables.findings.map(what)).toEqual([['completeness-sections', 'warning', '情况说明']]);
  });
});
