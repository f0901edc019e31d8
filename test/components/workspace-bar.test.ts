// @vitest-environment jsdom
// The workspace through the Session and its bar, with an in-memory Workspace (jsdom has no
// IndexedDB; the real store is tested in Chromium by test/e2e/workspace.test.ts).

import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import WorkspaceBar from '../../src/lib/components/WorkspaceBar.svelte';
import { inspectFile } from '../../src/lib/inspect';
import { REPORT_SCHEMA, type DocumentReport } from '../../src/lib/model/report';
import { findingKeys } from '../../src/lib/model/review';
import { Session } from '../../src/lib/state/session.svelte';
import { sessionContext } from '../../src/lib/state/session-context';
import type { ParseClient } from '../../src/lib/worker/parse-client';
import { WorkspaceError, type StoredDocument, type Workspace } from '../../src/lib/workspace/store';
import { readReport } from '../helpers/reports';
import { readSeedText } from '../helpers/shared-files';

/** A Workspace kept in an array, as IndexedDB would keep it. */
function memoryWorkspace(initial: StoredDocument[] = []): Workspace & { documents: StoredDocument[] } {
  let nextKey = initial.length + 1;
  const workspace = {
    documents: [...initial],
    list: async () => [...workspace.documents],
    add: async (document: Omit<StoredDocument, 'key'>) => {
      const key = nextKey++;
      workspace.documents.push({ ...document, key, schema: REPORT_SCHEMA });
      return key;
    },
    update: async (key: number, report: DocumentReport) => {
      workspace.documents = workspace.documents.map((d) => (d.key === key ? { ...d, report } : d));
    },
    remove: async (key: number) => {
      workspace.documents = workspace.documents.filter((d) => d.key !== key);
    },
    clear: async () => {
      const count = workspace.documents.length;
      workspace.documents = [];
      return count;
    },
    count: async () => workspace.documents.length,
    onChange: () => {},
  };
  return workspace;
}

/** A parse client that answers at once with the seed-002 report named after the file. */
function instantClient(
  parse = vi.fn(async ({ name }: { name: string }) =>
    readReport({ source: { name, format: 'docx', bytes: 3, pages: null } }),
  ),
) {
  return { client: { parse } as unknown as ParseClient, parse };
}

/** jsdom's File has no arrayBuffer(): a Blob (what the workspace keeps) with the parts of a File the session reads. */
const fileOf = (name: string, bytes: number[]) =>
  Object.assign(new Blob([new Uint8Array(bytes)]), {
    name,
    arrayBuffer: async () => new Uint8Array(bytes).buffer,
  }) as unknown as File;

const stored = (key: number, name: string): StoredDocument => ({
  key,
  schema: REPORT_SCHEMA,
  name,
  added: Date.UTC(2026, 10, 23, 1, 0),
  report: readReport({ source: { name, format: 'docx', bytes: 3, pages: null } }) as DocumentReport,
  // jsdom's Blob has no arrayBuffer() either; browsers' has.
  bytes: Object.assign(new Blob([new Uint8Array([1, 2, 3])]), {
    arrayBuffer: async () => new Uint8Array([1, 2, 3]).buffer,
  }),
});

describe('Session with a workspace', () => {
  it('restores stored reports without parsing, with their bytes loadable', async () => {
    const { client, parse } = instantClient();
    const session = new Session(client, memoryWorkspace([stored(1, 'a.docx'), stored(2, 'b.docx')]));
    await waitFor(() => expect(session.entries.map((e) => e.name)).toEqual(['a.docx', 'b.docx']));
    expect(parse).not.toHaveBeenCalled();
    expect(session.entries[0]!.report?.meta.orgName).toBe('香河县医疗保障局');
    expect(session.entries[0]!.stage).toBe('done');
    const bytes = await session.entries[1]!.load(new AbortController().signal);
    expect([...new Uint8Array(bytes)]).toEqual([1, 2, 3]);
  });

  it('keeps a read file, and 移除 deletes it from storage', async () => {
    const workspace = memoryWorkspace();
    const session = new Session(instantClient().client, workspace);
    session.addFiles([fileOf('new.docx', [7, 8])]);
    await waitFor(() => expect(session.entries[0]?.stored).not.toBeNull());
    expect(workspace.documents.map((d) => [d.name, d.bytes.size])).toEqual([['new.docx', 2]]);
    session.remove(session.entries[0]!);
    expect(session.entries).toEqual([]);
    await waitFor(() => expect(workspace.documents).toEqual([]));
  });

  it('keeps files in the order they were given, though the worker pool reads the second one first', async () => {
    const workspace = memoryWorkspace();
    const answers = new Map<string, () => void>();
    const parse = vi.fn(
      ({ name }: { name: string }) =>
        new Promise<DocumentReport>((resolve) =>
          answers.set(name, () => resolve(readReport({ source: { name, format: 'docx', bytes: 2, pages: null } }))),
        ),
    );
    const session = new Session(instantClient(parse).client, workspace);
    session.addFiles([fileOf('first.docx', [1, 2]), fileOf('second.docx', [3, 4])]);
    await waitFor(() => expect(answers.size).toBe(2));
    answers.get('second.docx')!();
    await waitFor(() => expect(session.entries[1]?.report).not.toBeNull());
    // Read, but not kept before the file given first.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(workspace.documents).toEqual([]);
    answers.get('first.docx')!();
    await waitFor(() => expect(session.storedCount).toBe(2));
    expect(workspace.documents.map((d) => d.name)).toEqual(['first.docx', 'second.docx']);
  });

  it('keeps a reviewer’s mark with the stored report, so that a reload (a new session) shows it', async () => {
    // Seed 000 has two real findings (序号 20 printed twice, a wrong change total in the text).
    const report = await inspectFile('000.txt', new TextEncoder().encode(readSeedText('000')));
    const workspace = memoryWorkspace([{ ...stored(1, '000.txt'), report }]);
    const session = new Session(instantClient().client, workspace);
    await waitFor(() => expect(session.entries[0]?.stored).not.toBeNull());
    const [key] = findingKeys(report);
    session.review(session.entries[0]!, key!, { verdict: 'dismissed', note: '口径不同' });
    expect(session.entries[0]!.report?.reviews).toEqual({ [key!]: { verdict: 'dismissed', note: '口径不同' } });
    await waitFor(() => expect(workspace.documents[0]!.report.reviews).toEqual(session.entries[0]!.report?.reviews));

    const reloaded = new Session(instantClient().client, workspace);
    await waitFor(() => expect(reloaded.entries[0]?.report?.reviews?.[key!]?.verdict).toBe('dismissed'));
    reloaded.review(reloaded.entries[0]!, key!, null);
    await waitFor(() => expect(workspace.documents[0]!.report.reviews).toBeUndefined());
  });

  it('does not keep a file that could not be read', async () => {
    const workspace = memoryWorkspace();
    const parse = vi.fn(async () => readReport({ error: { code: 'legacy-doc', message: '旧版 Word' } }));
    const session = new Session(instantClient(parse).client, workspace);
    session.addFiles([fileOf('old.doc', [1])]);
    await waitFor(() => expect(session.entries[0]?.report?.error?.code).toBe('legacy-doc'));
    expect(workspace.documents).toEqual([]);
  });

  it('derives the readable reports and the counts of stored and still-reading files', async () => {
    const parse = vi.fn(({ name }: { name: string }) =>
      name === 'slow.docx'
        ? new Promise<DocumentReport>(() => {})
        : Promise.resolve(readReport({ error: { code: 'legacy-doc', message: '旧版 Word' } })),
    );
    const session = new Session(instantClient(parse).client, memoryWorkspace([stored(1, 'a.docx')]));
    await waitFor(() => expect(session.storedCount).toBe(1));
    session.addFiles([fileOf('slow.docx', [1]), fileOf('old.doc', [2])]);
    await waitFor(() => expect(session.entries.map((entry) => entry.report?.error?.code)).toContain('legacy-doc'));

    expect(session.readingCount).toBe(1);
    expect(session.storedCount).toBe(1);
    expect(session.readable).toEqual([{ id: session.entries[0]!.id, report: session.entries[0]!.report }]);
    expect(session.reports.map((report) => report.source.name)).toEqual(['a.docx']);
  });

  it('shows a Chinese notice and keeps working when storage fails', async () => {
    const failing = memoryWorkspace();
    failing.list = () => Promise.reject(new WorkspaceError('这个浏览器不允许网页保存文件'));
    const session = new Session(instantClient().client, failing);
    render(WorkspaceBar, { context: sessionContext(session) });
    await screen.findByRole('alert');
    expect(screen.getByRole('alert').textContent).toContain('不允许网页保存文件');
    expect(session.persistent).toBe(false);
    session.addFiles([fileOf('x.docx', [1])]);
    await waitFor(() => expect(session.entries[0]?.report).not.toBeNull());
    expect(failing.documents).toEqual([]);
  });
});

describe('WorkspaceBar', () => {
  it('says files stay in this browser, and 清除 asks first, then clears and announces the count', async () => {
    const workspace = memoryWorkspace([stored(1, 'a.docx'), stored(2, 'b.docx')]);
    const session = new Session(instantClient().client, workspace);
    render(WorkspaceBar, { context: sessionContext(session) });
    await screen.findByText(/现已保存\s*2 个文件/);
    expect(screen.getByText(/只保存在这个浏览器里/)).toBeTruthy();

    await fireEvent.click(screen.getByRole('button', { name: '清除' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '确定清除' }));
    await fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(workspace.documents).toHaveLength(2);

    await fireEvent.click(screen.getByRole('button', { name: '清除' }));
    await fireEvent.click(screen.getByRole('button', { name: '确定清除' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('已清除浏览器中保存的 2 个文件'));
    expect(workspace.documents).toEqual([]);
    expect(session.entries).toEqual([]);
    expect(screen.queryByRole('button', { name: '清除' })).toBeNull();
  });
});
