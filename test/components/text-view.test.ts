// @vitest-environment jsdom
// TextView: the explanation text with a text finding's exact character range in a <mark>.

import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import TextView from '../../src/lib/components/TextView.svelte';
import { inspectFile } from '../../src/lib/inspect';
import { readSeedText } from '../helpers/shared-files';

describe('TextView', () => {
  it('marks the sentence of seed 000’s text finding and opens itself for it', async () => {
    const report = await inspectFile('000.txt', new TextEncoder().encode(readSeedText('000')));
    const finding = report.findings.find((candidate) => candidate.location.type === 'text')!;
    if (finding.location.type !== 'text') throw new Error('no text finding');
    const { container, rerender } = render(TextView, { paragraphs: report.paragraphs, finding: null });
    expect(container.querySelector('details')!.open).toBe(false);
    expect(container.querySelectorAll('mark')).toHaveLength(0);

    await rerender({ paragraphs: report.paragraphs, finding });
    expect(container.querySelector('details')!.open).toBe(true);
    const mark = container.querySelector('mark[data-highlighted="primary"]')!;
    const { paragraph, start, end } = finding.location;
    expect(mark.textContent).toBe(report.paragraphs[paragraph]!.text.slice(start, end));
    expect(mark.closest('p')!.getAttribute('data-paragraph')).toBe(String(paragraph));
    // The paragraph still reads whole around the mark.
    expect(mark.closest('p')!.textContent).toContain(report.paragraphs[paragraph]!.text);
  });
});
