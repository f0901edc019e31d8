// The browser workspace: every read document (its report and its file's bytes) kept in IndexedDB,
// so a reload shows the reports again without reading the files. Nothing leaves the browser.

import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import {
  failedReport,
  migrateReport,
  REPORT_SCHEMA,
  type DocumentReport,
  type StoredDocumentReport,
} from '../model/report';
import { refuseReportSize } from '../../parsers/budgets';

const DB_NAME = 'mingzhang-workspace';
const DB_VERSION = 1;
const STORE = 'documents';
const CHANNEL = 'mingzhang-workspace';

export interface StoredDocument {
  /** Given by IndexedDB on `add`. */
  key: number;
  /** The report's schema when stored: a report of another schema is read again, not shown. */
  schema: string;
  name: string;
  /** When the file was first read, ms since the epoch. */
  added: number;
  report: DocumentReport;
  /** The file's bytes, for page rendering and the annotated PDF. */
  bytes: Blob;
}

/** As kept: an older page may have stored an older shape of report (`migrateReport` reads it). */
type StoredRecord = Omit<StoredDocument, 'report'> & { report: StoredDocumentReport };

interface WorkspaceSchema extends DBSchema {
  documents: { key: number; value: StoredRecord };
}

/** What another tab of the page changed in the workspace, so that every tab shows the same files. */
export type WorkspaceChange = { kind: 'added' | 'updated' | 'removed'; key: number } | { kind: 'cleared' };

export interface Workspace {
  /** Every stored document of the current report schema, in the order they were added. */
  list(): Promise<StoredDocument[]>;
  add(document: Omit<StoredDocument, 'key' | 'schema'>): Promise<number>;
  /** Replaces a stored document's report (a reviewer marked a finding); its file stays as it was. */
  update(key: number, report: DocumentReport): Promise<void>;
  remove(key: number): Promise<void>;
  /** Removes everything; resolves to how many documents there were. */
  clear(): Promise<number>;
  /** How many documents are stored, by every tab of the page. */
  count(): Promise<number>;
  /** Calls `listener` with each change another tab (or window) of the page makes. */
  onChange(listener: (change: WorkspaceChange) => void): void;
}

/** A storage failure with a message for the page; the app goes on without keeping files. */
export class WorkspaceError extends Error {
  override readonly name = 'WorkspaceError';
}

/** What the user reads when the browser will not keep files (private mode, full disk, blocked). */
export function describeStorageError(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') {
    return '浏览器的存储空间已满，这个文件没有保存：关闭页面后需要重新打开。可以“清除”已保存的文件腾出空间。';
  }
  // The store is there and holds the files: another page (a newer 明账) has changed its version.
  if (name === 'VersionError' || name === VERSION_CHANGED) return VERSION_CHANGED_NOTICE;
  if (name === OPEN_BLOCKED) return OPEN_BLOCKED_NOTICE;
  return '这个浏览器不允许网页保存文件（可能是隐私/无痕模式或禁用了网站数据）：文件照常读取，但关闭页面后需要重新打开。';
}

const VERSION_CHANGED = 'WorkspaceVersionChanged';
const VERSION_CHANGED_NOTICE =
  '另一个标签页里打开了更新版本的明账，它升级了本浏览器保存文件的数据库，本页面无法再读写：已保存的文件仍在，没有丢失。请刷新本页面（或关闭旧的标签页）后继续；在此之前打开的文件照常读取，但不会保存。';
const OPEN_BLOCKED = 'WorkspaceOpenBlocked';
const OPEN_BLOCKED_NOTICE =
  '另一个标签页里打开着旧版本的明账，本页面要等它关闭才能使用保存的文件：已保存的文件仍在，没有丢失。请关闭其他明账标签页后刷新本页面；在此之前打开的文件照常读取，但不会保存。';

/** Opens the workspace lazily; every failure becomes a WorkspaceError with a Chinese message. */
export function openWorkspace(): Workspace {
  let opening: Promise<IDBPDatabase<WorkspaceSchema>> | null = null;
  // A channel does not hear its own messages: each tab hears only the others.
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  const tell = (change: WorkspaceChange) => channel?.postMessage(change);
  const db = () => {
    if (typeof indexedDB === 'undefined') return Promise.reject(new WorkspaceError(describeStorageError(null)));
    opening ??= new Promise<IDBPDatabase<WorkspaceSchema>>((resolve, reject) => {
      openDB<WorkspaceSchema>(DB_NAME, DB_VERSION, {
        upgrade(database) {
          database.createObjectStore(STORE, { keyPath: 'key', autoIncrement: true });
        },
        // An older page holds the store open: waiting would leave every call hanging, so say so.
        blocked() {
          reject(new DOMException('blocked by another page', OPEN_BLOCKED));
        },
        // Another page wants a newer version (or to delete the store): let it go at once; the
        // next call opens again, and fails with VersionError if the store was upgraded.
        blocking(_current, _wanted, event) {
          opening = null;
          (event.target as IDBDatabase).close();
        },
        terminated() {
          opening = null;
        },
      }).then(resolve, reject);
    }).catch((error: unknown) => {
      // Tried again at the next call: the other page may have gone.
      opening = null;
      throw error;
    });
    return opening;
  };
  const run = async <T>(action: (database: IDBPDatabase<WorkspaceSchema>) => Promise<T>): Promise<T> => {
    try {
      return await action(await db());
    } catch (error) {
      if (error instanceof WorkspaceError) throw error;
      throw new WorkspaceError(describeStorageError(error), { cause: error });
    }
  };
  return {
    list: () =>
      run(async (database) => {
        const all = await database.getAll(STORE);
        // A report stored by an older version of the page may lack what this one shows: drop it.
        for (const stale of all.filter((d) => d.schema !== REPORT_SCHEMA)) await database.delete(STORE, stale.key);
        return all
          .filter((d) => d.schema === REPORT_SCHEMA)
          .map((d) => {
            // Kept before the budgets existed: shown as refused rather than drawn.
            const refusal = refuseReportSize(d.report, '保存的这个文件');
            const report = refusal ? failedReport(d.name, d.bytes.size, refusal.toData()) : migrateReport(d.report);
            return { ...d, report };
          })
          .sort((a, b) => a.added - b.added || a.key - b.key);
      }),
    // The key is left out so that IndexedDB assigns it.
    add: (document) =>
      run(async (database) => {
        const key = await database.add(STORE, { ...document, schema: REPORT_SCHEMA } as StoredRecord);
        tell({ kind: 'added', key });
        return key;
      }),
    update: (key, report) =>
      run(async (database) => {
        // One transaction: two quick marks are written in the order they were made.
        const transaction = database.transaction(STORE, 'readwrite');
        const stored = await transaction.store.get(key);
        if (stored) await transaction.store.put({ ...stored, report });
        await transaction.done;
        tell({ kind: 'updated', key });
      }),
    remove: (key) =>
      run(async (database) => {
        await database.delete(STORE, key);
        tell({ kind: 'removed', key });
      }),
    clear: () =>
      run(async (database) => {
        const transaction = database.transaction(STORE, 'readwrite');
        const count = await transaction.store.count();
        await transaction.store.clear();
        await transaction.done;
        tell({ kind: 'cleared' });
        return count;
      }),
    count: () => run((database) => database.count(STORE)),
    onChange: (listener) => channel?.addEventListener('message', (event) => listener(event.data as WorkspaceChange)),
  };
}
