// @vitest-environment jsdom
// ComparePage: reports grouped by department, a department's years side by side with the change,
// the user's own grouping for a name written two ways, and departments of one year.

import { readFileSync } from 'node:fs';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspectFile } from '../../src/lib/inspect';
import { REPORT_SCHEMA, type DocumentReport } from '../../src/lib/model/report';
import { Session } from '../../src/lib/state/session.svelte';
import { sessionContext } from '../../src/lib/state/session-context';
import type { ParseClient } from '../../src/lib/worker/parse-client';
import type { StoredDocument, Workspace } from '../../src/lib/workspace/store';
import ComparePage from '../../src/routes/ComparePage.svelte';
import { seedPath, SEED_FILES } from '../helpers/shared-files';

let seed002: DocumentReport;
let seed000: DocumentReport;
beforeAll(async () => {
  const read = (id: '000' | '002') => inspectFile(SEED_FILES[id], new Uint8Array(readFileSync(seedPath(id))));
  [seed002, seed000] = await Promise.all([read('002'), read('000')]);
}, 60_000);

/** A session whose workspace hands back these reports, as after a reload; `updated` records what it keeps. */
function sessionWith(reports: DocumentReport[], updated: DocumentReport[] = []): Session {
  const documents: StoredDocument[] = reports.map((report, index) => ({
    key: index + 1,
    schema: REPORT_SCHEMA,
    name: report.source.name,
    added: index,
    report,
    bytes: new Blob([]),
  }));
  const workspace: Workspace = {
    list: async () => documents,
    add: async () => 0,
    update: async (_key, report) => {
      updated.push(report);
    },
    remove: async () => {},
    clear: async () => 0,
    count: async () => documents.length,
    onChange: () => {},
  };
  return new Session({} as ParseClient, workspace);
}

/** Seed 002 as if it were the year before, with its name written another way and one figure changed. */
function earlierYear(report: DocumentReport, orgName: string): DocumentReport {
  const tables = report.tables.map((table) =>
    table.kind === 'three-public-expenditure'
      ? {
          ...table,
          rows: table.rows.map((row) =>
            /公务接待/.test(row.name) ? { ...row, cells: { '资金性质/合计': '1.50' } } : row,
          ),
        }
      : table,
  );
  return {
    ...report,
    source: { ...report.source, name: 'earlier.docx' },
    meta: { ...report.meta, year: 2023, orgName },
    tables,
  };
}

describe('ComparePage', () => {
  it('asks for files when none is open', () => {
    render(ComparePage, { context: sessionContext(new Session({} as ParseClient)) });
    expect(screen.getByText(/还没有可以对比的文件/)).toBeTruthy();
  });

  it('groups by department, lets the user merge a name written two ways, and shows the change', async () => {
    render(ComparePage, {
      context: sessionContext(sessionWith([seed002, earlierYear(seed002, '香河县医保局'), seed000])),
    });
    await screen.findByRole('heading', { name: '香河县医疗保障局：跨年度对比' });
    expect(screen.getByRole('heading', { name: '香河县医保局：跨年度对比' })).toBeTruthy();

    const select = screen.getByRole('combobox', { name: /earlier\.docx/ });
    await fireEvent.change(select, { target: { value: '香河县医疗保障局' } });
    await waitFor(() => expect(screen.queryByRole('heading', { name: '香河县医保局：跨年度对比' })).toBeNull());

    const section = screen.getByRole('region', { name: '香河县医疗保障局：跨年度对比' });
    const threePublic = within(section).getByRole('region', { name: '“三公”经费' });
    const headers = within(threePublic)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['项目', '2023年预算', '较2023年预算', '2024年预算']);
    const reception = within(threePublic).getByRole('row', { name: /公务接待费/ });
    expect([...reception.querySelectorAll('td')].map((td) => td.textContent!.trim())).toEqual([
      '1.50',
      '-1.50-100.00%',
      '0.00',
    ]);
  });

  it('puts departments of the same year side by side with their findings and completeness', async () => {
    const other = { ...seed000, meta: { ...seed000.meta, year: 2024 } };
    render(ComparePage, { context: sessionContext(sessionWith([seed002, other])) });
    const section = await screen.findByRole('region', { name: '同一年度不同部门' });
    const totals = within(section).getByRole('region', { name: '2024年 主要数字' });
    expect(
      within(totals)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['项目', '香河县医疗保障局', '涞水县医疗保障局']);
    const income = within(totals).getByRole('row', { name: /收入合计/ });
    expect([...income.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['6570.38', '4616.58']);
    const scores = within(section).getByRole('region', { name: '2024年 核对发现与完整度' });
    expect(
      within(scores)
        .getByRole('row', { name: /完整度评分/ })
        .querySelectorAll('td')[0]!.textContent,
    ).toBe('100');
  });

  it('lists a file with no year as needing one, and takes the year typed there', async () => {
    const tablesOnly = { ...seed000, meta: { ...seed000.meta, year: null } };
    const updated: DocumentReport[] = [];
    render(ComparePage, { context: sessionContext(sessionWith([tablesOnly], updated)) });
    const needing = await screen.findByRole('region', { name: '需要补充年度' });
    expect(within(needing).getByText(SEED_FILES['000'])).toBeTruthy();
    expect(screen.queryByRole('region', { name: '涞水县医疗保障局：跨年度对比' })).toBeNull();

    await fireEvent.input(within(needing).getByLabelText('年度'), { target: { value: '20211' } });
    await fireEvent.click(within(needing).getByRole('button', { name: '保存年度' }));
    expect(within(needing).getByRole('alert').textContent).toContain('四位数字');
    expect(updated).toEqual([]);

    await fireEvent.input(within(needing).getByLabelText('年度'), { target: { value: '2021' } });
    await fireEvent.click(within(needing).getByRole('button', { name: '保存年度' }));
    const section = await screen.findByRole('region', { name: '涞水县医疗保障局：跨年度对比' });
    expect(within(section).getByText(/只有 2021年预算 一个年度/)).toBeTruthy();
    expect(screen.queryByRole('region', { name: '需要补充年度' })).toBeNull();
    // Kept with the file in the workspace.
    await waitFor(() => expect(updated.map((report) => report.metaCorrection)).toEqual([{ year: 2021 }]));
  });
});
