// Dropping an exported report JSON restores its documents in the session. The JSON is read and
// checked in the parse worker (the real one, in a child process here), never on the page, and a
// file over the size cap is refused before a byte of it is read.

import { describe, expect, it } from 'vitest';
import { formatReportJson } from '../../src/lib/export/report-json';
import type { DocumentReport } from '../../src/lib/model/report';
import { Session } from '../../src/lib/state/session.svelte';
import { ParseClient, type Outcome, type ParseInput } from '../../src/lib/worker/parse-client';
import { MAX_FILE_BYTES } from '../../src/parsers/budgets';
import { nodePdfAssets } from '../../src/parsers/pdf/node-assets';
import { createProcessWorker } from '../hostile/process-worker';
import { seedReport } from './real-reports';

/** The real worker, and a log of which files went to it and for what. */
class LoggingClient extends ParseClient {
  asked: string[] = [];
  constructor() {
    super(createProcessWorker, nodePdfAssets);
  }
  override parse(file: ParseInput): Promise<DocumentReport> {
    this.asked.push(`parse ${file.name}`);
    return new Promise(() => {});
  }
  override restore(file: ParseInput): Promise<Outcome> {
    this.asked.push(`restore ${file.name}`);
    return super.restore(file);
  }
}

/** Waits up to 40 s: the worker process takes seconds to start on a loaded machine. */
async function settle(session: Session, count: number): Promise<void> {
  for (
    let round = 0;
    round < 4000 && !(session.entries.length === count && session.entries.every((entry) => entry.report));
    round++
  ) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('Session restoring a report JSON', { timeout: 60_000 }, () => {
  it('adds each document of the JSON as an entry with its report, marked as restored', async () => {
    const documents = [await seedReport('002'), await seedReport('003')];
    const client = new LoggingClient();
    const session = new Session(client);
    session.addFiles([new File([formatReportJson(documents)], '导出.json')]);
    await settle(session, 2);
    expect(session.entries.map((entry) => entry.name)).toEqual(documents.map((doc) => doc.source.name));
    expect(session.entries.map((entry) => entry.report)).toEqual(documents);
    expect(session.entries.every((entry) => entry.restoredFrom === '导出.json' && entry.stage === 'done')).toBe(true);
    expect(client.asked).toEqual(['restore 导出.json']);
  });

  it('shows a damaged report JSON as the file’s error, in Chinese', async () => {
    const client = new LoggingClient();
    const session = new Session(client);
    session.addFiles([new File(['{"schema": "mingzhang/report@1", "documents": [{"source": 1}]}'], 'bad.txt')]);
    await settle(session, 1);
    const [entry] = session.entries;
    expect(entry?.report?.error?.code).toBe('corrupt-file');
    expect(entry?.report?.error?.message).toContain('第 1 份文件');
    expect(entry?.restoredFrom).toBeNull();
    expect(client.asked).toEqual(['restore bad.txt']);
  });

  it('still sends other files, JSON or not, to be parsed', async () => {
    const client = new LoggingClient();
    const session = new Session(client);
    session.addFiles([new File(['{"name": "not a report"}'], 'other.json'), new File(['部门预算'], 'a.txt')]);
    for (let round = 0; round < 50 && client.asked.length < 2; round++)
      await new Promise((resolve) => setTimeout(resolve, 10));
    expect(client.asked).toEqual(['parse other.json', 'parse a.txt']);
  });

  it('refuses a file over the size cap before reading it, a report JSON as much as a document', async () => {
    const client = new LoggingClient();
    const session = new Session(client);
    const read: string[] = [];
    // 78 MB, as in the report that was accepted; its bytes would be a valid report JSON.
    const huge = {
      name: '很大的导出.json',
      size: MAX_FILE_BYTES + 14 * 1024 * 1024,
      arrayBuffer: async () => {
        read.push('很大的导出.json');
        return new TextEncoder().encode(formatReportJson([await seedReport('002')])).buffer;
      },
    } as unknown as File;
    session.addFiles([huge]);
    await settle(session, 1);
    const [entry] = session.entries;
    expect(entry?.report?.error?.code).toBe('too-large');
    expect(entry?.report?.error?.message).toContain('78.0 MB');
    expect(read).toEqual([]);
    expect(client.asked).toEqual([]);
  });
});
