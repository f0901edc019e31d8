// A zip of disclosures: its files listed without inflating, each inflated on demand, GBK names
// decoded, Office files and non-zips left alone, the readers' zip-bomb guard applied; and the
// session putting the zip's files in its place. The documents are seed texts (../shared/seeds)
// and the DOCX fixture of seed 002 (test/fixtures/docx).

import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeZipName, isZipBundle, mayBeZipBundle, openZipBundle } from '../../src/lib/intake/zip-bundle';
import type { DocumentReport } from '../../src/lib/model/report';
import { Session } from '../../src/lib/state/session.svelte';
import { ParseClient, type ParseInput } from '../../src/lib/worker/parse-client';
import { readSeedText, SEED_FILES } from '../helpers/shared-files';
import { readReport } from '../helpers/reports';

const DOCX = readFileSync(new URL('../fixtures/docx/002-xianghe-2024-budget.docx', import.meta.url));
const seeds = ['000', '002', '003'] as const;

function bundle(): Uint8Array<ArrayBuffer> {
  return zipSync({
    '2024/': {},
    ...Object.fromEntries(seeds.map((id) => [`2024/${SEED_FILES[id]}`, strToU8(readSeedText(id))])),
    '__MACOSX/2024/._x.txt': strToU8('junk'),
    '.DS_Store': strToU8('junk'),
  }) as Uint8Array<ArrayBuffer>;
}

describe('zip bundles', () => {
  it('lists the documents of a zip in order, without folders or hidden files, and inflates each on demand', () => {
    const bytes = bundle();
    expect(isZipBundle(bytes)).toBe(true);
    expect(mayBeZipBundle(bytes.subarray(0, 4096))).toBe(true);
    const files = openZipBundle(bytes);
    expect(files.map((file) => file.name)).toEqual(seeds.map((id) => SEED_FILES[id]));
    expect(files[0]!.path).toBe(`2024/${SEED_FILES['000']}`);
    expect(new TextDecoder().decode(files[1]!.inflate())).toBe(readSeedText('002'));
    expect(files[2]!.size).toBe(strToU8(readSeedText('003')).length);
  });

  it('leaves a DOCX and anything that is not a zip to the readers', () => {
    expect(mayBeZipBundle(DOCX.subarray(0, 4096))).toBe(false);
    expect(isZipBundle(new Uint8Array(DOCX))).toBe(false);
    expect(mayBeZipBundle(strToU8('%PDF-1.7'))).toBe(false);
  });

  it('reads a name written in GBK by Chinese Windows (no UTF-8 flag), and keeps a UTF-8 one', () => {
    // 预算.pdf in GBK, as fflate hands it over (byte for byte, Latin-1).
    const gbk = String.fromCharCode(0xd4, 0xa4, 0xcb, 0xe3) + '.pdf';
    expect(decodeZipName(gbk)).toBe('预算.pdf');
    const utf8 = String.fromCharCode(...new TextEncoder().encode('决算.pdf'));
    expect(decodeZipName(utf8)).toBe('决算.pdf');
    expect(decodeZipName('已是中文.pdf')).toBe('已是中文.pdf');
  });

  it('refuses a zip bomb before inflating it, with the readers’ Chinese message', () => {
    const bomb = zipSync({ 'a.pdf': new Uint8Array(40 * 1024 * 1024) }, { level: 9 });
    expect(() => openZipBundle(bomb)).toThrow(/压缩炸弹/);
  });
});

/** Records what it is asked to read and answers at once with a report named after the file. */
class RecordingClient extends ParseClient {
  readonly read: Array<{ name: string; text: string }> = [];
  constructor() {
    super(() => {
      throw new Error('no worker in this test');
    });
  }
  override async parse(file: ParseInput): Promise<DocumentReport> {
    const bytes = typeof file.bytes === 'function' ? await file.bytes(new AbortController().signal) : file.bytes;
    this.read.push({ name: file.name, text: new TextDecoder().decode(bytes) });
    return readReport({ source: { name: file.name, format: 'text', bytes: bytes.byteLength, pages: null } });
  }
}

describe('Session given a zip of documents', () => {
  it('puts the zip’s files in its place and reads each as a dropped file', async () => {
    const client = new RecordingClient();
    const session = new Session(client);
    session.addFiles([new File(['before'], 'a.txt'), new File([bundle()], '材料.zip'), new File(['after'], 'z.txt')]);
    for (let round = 0; round < 100 && client.read.length < 5; round++) await new Promise((r) => setTimeout(r, 10));
    expect(session.entries.map((entry) => entry.name)).toEqual([
      'a.txt',
      ...seeds.map((id) => SEED_FILES[id]),
      'z.txt',
    ]);
    expect(client.read.find((file) => file.name === SEED_FILES['003'])?.text).toBe(readSeedText('003'));
    expect(client.read.map((file) => file.name).sort()).toEqual(session.entries.map((entry) => entry.name).sort());
  });

  it('shows a zip bomb as the zip’s own error', async () => {
    const client = new RecordingClient();
    const session = new Session(client);
    session.addFiles([
      new File(
        [zipSync({ 'a.pdf': new Uint8Array(40 * 1024 * 1024) }, { level: 9 }) as Uint8Array<ArrayBuffer>],
        'bomb.zip',
      ),
    ]);
    for (let round = 0; round < 100 && !session.entries[0]?.report; round++)
      await new Promise((r) => setTimeout(r, 10));
    expect(session.entries[0]?.report?.error?.code).toBe('zip-bomb');
    expect(client.read).toEqual([]);
  });
});
