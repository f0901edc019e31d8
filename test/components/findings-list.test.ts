// @vitest-environment jsdom
// FindingsList: what the rules found, grouped by kind of problem with each finding's severity,
// figures and location, selectable to show its evidence, 舍入差异 folded per table, and a
// reviewer's marks — from a real report of seed 000 (序号 20 printed twice, a wrong change total
// in the text).

import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import FindingsList from '../../src/lib/components/FindingsList.svelte';
import { FINDING_TYPE_NAMES, SEVERITY_NAMES } from '../../src/lib/model/finding-labels';
import { inspectFile } from '../../src/lib/inspect';
import type { DocumentReport } from '../../src/lib/model/report';
import { findingKeys, withReview } from '../../src/lib/model/review';
import { describeLocation } from '../../src/lib/model/finding-labels';
import type { CellLocation } from '../../src/lib/model/finding';
import type { LazyPdf } from '../../src/lib/components/pdf-pages';
import { withFindingsOf } from '../helpers/reports';
import { readSeedText } from '../helpers/shared-files';

// Seed 000's 三公 comparison-table findings are another test's subject: these are about the two.
const report = withFindingsOf(await inspectFile('000.txt', new TextEncoder().encode(readSeedText('000'))), [
  'text-arithmetic',
  'seq-order',
]);
const titleOf = (ruleId: string) => report.checks.find((check) => check.ruleId === ruleId)!.title.zh;
const seqIndex = report.findings.findIndex((finding) => finding.ruleId === 'seq-order');
const textIndex = report.findings.findIndex((finding) => finding.ruleId === 'text-arithmetic');

/** Seed 000's report as if read from a PDF, its 序号 finding's row boxed on page 1. */
function asPdfWithBox(): DocumentReport {
  const location = report.findings[seqIndex]!.location;
  if (location.type !== 'cell') throw new Error('the 序号 finding points at a cell');
  const box = { page: 1, x0: 10, y0: 10, x1: 60, y1: 20 };
  return {
    ...report,
    source: { ...report.source, format: 'pdf' },
    tables: report.tables.map((table, t) =>
      t !== location.table
        ? table
        : { ...table, rows: table.rows.map((row, r) => (r !== location.row ? row : { ...row, nameBox: box })) },
    ),
  };
}

describe('FindingsList', () => {
  it('offers 「在 PDF 中查看」 only with the PDF at hand; without it (restored from JSON) says why', () => {
    const pdfReport = asPdfWithBox();
    const withPdf = render(FindingsList, { report: pdfReport, load: () => Promise.resolve(new ArrayBuffer(0)) });
    expect(screen.getAllByRole('button', { name: '在 PDF 中查看' })).toHaveLength(1);
    expect(screen.queryByText(/没有附带原 PDF/)).toBeNull();
    withPdf.unmount();

    render(FindingsList, { report: pdfReport });
    expect(screen.queryByRole('button', { name: '在 PDF 中查看' })).toBeNull();
    expect(screen.queryByRole('button', { name: '下载标注 PDF' })).toBeNull();
    expect(screen.getByText(/没有附带原 PDF（从导出的 JSON 恢复），不能显示原页面/)).toBeTruthy();
  });

  it('groups seed 000’s findings by kind, each with its severity, rule, figures and location, and explains the severities', () => {
    render(FindingsList, { report });

    const seqFinding = report.findings[seqIndex]!;
    const textFinding = report.findings[textIndex]!;
    const seqGroup = screen.getByRole('region', { name: `${FINDING_TYPE_NAMES[seqFinding.type!]}（1）` });
    const seq = within(seqGroup).getByRole('button', { name: /序号 20 重复/ });
    expect(seq.textContent).toContain('部门预算一般公共预算财政拨款基本支出表');
    expect(seq.textContent).toContain(SEVERITY_NAMES[seqFinding.severity]);
    expect(seq.textContent).toContain(titleOf('seq-order'));
    const textGroup = screen.getByRole('region', { name: `${FINDING_TYPE_NAMES[textFinding.type!]}（1）` });
    const text = within(textGroup).getByRole('button', { name: /说明第/ });
    expect(text.textContent).toMatch(/说明第 \d+ 段「/);
    expect(text.textContent).toContain(SEVERITY_NAMES[textFinding.severity]);
    // The figures are quoted with their unit.
    expect(text.textContent).toContain(`应为 ${textFinding.expected}`);
    expect(text.textContent).toContain(`实为 ${textFinding.actual}`);
    expect(screen.getByText(/项规则适用.*共比较 \d+ 次；\s*发现问题 2 处/)).toBeTruthy();
    const legend = document.querySelector('dl[aria-label="严重程度的含义"]')!;
    expect(legend.textContent).toContain('按印出的数字怎样舍入都不可能成立');
    // A text report has no PDF to annotate.
    expect(screen.queryByRole('button', { name: '下载标注 PDF' })).toBeNull();
  });

  it('selects a finding on click and marks the selected one pressed', async () => {
    const onselect = vi.fn();
    const { rerender } = render(FindingsList, { report, onselect, selected: null });
    const button = screen.getByRole('button', { name: /序号 20 重复/ });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    await fireEvent.click(button);
    expect(onselect).toHaveBeenCalledWith(seqIndex, 'place');
    await rerender({ report, onselect, selected: seqIndex });
    expect(button.getAttribute('aria-pressed')).toBe('true');
  });

  it('folds rounding-sized findings to one closed line per table', () => {
    // No seed finding is rounding-sized yet: seed 000's two are relabelled, one in a table, one in the text.
    const rounded: DocumentReport = {
      ...report,
      findings: report.findings.map((finding) => ({ ...finding, type: 'rounding' as const })),
    };
    const { container } = render(FindingsList, { report: rounded });
    const group = screen.getByRole('region', { name: '舍入差异（2）' });
    const folds = [...group.querySelectorAll('details')];
    // The text's error comes before the table's warning: folds follow the most severe finding in them.
    expect(folds.map((fold) => fold.querySelector('summary')!.textContent)).toEqual([
      '舍入差异 1 处 · 说明文字',
      `舍入差异 1 处 · ${(report.findings[seqIndex]!.location as { tableTitle: string }).tableTitle}`,
    ]);
    expect(folds.every((fold) => !fold.open)).toBe(true);
    // Folded, each finding is still there (numbered and boxed on the PDF as before).
    expect(container.querySelectorAll('li[data-finding]')).toHaveLength(2);
  });

  it('marks a finding 不是问题 with a note, says how many were dismissed, and takes the mark back', async () => {
    const onreview = vi.fn();
    const key = findingKeys(report)[seqIndex]!;
    const { rerender } = render(FindingsList, { report, onreview });
    const controls = screen.getByRole('group', { name: `复核第 ${seqIndex + 1} 处` });
    await fireEvent.click(within(controls).getByRole('button', { name: '不是问题' }));
    expect(onreview).toHaveBeenLastCalledWith(key, { verdict: 'dismissed' });

    const dismissed = withReview(report, key, { verdict: 'dismissed' });
    await rerender({ report: dismissed, onreview });
    expect(within(controls).getByRole('button', { name: '不是问题' }).getAttribute('aria-pressed')).toBe('true');
    expect(within(controls).getByRole('button', { name: '已核实' }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByText(/发现问题 2 处，其中 1 处已标为“不是问题”/)).toBeTruthy();
    const note = within(controls).getByRole('textbox', { name: `第 ${seqIndex + 1} 处的复核备注` });
    await fireEvent.change(note, { target: { value: ' 序号表本就重复编号 ' } });
    expect(onreview).toHaveBeenLastCalledWith(key, { verdict: 'dismissed', note: '序号表本就重复编号' });

    await rerender({ report: withReview(report, key, { verdict: 'dismissed', note: '序号表本就重复编号' }), onreview });
    await fireEvent.click(within(controls).getByRole('button', { name: '不是问题' }));
    expect(onreview).toHaveBeenLastCalledWith(key, null);
    // 已核实 keeps the note given with the other verdict.
    await fireEvent.click(within(controls).getByRole('button', { name: '已核实' }));
    expect(onreview).toHaveBeenLastCalledWith(key, { verdict: 'confirmed', note: '序号表本就重复编号' });
  });

  it('shows a mark without controls when nobody can change it, and a finding’s materiality where it gives one', () => {
    const key = findingKeys(report)[textIndex]!;
    // Seed 000's text finding: -12717.97 stated, -12788.22 computed (万元).
    const { materiality } = report.findings[textIndex]!;
    expect(materiality).toBeDefined();
    const marked = withReview(report, key, { verdict: 'confirmed', note: '已与财政局核对' });
    render(FindingsList, { report: marked });
    expect(screen.queryByRole('group', { name: /复核第/ })).toBeNull();
    const item = screen.getByRole('button', { name: /说明第/ }).closest('li')!;
    expect(item.textContent).toContain('已核实');
    expect(item.textContent).toContain(`差额占 ${materiality!.percentOfAmount}%`);
    expect(item.textContent).toContain('复核备注：已与财政局核对');
  });

  it('shows no materiality for a finding that is not about an amount (seed 000: 序号 20 printed twice)', () => {
    render(FindingsList, { report });
    expect(report.findings[seqIndex]!.materiality).toBeUndefined();
    expect(screen.getByRole('button', { name: /序号 20 重复/ }).textContent).not.toContain('差额占');
  });

  it('names a check that crashed, with its error, and does not count it as passed', () => {
    const crashedCheck = { ...report.checks[0]!, status: 'crashed' as const, comparisons: 0, findings: 0 };
    const checks = [{ ...crashedCheck, error: 'TypeError: boom' }, ...report.checks.slice(1)];
    render(FindingsList, { report: { ...report, checks } });
    const list = screen.getByRole('list', { name: '未能完成的检查' });
    expect(list.textContent).toContain(`「${report.checks[0]!.title.zh}」这项检查因程序错误未能完成`);
    expect(list.textContent).toContain('TypeError: boom');
    // summary-balance passes on seed 000; crashed, it is no longer among the passed.
    expect(report.checks[0]!.status).toBe('passed');
    const passed = report.checks.filter((check) => check.status === 'passed').length;
    expect(screen.getByText(new RegExp(`${passed - 1} 项通过`))).toBeTruthy();
  });

  it('on a scan read by OCR, shows the image of a finding’s cell beside its figures and names it when doubtful', async () => {
    // Seed 000 as if its text had been recognised from a scan: the first finding on an amount cell
    // gets a box on page 2 and a low confidence.
    const full = await inspectFile('000.txt', new TextEncoder().encode(readSeedText('000')));
    const index = full.findings.findIndex(({ location }) => location.type === 'cell' && location.column !== null);
    expect(index).toBeGreaterThanOrEqual(0);
    const location = full.findings[index]!.location as CellLocation & { column: string };
    const box = { page: 2, x0: 300, y0: 500, x1: 350, y1: 515 };
    const scanned: DocumentReport = {
      ...full,
      source: { ...full.source, format: 'pdf' },
      warnings: [{ stage: 'read', code: 'pdf-ocr', message: '这是扫描件' }],
      tables: full.tables.map((table, t) =>
        t !== location.table
          ? table
          : {
              ...table,
              rows: table.rows.map((row, r) =>
                r !== location.row
                  ? row
                  : { ...row, boxes: { [location.column]: box }, confidence: { [location.column]: 55 } },
              ),
            },
      ),
    };
    const pages = vi.fn<LazyPdf['pages']>(() => new Promise(() => undefined));
    const shown = render(FindingsList, { report: scanned, pdf: { pages, close: () => undefined } });
    const item = document.querySelector<HTMLElement>(`li[data-finding="${index}"]`)!;
    const crops = within(item).getByRole('group', { name: `第 ${index + 1} 处所涉单元格的原图` });
    expect(crops.querySelectorAll('canvas')).toHaveLength(1);
    const cell = full.tables[location.table]!.rows[location.row]!.cells[location.column];
    expect(crops.textContent).toMatch(new RegExp(`识别为 ${cell!.replace('.', '\\.')}，置信度 55\\s*把握较低`));
    expect(item.querySelector('.doubtful')?.textContent).toBe(
      `识别把握较低的单元格：${describeLocation(location)}（置信度 55）`,
    );
    // jsdom sees nothing come into view: the image is drawn at once, from the report's one PDF.
    expect(pages).toHaveBeenCalled();
    shown.unmount();

    // The same report not recognised (its digits are the printed text): no images, nothing named.
    render(FindingsList, {
      report: { ...scanned, warnings: [] },
      pdf: { pages, close: () => undefined },
    });
    expect(document.querySelectorAll('.crops, .doubtful')).toHaveLength(0);
  });
});
