// A sheet laid askew on the scanner: page 2 of seed 000's bordered PDF (its 收支总表) rasterised
// at 150 dpi straight and turned by a degree or two (test/fixtures/generators/scan-pdf.ts). The
// skew is measured from the page's own ink, and once straightened the page gives the ruling lines
// of the straight scan, which it gives none of as it lies.

import { readFileSync } from 'node:fs';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  deskew,
  estimateSkew,
  findPixelRules,
  onSkewedPage,
  rgbaToGray,
  rotate,
  type GrayImage,
} from '../../src/parsers/ocr/raster';
import { OCR_SCALE } from '../../src/parsers/ocr/read-scanned-pdf';
import { nodePdfAssets } from '../../src/parsers/pdf/node-assets';
import type { RuleSegment } from '../../src/parsers/pdf/page-types';
import { documentParams } from '../../src/parsers/pdf/read-pdf';
import { rasterisePdf } from '../fixtures/generators/scan-pdf';

const bordered = new Uint8Array(readFileSync(new URL('../fixtures/pdf/000-bordered-portrait.pdf', import.meta.url)));

async function scannedPage(skewDegrees: number): Promise<GrayImage> {
  const scan = await rasterisePdf(bordered, 2, 2, { skewDegrees });
  const doc = await pdfjs.getDocument({ ...documentParams(scan, nodePdfAssets()), maxImageSize: -1 }).promise;
  try {
    const page = await doc.getPage(1);
    const viewport = page.getViewport({ scale: OCR_SCALE });
    const factory = doc.canvasFactory as {
      create(w: number, h: number): { canvas: { getContext(type: '2d'): CanvasRenderingContext2D } };
    };
    const [width, height] = [Math.ceil(viewport.width), Math.ceil(viewport.height)];
    const { canvas } = factory.create(width, height);
    await page.render({ canvas: canvas as unknown as HTMLCanvasElement, viewport, background: 'white' }).promise;
    return rgbaToGray(canvas.getContext('2d').getImageData(0, 0, width, height).data, width, height);
  } finally {
    await doc.destroy();
  }
}

/** Lines longer than a third of the page's width, at their position (points), rounded to a point. */
function longLines(rules: readonly RuleSegment[], horizontal: boolean): number[] {
  return rules
    .filter((rule) => (horizontal ? rule.y1 === rule.y2 : rule.x1 === rule.x2))
    .filter((rule) => Math.hypot(rule.x2 - rule.x1, rule.y2 - rule.y1) > 595 / 3)
    .map((rule) => Math.round(horizontal ? rule.y1 : rule.x1))
    .sort((a, b) => a - b);
}

describe('a scanned page laid askew', () => {
  let page: GrayImage;
  let straight: RuleSegment[];
  beforeAll(async () => {
    page = await scannedPage(0);
    straight = findPixelRules(page, OCR_SCALE).rules;
  }, 60_000);

  it('measures no skew on a straight scan and leaves it untouched', () => {
    expect(estimateSkew(page)).toBe(0);
    expect(deskew(page).image).toBe(page);
  });

  it.each([1, -1.5])('measures %s° and straightens the page into the straight scan’s ruling lines', async (skew) => {
    const askew = await scannedPage(skew);
    expect(estimateSkew(askew)).toBeCloseTo(skew, 1);
    // As it lies, its lines climb across pixel rows: too few long runs to make a table.
    expect(longLines(findPixelRules(askew, OCR_SCALE).rules, true).length).toBeLessThan(
      longLines(straight, true).length / 2,
    );
    const { image, skew: found } = deskew(askew);
    const rules = findPixelRules(image, OCR_SCALE, { resampled: true }).rules;
    expect(found).toBe(estimateSkew(askew));
    for (const horizontal of [true, false]) {
      const expected = longLines(straight, horizontal);
      const actual = longLines(rules, horizontal);
      expect(actual.length).toBe(expected.length);
      actual.forEach((at, i) => expect(Math.abs(at - expected[i]!)).toBeLessThanOrEqual(1));
    }
  });
});

describe('a box found on the straightened page', () => {
  it.each([2, -1])('lies where its ink is on the page as scanned %s° askew', (skew) => {
    // A speck near a corner, where turning moves it most: found at (300, 40) once straightened.
    const [width, height] = [400, 300];
    const straight = new Uint8Array(width * height).fill(255);
    for (let y = 37; y < 43; y++) straight.fill(0, y * width + 297, y * width + 303);
    const scanned = rotate({ width, height, data: straight }, -skew);
    expect(deskew(scanned).skew).toBe(0); // a lone speck has no lines to measure skew by
    let [sumX, sumY, count] = [0, 0, 0];
    scanned.data.forEach((value, index) => {
      if (value >= 128) return;
      [sumX, sumY, count] = [sumX + (index % width) + 0.5, sumY + Math.floor(index / width) + 0.5, count + 1];
    });
    const [x, y] = onSkewedPage(300, 40, width, height, skew);
    expect(Math.hypot(x - 300, y - 40)).toBeGreaterThan(2);
    expect(Math.abs(x - sumX / count)).toBeLessThan(0.5);
    expect(Math.abs(y - sumY / count)).toBeLessThan(0.5);
  });
});
