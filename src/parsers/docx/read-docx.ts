// DOCX → document model: mammoth turns the Word XML into plain HTML, then the HTML reader
// builds paragraphs and span-expanded table grids from it.

import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import type { Message, ParsedDocument } from '../../lib/model/document';
import { ReadError, describeCause } from '../../lib/model/read-error';
import { checkNestingDepth } from '../budgets';
import { readHtml } from '../html/read-html';
import { readXmlShape } from './xml-shape';

/**
 * Style-mapping notices (`Unrecognised paragraph style: 'Body Text' …`): we read text, not
 * styles, so they say nothing about the content and would bury the warnings that do.
 */
const STYLE_NOTICE = /^Unrecognised (paragraph|run|table|numbering) style/;

/** Images are never shown; an empty `src` keeps mammoth from base64-encoding every picture. */
const skipImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/** The parts mammoth parses: the body, its relationships, styles, numbering, notes and comments. */
const PARSED_PART =
  /^(?:_rels\/\.rels|word\/_rels\/[^/]+\.rels|word\/(?:document|styles|numbering|footnotes|endnotes|comments)\.xml)$/;

/**
 * Before mammoth: every part it will parse must be well-formed, and tables must not nest too deeply
 * (see xml-shape.ts for why each would cost minutes or the call stack). A zip that fflate cannot
 * open is left to mammoth, which reports it as corrupt.
 */
function checkParts(bytes: Uint8Array): void {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, { filter: (file) => PARSED_PART.test(file.name) });
  } catch {
    return;
  }
  const decoder = new TextDecoder();
  for (const [name, xml] of Object.entries(parts)) {
    const { problem, tableDepth } = readXmlShape(decoder.decode(xml));
    if (problem) {
      throw new ReadError(
        'corrupt-file',
        'DOCX 文件已损坏：其中的文档内容不完整或格式错误，可能是下载或保存时中断了。请重新下载，或用 Word、WPS 打开后重新保存再试。',
        `${name}: ${problem}`,
      );
    }
    if (name === 'word/document.xml') checkNestingDepth(tableDepth, 0);
  }
}

export async function readDocx(bytes: Uint8Array, signal?: AbortSignal): Promise<ParsedDocument> {
  signal?.throwIfAborted();
  checkParts(bytes);
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
    throw new ReadError(
      'corrupt-file',
      'DOCX 文件已损坏或不是有效的 Word 文档，无法打开。请确认文件完整，或用 Word、WPS 打开后重新保存再试。',
      describeCause(error),
    );
  }
  signal?.throwIfAborted();
  const { blocks, warnings } = readHtml(result.value);
  const converterWarnings: Message[] = result.messages
    .filter((message) => !STYLE_NOTICE.test(message.message))
    .map((message) => ({
      stage: 'read',
      code: `docx-${message.type}`,
      message:
        message.type === 'error'
          ? '读取 Word 文档时有一处内容无法转换，已跳过。'
          : '读取 Word 文档时忽略了一处不认识的内容。',
      details: message.message,
    }));
  return { format: 'docx', pages: null, blocks, warnings: [...converterWarnings, ...warnings] };
}
