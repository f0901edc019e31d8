// Dropping an exported report JSON restores its documents in the session, without the worker.

import { describe, expect, it } from 'vitest';
import { formatReportJson } from '../../src/lib/export/report-json';
import type { DocumentReport } from '../../src/lib/model/report';
import { Session } from '../../src/lib/state/session.svelte';
import { ParseClient } from '../../src/lib/worker/parse-client';
import { seedReport } from './real-reports';

/** A client that must not be asked: restoring is not parsing. */
class RefusingClient extends ParseClient {
  asked: string[] = [];
  constructor() {
    super(() => {
      throw new Error('no worker in this test');
    });
  }
  override parse(file: { name: string }): Promise<DocumentReport> {
    this.asked.push(file.name);
    return new Promise(() => {});
  }
}

async function settle(session: Session, count: number): Promise<void> {
  for (
    let round = 0;
    round < 50 && !(session.entries.length === count && session.entries.every((entry) => entry.report));
    round++
  ) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('Session restoring a report JSON', () => {
  it('adds each document of the JSON as an entry with its report, marked as restored', async () => {
    const documents = [await seedReport('002'), await seedReport('003')];
    const client = new RefusingClient();
    const session = new Session(client);
    session.addFiles([new File([formatReportJson(documents)], '导出.json')]);
    await settle(session, 2);
    expect(session.entries.map((entry) => entry.name)).toEqual(documents.map((doc) => doc.source.name));
    expect(session.entries.map((entry) => entry.report)).toEqual(documents);
    expect(session.entries.every((entry) => entry.restoredFrom === '导出.json' && entry.stage === 'done')).toBe(true);
    expect(client.asked).toEqual([]);
  });

  it('shows a damaged report JSON as the file’s error, in Chinese', async () => {
    const client = new RefusingClient();
    const session = new Session(client);
    session.addFiles([new File(['{"schema": "mingzhang/report@1", "documents": [{"source": 1}]}'], 'bad.txt')]);
    await settle(session, 1);
    const [entry] = session.entries;
    expect(entry?.report?.error?.code).toBe('corrupt-file');
    expect(entry?.report?.error?.message).toContain('第 1 份文件');
    expect(client.asked).toEqual([]);
  });

  it('still sends other files, JSON or not, to the worker', async () => {
    const client = new RefusingClient();
    const session = new Session(client);
    session.addFiles([new File(['{"name": "not a report"}'], 'other.json'), new File(['部门预算'], 'a.txt')]);
    for (let round = 0; round < 50 && client.asked.length < 2; round++)
      await new Promise((resolve) => setTimeout(resolve, 10));
    expect(client.asked).toEqual(['other.json', 'a.txt']);
  });
});
