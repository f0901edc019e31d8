// The CLI as users and our acceptance checks call it: JSON shape, text summary, exit status.

import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/lib/model/report';
import { runCli as inspect } from '../helpers/cli';
import { REAL_DIR, seedPath } from '../helpers/shared-files';

describe('npm run inspect', () => {
  it('prints the versioned JSON report for seed 002', async () => {
    const { stdout, code } = await inspect('--format', 'json', seedPath('002'));
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Report;
    expect(report.schema).toBe('mingzhang/report@1');
    expect(report.documents).toHaveLength(1);
    const [doc] = report.documents;
    expect(doc!.source).toEqual({ name: '002_e1a466dd2d0fafcf.txt', format: 'text', bytes: 57123, pages: null });
    expect(doc!.meta).toEqual({
      documentType: 'disclosure',
      orgCode: '320',
      orgName: '香河县医疗保障局',
      year: 2024,
      kind: '预算',
      scope: '部门',
    });
    expect(doc!.error).toBeUndefined();
    const summary = doc!.tables.find((table) => table.kind === 'expenditure-summary')!;
    expect(summary).toMatchObject({ title: '部门预算支出总表', unit: '万元', empty: false, note: null });
    expect(summary.rows[0]).toEqual({
      seq: '1',
      code: null,
      name: '合计',
      cells: { 合计: '6570.38', 基本支出: '1136.05', 项目支出: '5434.33' },
      page: null,
    });
    const halves = doc!.tables.find((table) => table.kind === 'income-expenditure-summary')!;
    expect(new Set(halves.rows.map((row) => row.side))).toEqual(new Set(['income', 'expenditure']));
  });

  it('exits with 2 and says why when a file is missing, while reading the others', async () => {
    const { stdout, stderr, code } = await inspect(seedPath('003'), '/no/such/file.pdf');
    expect(code).toBe(2);
    const report = JSON.parse(stdout) as Report;
    expect(report.documents.map((doc) => doc.error?.code ?? null)).toEqual([null, 'file-not-found']);
    expect(report.documents[1]!.error!.message).toContain('找不到文件');
    expect(stderr).toContain('找不到文件');
    expect(report.documents[0]!.tables.length).toBeGreaterThanOrEqual(9);
  });

  it('reads a workbook (seed 003 saved by LibreOffice Calc) and names its format xlsx', async () => {
    const path = fileURLToPath(new URL('../fixtures/xlsx/003-guantao-2023-budget.xlsx', import.meta.url));
    const { stdout, code } = await inspect('--format', 'json', path);
    expect(code).toBe(0);
    const [doc] = (JSON.parse(stdout) as Report).documents;
    expect(doc!.source).toMatchObject({ name: '003-guantao-2023-budget.xlsx', format: 'xlsx', pages: null });
    expect(doc!.meta).toMatchObject({ orgCode: '414', year: 2023, kind: '预算' });
    const spending = doc!.tables.find((table) => table.kind === 'general-budget-expenditure')!;
    expect(spending.rows.find((row) => row.code === '2080505')!.cells).toEqual({
      合计: '234000.00',
      基本支出: '234000.00',
    });
  });

  it('exits with 2 for a file it cannot read, with a Chinese message', async () => {
    const path = join(tmpdir(), 'mingzhang-random.bin');
    writeFileSync(
      path,
      Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251),
    );
    const { stdout, code } = await inspect(path);
    expect(code).toBe(2);
    const [doc] = (JSON.parse(stdout) as Report).documents;
    expect(doc!.error!.code).toBe('unknown-format');
    expect(doc!.error!.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('prints a readable text summary', async () => {
    const { stdout, code } = await inspect('--format', 'text', seedPath('000'), seedPath('004'));
    expect(code).toBe(0);
    expect(stdout).toContain('机构：450 涞水县医疗保障局');
    expect(stdout).toContain('标准表：9/9');
    expect(stdout).toContain('类型：单位决算');
    expect(stdout).toContain('标准表：0/9');
  });

  it('rejects an unknown output format', async () => {
    const { stderr, code } = await inspect('--format', 'xml', seedPath('002'));
    expect(code).toBe(2);
    expect(stderr).toContain('不支持的输出格式');
  });

  it('reads a real PDF and opens a locked one with --password', async () => {
    const locked = fileURLToPath(new URL('../fixtures/pdf/encrypted-user-password.pdf', import.meta.url));
    const asked = await inspect('--format', 'json', locked);
    expect(asked.code).toBe(2);
    expect((JSON.parse(asked.stdout) as Report).documents[0]!.error!.code).toBe('password-required');

    const opened = await inspect('--format', 'json', '--password', 'mingzhang', locked);
    expect(opened.code).toBe(0);
    const [doc] = (JSON.parse(opened.stdout) as Report).documents;
    expect(doc!.source).toMatchObject({ format: 'pdf', pages: 2 });
    expect(doc!.tables.find((table) => table.kind === 'income-summary')!.rows[0]!.page).toBe(1);
  });

  it('checks several files against each other: the 检察院’s 2018 budget against its 2017 one', async () => {
    const { stdout, code } = await inspect(
      '--format',
      'text',
      `${REAL_DIR}2017年省检察院部门预算.pdf`,
      `${REAL_DIR}2018年省检察院部门预算公开.pdf`,
    );
    expect(code).toBe(0);
    const cross = stdout.slice(stdout.indexOf('== 跨文件核对'));
    expect(cross).toContain('核对：与上年比较的增减额与上年文件一致：比较 12 次，发现 3 处不一致');
    expect(cross).toContain('推算上年为 17981.98 万元；而《2017年省检察院部门预算.pdf》印的2017年为 17981.68 万元');
    expect(cross).toContain('对照：《2017年省检察院部门预算.pdf》说明第');
  });
});
