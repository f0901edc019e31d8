// PDF bytes → document model with pdf.js, in the calling thread (the parse worker in the page, the
// process in the CLI): page content first, then layout into paragraphs and table grids.

// NOTE: first, so that it sees the engine's built-ins before pdf.js replaces them.
import { restoreNativeBuiltins } from './native-builtins';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import type { Message, ParsedDocument } from '../../lib/model/document';
import { ReadError, describeCause } from '../../lib/model/read-error';
import { layoutPages } from './layout/layout-pages';
import { readPageText, readRules, readRulesFromStream } from './page-content';
import { openPagePaths, type PagePaths } from './page-streams';
import type { PageContent } from './page-types';
import { mayHoldTable } from './tabular-text';

/** Where pdf.js finds its CMaps (CJK fonts need them) and standard fonts: our own origin or disk. */
export interface PdfAssets {
  cMapUrl: string;
  standardFontDataUrl: string;
}

export interface PdfReadOptions {
  signal?: AbortSignal;
  password?: string;
  assets: PdfAssets;
  onPage?: (done: number, total: number) => void;
}

// NOTE: with the worker module on globalThis, pdf.js runs its core in this thread ("fake worker")
// instead of spawning a nested worker: we are already off the page's main thread.
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;
restoreNativeBuiltins();

/** Share of a page's characters that can be garbage from a font without a ToUnicode map. */
const GARBLED_SHARE = 0.3;
const GARBAGE = /[\uFFFD\uE000-\uF8FF\u0000-\u0008\u000E-\u001F]/u;

function pageList(pages: number[]): string {
  if (pages.length > 12) return `第 ${pages.slice(0, 12).join('、')} 页等 ${pages.length} 页`;
  return `第 ${pages.join('、')} 页`;
}

/** Counted run by run, without an array of the page's characters: it runs on every page. */
function isGarbled(page: PageContent): boolean {
  // Nearly every page holds no garbage at all: one test a run spares it the count by character.
  if (!page.runs.some((run) => GARBAGE.test(run.text))) return false;
  let chars = 0;
  let garbage = 0;
  for (const run of page.runs) {
    for (const char of run.text) {
      if (!char.trim()) continue;
      chars++;
      if (GARBAGE.test(char)) garbage++;
    }
  }
  return chars > 0 && garbage / chars > GARBLED_SHARE;
}

/**
 * pdf.js's failures in Chinese: a password it needs, or a file it cannot parse (its own English,
 * `Bad encoding in flate stream`, `Invalid XRef stream`, goes to `details`). Our own refusals and a
 * cancellation pass through.
 */
function toReadError(error: unknown): unknown {
  if (error instanceof ReadError || (error instanceof Error && error.name === 'AbortError')) return error;
  // pdf.js does not export PasswordException; it is recognised by name, as its own viewer does.
  if (error instanceof Error && error.name === 'PasswordException') {
    return (error as Error & { code?: number }).code === pdfjs.PasswordResponses.INCORRECT_PASSWORD
      ? new ReadError('wrong-password', 'PDF 密码不正确，请重新输入。')
      : new ReadError('password-required', '这个 PDF 设置了打开密码，请输入密码后再读取。');
  }
  return new ReadError(
    'corrupt-file',
    'PDF 文件已损坏或不完整，无法打开。请确认文件下载完整后再试。',
    describeCause(error),
  );
}

/** How every caller opens a PDF with pdf.js (the pipeline, its benchmark floor, tests). */
export function documentParams(bytes: Uint8Array, assets: PdfAssets, password?: string) {
  return {
    // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
    data: new Uint8Array(bytes),
    password,
    cMapUrl: assets.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: assets.standardFontDataUrl,
    useSystemFonts: false,
    // No document to load fonts into (a worker, or Node): without this, pdf.js would base64-encode
    // every font for a CSS rule, fail to insert it and fall back to outlines anyway.
    disableFontFace: true,
    isEvalSupported: false,
    // Images are never decoded: we read text and lines, not pictures, and decoding them was most
    // of the time and memory of image-heavy files (scans, stamps, logos). pdf.js drops each image
    // with a warning that verbosity 0 silences. NOTE: an image's paint operator is dropped too.
    maxImageSize: 0,
    verbosity: 0,
  };
}

/**
 * One page's text, and its ruling lines where the text looks tabular: from the content stream
 * when `pagePaths` can read it (page-streams.ts), else from pdf.js's operator list.
 */
export async function readPageContent(
  page: PDFPageProxy,
  pagePaths?: () => Promise<PagePaths | null>,
): Promise<PageContent> {
  const text = await readPageText(page);
  // Ruling lines cost about as much as the text: pages of prose skip them (see tabular-text.ts).
  if (!mayHoldTable(text.runs)) return { ...text, rules: [] };
  const paths = await pagePaths?.();
  const rules = (paths && readRulesFromStream(paths, page, text.transform)) ?? (await readRules(page, text.transform));
  return { ...text, rules };
}

export async function readPdf(bytes: Uint8Array, options: PdfReadOptions): Promise<ParsedDocument> {
  const { signal } = options;
  const task = pdfjs.getDocument(documentParams(bytes, options.assets, options.password));
  const abort = () => void task.destroy();
  signal?.addEventListener('abort', abort, { once: true });
  try {
    const doc = await task.promise;
    // Opened with pdf-lib on the first page that needs its ruling lines, then kept for the others.
    let pagePaths: Promise<PagePaths | null> | undefined;
    const openPaths = () => (pagePaths ??= openPagePaths(bytes));
    const pages: PageContent[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      signal?.throwIfAborted();
      const page = await doc.getPage(number);
      pages.push(await readPageContent(page, openPaths));
      page.cleanup();
      options.onPage?.(number, doc.numPages);
    }
    signal?.throwIfAborted();

    const warnings: Message[] = [];
    const textless = pages.filter((page) => page.runs.length === 0).map((page) => page.pageNumber);
    const garbled = pages.filter(isGarbled).map((page) => page.pageNumber);
    if (textless.length === pages.length) {
      throw new ReadError(
        'no-text-layer',
        `这是扫描件或图片型 PDF：${pageList(textless)}没有文字层，无法直接读取其中的文字和表格。可以在本机做文字识别（页面上点「识别扫描件」，命令行加 --ocr），或使用带文字的原始 PDF、DOCX 或网页版本。`,
      );
    }
    if (garbled.length + textless.length === pages.length) {
      throw new ReadError(
        'garbled-text',
        `这个 PDF 的字体缺少字符映射（ToUnicode），${pageList(garbled)}提取出的文字是乱码，无法可靠读取。请使用 DOCX 或网页版本。`,
      );
    }
    if (textless.length) {
      warnings.push({
        stage: 'read',
        code: 'pdf-textless-pages',
        message: `${pageList(textless)}没有文字层（可能是扫描页），其中的内容未被读取。`,
      });
    }
    if (garbled.length) {
      warnings.push({
        stage: 'read',
        code: 'pdf-garbled-pages',
        message: `${pageList(garbled)}的文字因字体缺少字符映射而成为乱码，未被读取。`,
      });
    }
    const readable = pages.filter((page) => page.runs.length > 0 && !garbled.includes(page.pageNumber));
    const layout = layoutPages(readable);
    return { format: 'pdf', pages: doc.numPages, blocks: layout.blocks, warnings: [...warnings, ...layout.warnings] };
  } catch (error) {
    // Opening, or any page: a stream pdf.js cannot decode makes the whole file unreadable.
    throw toReadError(error);
  } finally {
    signal?.removeEventListener('abort', abort);
    await task.destroy();
  }
}
