// The picture's scale: twice the size on screen, unless the canvas would be more than browsers draw.

import { describe, expect, it } from 'vitest';
import { describeScale, imageScale } from '../../src/lib/export/report-image';

describe('report image scale', () => {
  it('draws a report of ordinary length at 2×', () => {
    expect(imageScale(1200, 3000)).toBe(2);
    expect(describeScale(2)).toBe('');
  });

  it('shrinks a long report to stay within 16384 px a side and 16.7 M pixels', () => {
    const scale = imageScale(1200, 27_000);
    expect(scale).toBeLessThan(1);
    expect(1200 * scale * 27_000 * scale).toBeLessThanOrEqual(16_777_216);
    expect(27_000 * scale).toBeLessThanOrEqual(16_384);
    expect(describeScale(scale)).toContain(`按 ${scale} 倍生成`);
    expect(imageScale(100, 100_000) * 100_000).toBeLessThanOrEqual(16_384);
  });
});
