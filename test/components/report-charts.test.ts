// @vitest-environment jsdom
// The chart sections when there is nothing to draw (jsdom has no canvas): one line saying why.

import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ReportCharts from '../../src/lib/components/charts/ReportCharts.svelte';
import ThreePublicChart from '../../src/lib/components/charts/ThreePublicChart.svelte';
import { readReport } from '../helpers/reports';

describe('ReportCharts', () => {
  it('says no chartable table was recognised, with no unit picker and no figure', () => {
    const { container } = render(ReportCharts, { report: readReport() });
    expect(screen.getByRole('region', { name: '图表' }).textContent).toContain('没有识别出可以绘图的表格');
    expect(screen.queryByRole('radio')).toBeNull();
    expect(container.querySelector('figure')).toBeNull();
  });
});

describe('ThreePublicChart', () => {
  it('says when no opened file has 三公 figures', () => {
    const { container } = render(ThreePublicChart, {
      reports: [readReport(), readReport({ meta: { ...readReport().meta, year: 2023 } })],
    });
    expect(container.textContent).toContain('没有识别出“三公”经费表');
    expect(container.querySelector('[data-years]')).toBeNull();
  });
});
