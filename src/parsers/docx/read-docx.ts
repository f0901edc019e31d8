// DOCX → document model: mammoth turns the Word XML into plain HTML, then the HTML reader
// builds paragraphs and span-expanded table grids from it.

import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import type { Message, ParsedDocument } from '../../lib/model/document';
import { ReadError } from '../../lib/model/read-error';
import { checkNestingDepth } from '../budgets';
import { readHtml } from '../html/read-html';

/**
 * Style-mapping notices (`Unrecognised paragraph style: 'Body Text' …`): we read text, not
 * styles, so they say nothing about the content and would bury the warnings that do.
 */
const STYLE_NOTICE = /^Unrecognised (paragraph|run|table|numbering) style/;

/** Images are never shown; an empty `src` keeps mammoth from base64-encoding every picture. */
const skipImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/** A table's start or end tag, whatever the namespace prefix (`w:` by convention only); not `tblPr`. */
const TABLE_TAG = /<(\/?)(?:[A-Za-z_][\w.-]*:)?tbl[\s/>]/g;

/**
 * mammoth converts recursively, and tables nested a few hundred deep overflow a worker's call
 * stack; so the nesting is measured on the XML first. A zip that fflate cannot open is left to
 * mammoth, which reports it as corrupt.
 */
function checkTableNesting(bytes: Uint8Array): void {
  let xml: Uint8Array | undefined;
  try {
    xml = unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' })['word/document.xml'];
  } catch {
    return;
  }
  if (!xml) return;
  let depth = 0;
  let deepest = 0;
  for (const [, closing] of new TextDecoder().decode(xml).matchAll(TABLE_TAG)) {
    depth += closing ? -1 : 1;
    deepest = Math.max(deepest, depth);
  }
  checkNestingDepth(deepest, 0);
}

export async function readDocx(bytes: Uint8Array, signal?: AbortSignal): Promise<ParsedDocument> {
  signal?.throwIfAborted();
  checkTableNesting(bytes);
  // NOTE: a copy with exactly these bytes. Not `bytes.slice()`: on a Node Buffer that is a view,
  // and its `.buffer` is the whole (possibly pooled) memory behind it.
  const arrayBuffer = new Uint8Array(bytes).buffer;
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    // NOTE: both keys on purpose. Bundlers follow mammoth's package.json "browser" field, whose
    // zip opener reads only `arrayBuffer`; Node (vitest, the CLI) gets lib/unzip.js, which reads
    // only `buffer` (JSZip takes an ArrayBuffer there too).
    const input = { arrayBuffer, buffer: arrayBuffer };
    result = await mammoth.convertToHtml(input, { convertImage: skipImages });
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      throw new ReadError('too-deep', 'Word 文档的结构嵌套过深，超出了读取程序的处理能力，无法读取。');
    }
    const detail = error instanceof Error ? error.message : String(error);
    throw new ReadError('corrupt-file', `DOCX 文件已损坏或不是有效的 Word 文档，无法打开（${detail}）。`);
  }
  signal?.throwIfAborted();
  const { blocks, warnings } = readHtml(result.value);
  const converterWarnings: Message[] = result.messages
    .filter((message) => !STYLE_NOTICE.test(message.message))
    .map((message) => ({
      stage: 'read',
      code: `docx-${message.type}`,
      message: `读取 Word 文档时${message.type === 'error' ? '出错' : '有提示'}：${message.message}`,
    }));
  return { format: 'docx', pages: null, blocks, warnings: [...converterWarnings, ...warnings] };
}
