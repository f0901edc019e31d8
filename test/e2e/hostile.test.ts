// The hostile-input corpus dropped on the built page in Chromium: every file gets its Chinese
// message in its own card, the good file dropped with them is still read, the page keeps working
// afterwards, and no text of any document ever runs as markup.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/parsers/budgets';
import { BAD_DIR, XSS_PAYLOAD, makeLargeFixture, type BadFixture } from '../fixtures/bad/make-bad-fixtures';
import {
  FIXTURES,
  card,
  expectDocumentCard,
  finish,
  openPage,
  unfold,
  useBuiltApp,
  waitForReportDrawn,
} from './harness';

const MANIFEST: BadFixture[] = JSON.parse(readFileSync(join(BAD_DIR, 'manifest.json'), 'utf8'));
const GOOD = '002-xianghe-2024-budget.docx';
const GOOD_BYTES = readFileSync(`${FIXTURES}docx/${GOOD}`);
/** Each batch is read one file after another; six of the readable files are whole disclosures. */
const CARD_TIMEOUT_MS = 150_000;
const BATCHES = 3;

useBuiltApp();

const largeDir = mkdtempSync(join(tmpdir(), 'mingzhang-bad-e2e-'));
afterAll(() => rmSync(largeDir, { recursive: true, force: true }));
const HUGE = MANIFEST.find((fixture) => fixture.file === 'huge-100mb.pdf')!;

/** The 100 MB file (a PDF header and zeros, as the generator makes it) is made in the page: it never crosses the DevTools protocol. */
async function dropHugeFile(page: Page): Promise<void> {
  await page.evaluate(
    ({ name, size }) => {
      const zone = document.querySelector('[role="group"][aria-label="打开文件"]');
      if (!zone) throw new Error('no drop zone');
      const bytes = new Uint8Array(size);
      bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
      const dataTransfer = new DataTransfer();
      dataTransfer.items.add(new File([bytes], name));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        zone.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer }));
      }
    },
    { name: HUGE.file, size: 100 * 1024 * 1024 },
  );
}

/** The large readable fixtures other than the 100 MB one (a few MB) go through the file input. */
async function bytesOf(fixture: BadFixture, largeDir: string): Promise<Buffer> {
  return readFileSync(fixture.large ? await makeLargeFixture(fixture.file, largeDir) : join(BAD_DIR, fixture.file));
}

async function expectOutcome(page: Page, fixture: BadFixture): Promise<void> {
  const article = card(page, fixture.file);
  await article.and(page.locator('[aria-busy="false"]')).waitFor({ timeout: CARD_TIMEOUT_MS });
  const alerts = article.getByRole('alert');
  if (fixture.code) {
    await expect(alerts.count(), fixture.file).resolves.toBe(1);
    await expect(alerts.innerText(), fixture.file).resolves.toContain(fixture.phrase);
  } else {
    await expect(alerts.count(), fixture.file).resolves.toBe(0);
    // The phrase may sit in a table, and tables are drawn one per task after the report arrives
    // (and, with many files open, once the report is unfolded).
    await unfold(article);
    await waitForReportDrawn(article);
    await expect(article.innerText(), fixture.file).resolves.toContain(fixture.phrase);
  }
}

describe('hostile files in Chromium', () => {
  it(
    'gives every corpus file its Chinese message, still reads the good file, and keeps working',
    { timeout: 600_000 },
    async () => {
      const opened = await openPage();
      const { page } = opened;
      const input = page.getByLabel('选择文件');
      const committed = MANIFEST.filter((fixture) => fixture !== HUGE);
      const size = Math.ceil(committed.length / BATCHES);
      for (let start = 0; start < committed.length; start += size) {
        const batch = committed.slice(start, start + size);
        const files = await Promise.all(
          batch.map(async (fixture) => ({
            name: fixture.file,
            mimeType: 'application/octet-stream',
            buffer: await bytesOf(fixture, largeDir),
          })),
        );
        // The good file goes in with the first batch, between the bad ones.
        if (start === 0) files.splice(3, 0, { name: GOOD, mimeType: 'application/octet-stream', buffer: GOOD_BYTES });
        await input.setInputFiles(files);
        if (start === 0) await dropHugeFile(page);
        for (const fixture of batch) await expectOutcome(page, fixture);
      }
      await expectOutcome(page, HUGE);
      await expectDocumentCard(page, GOOD);
      await expect(page.locator('article[data-file-name]').count()).resolves.toBe(MANIFEST.length + 1);

      // Afterwards the page still reads: a good file dropped now gets its document card.
      await input.setInputFiles({ name: 'again.docx', mimeType: 'application/octet-stream', buffer: GOOD_BYTES });
      await expectDocumentCard(page, 'again.docx');
      await finish(opened);
    },
  );

  it('refuses a file over the size budget without reading it, naming its size and the limit', async () => {
    const opened = await openPage();
    const { page } = opened;
    await dropHugeFile(page);
    const alert = card(page, 'huge-100mb.pdf').getByRole('alert');
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toContain(`超过了 ${(MAX_FILE_BYTES / 1024 / 1024).toFixed(1)} MB 的上限`);
    await finish(opened);
  });

  it(
    'never runs document text as markup: <script> and <img onerror> in cells stay literal text',
    { timeout: 300_000 },
    async () => {
      const opened = await openPage();
      const { page } = opened;
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const files = ['script-in-cell.docx', 'script-in-cell.html'];
      await page.getByLabel('选择文件').setInputFiles(
        files.map((name) => ({
          name,
          mimeType: 'application/octet-stream',
          buffer: readFileSync(join(BAD_DIR, name)),
        })),
      );
      for (const name of files) {
        await expectDocumentCard(page, name, name.endsWith('.docx') ? 'DOCX' : 'HTML');
        // The payload is the visible text of a row header cell, character for character.
        const cells = card(page, name).locator('th.name', { hasText: '<script>window.__pwned = 1</script>' });
        await expect(cells.count()).resolves.toBeGreaterThanOrEqual(1);
        await expect(cells.first().innerText()).resolves.toBe(XSS_PAYLOAD);
      }
      await expect(page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).resolves.toBeUndefined();
      await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
      await expect(
        page.evaluate(() => [...document.scripts].filter((script) => script.text.includes('__pwned')).length),
      ).resolves.toBe(0);
      expect(dialogs).toEqual([]);
      // Nothing asked for the payload's image either.
      expect(opened.requests.filter((url) => /\/x$/.test(url))).toEqual([]);
      await finish(opened);
    },
  );
});
