// A spoiled zip inside an XLSX: SheetJS inflates nothing itself (its inflate runs past the end of a
// damaged stream for ever), fflate inflates each part within the sizes the zip declares, a part
// that is not what the zip says is 损坏, and what SheetJS says when it refuses goes to `details`.
// The inputs are our fixture formats/sheet.xlsx spoiled the way fuzz seed 20261202 spoiled it.

import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ReadError } from '../../src/lib/model/read-error';
import { readDocument } from '../../src/parsers/index';
import { HAN, LATIN_WORDS } from '../helpers/messages';
import { withCompressionMethod } from '../helpers/zip-entries';
import type { InspectReply, InspectRequest } from './fuzz/inspect-child';

const SHEET = readFileSync(new URL('../fixtures/formats/sheet.xlsx', import.meta.url));
/** Far beyond the fixture's read (well under a second), yet short enough for a test. */
const DEADLINE_MS = 20_000;

type Report = Extract<InspectReply, { type: 'report' }>;

/** The fixture with single bytes replaced: `[offset, value]`. */
function patched(edits: Array<[offset: number, value: number]>): Uint8Array {
  const bytes = new Uint8Array(SHEET);
  for (const [offset, value] of edits) bytes[offset] = value;
  return bytes;
}

/**
 * The CLI's pipeline in a child process, which is killed at the deadline: a read that never
 * returns (a synchronous loop) cannot be stopped in this process. `null` when it did not answer.
 */
async function inspectInChild(name: string, bytes: Uint8Array): Promise<Report | null> {
  const child = fork(fileURLToPath(new URL('./fuzz/inspect-child.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    serialization: 'advanced',
  });
  try {
    return await new Promise<Report | null>((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      child.once('exit', () => resolve(null));
      child.on('message', (reply: InspectReply) => {
        if (reply.type === 'ready') {
          // The deadline counts the read only, not loading the pipeline.
          timer = setTimeout(() => resolve(null), DEADLINE_MS);
          child.send({ id: 0, name, bytes } satisfies InspectRequest);
        } else if (reply.type === 'report') {
          clearTimeout(timer);
          resolve(reply);
        }
      });
    });
  } finally {
    child.kill('SIGKILL');
  }
}

async function readError(bytes: Uint8Array): Promise<ReadError> {
  const error = await readDocument(bytes).catch((failure: unknown) => failure);
  expect(error).toBeInstanceOf(ReadError);
  return error as ReadError;
}

describe('XLSX with a spoiled zip', { timeout: 60_000 }, () => {
  it('a part whose deflate data is damaged is 损坏, not a read that never ends', async () => {
    // Mutant "formats/sheet.xlsx #0 flip@77,…": byte 77, inside _rels/.rels' deflate data, is the one
    // that matters. SheetJS inflated past the end of the file, appending a literal per zero bit.
    const report = await inspectInChild('sheet.xlsx', patched([[77, 0xcb]]));
    expect(report, 'no answer within the deadline').not.toBeNull();
    expect(report!.error?.code).toBe('corrupt-file');
    expect(report!.error?.message).toContain('XLSX 表格文件已损坏');
    expect(report!.error?.message).not.toMatch(LATIN_WORDS);
    expect(report!.error?.details).toMatch(/invalid distance/);
  });

  it('a local header whose name runs past the end of the file still reads the workbook', async () => {
    // Mutant "formats/sheet.xlsx #8 flip@…,3660,…": byte 3660 is the high byte of docProps/app.xml's
    // name length in its local header. SheetJS then inflated nothing but zero bits, block after
    // empty block, for ever; fflate finds the entry by the central directory and reads it whole.
    const report = await inspectInChild('sheet.xlsx', patched([[3660, 0x6e]]));
    expect(report, 'no answer within the deadline').not.toBeNull();
    expect(report!.error).toBeUndefined();
    expect(report!.tables).toBeGreaterThan(0);
  });

  it('compressed data declared stored is 损坏, with the part named in details', async () => {
    // Mutant "formats/sheet.xlsx #11 entry 7 method 0": SheetJS refused with "Bad compressed size:
    // 249 != 2248945858", which went into the Chinese message.
    const error = await readError(withCompressionMethod(SHEET, 'docProps/app.xml', 0));
    expect(error.code).toBe('corrupt-file');
    expect(error.message).toMatch(HAN);
    expect(error.message).not.toMatch(LATIN_WORDS);
    expect(error.details).toBe('docProps/app.xml: inflates to 249 bytes, the zip declares 410');
  });

  it('what SheetJS says when it refuses a sound zip stays in details', async () => {
    const { '[Content_Types].xml': _omitted, ...parts } = unzipSync(SHEET);
    const error = await readError(zipSync(parts));
    expect(error.code).toBe('corrupt-file');
    expect(error.message).toContain('XLSX 表格文件已损坏或不是有效的 Excel 文件');
    expect(error.message).not.toMatch(LATIN_WORDS);
    expect(error.details).toMatch(/Unsupported ZIP file/);
  });
});
