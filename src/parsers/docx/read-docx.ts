// DOCX → document model: mammoth turns the Word XML into plain HTML, then the HTML reader
// builds paragraphs and span-expanded table grids from it.

import mammoth from 'mammoth';
import type { Message, ParsedDocument } from '../../lib/model/document';
import { ReadError } from '../../lib/model/read-error';
import { readHtml } from '../html/read-html';

/**
 * Style-mapping notices (`Unrecognised paragraph style: 'Body Text' …`): we read text, not
 * styles, so they say nothing about the content and would bury the warnings that do.
 */
const STYLE_NOTICE = /^Unrecognised (paragraph|run|table|numbering) style/;

/** Images are never shown; an empty `src` keeps mammoth from base64-encoding every picture. */
const skipImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

export async function readDocx(bytes: Uint8Array, signal?: AbortSignal): Promise<ParsedDocument> {
  signal?.throwIfAborted();
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
    const detail = error instanceof Error ? error.message : String(error);
    throw new ReadError('corrupt-file', `DOCX 文件已损坏或不是有效的 Word 文档，无法打开（${detail}）。`);
  }
  signal?.throwIfAborted();
  const { blocks, warnings } = readHtml(result.value);
  const converterWarnings: Message[] = result.messages
    .filter((message) => !STYLE_NOTICE.test(message.message))
    .map((message) => ({
      code: `docx-${message.type}`,
      message: `读取 Word 文档时${message.type === 'error' ? '出错' : '有提示'}：${message.message}`,
    }));
  return { format: 'docx', pages: null, blocks, warnings: [...converterWarnings, ...warnings] };
}
