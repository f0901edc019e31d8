// The workspace store's Node-testable parts: the Chinese notice for each storage failure, and a
// clear failure (not a crash) where there is no IndexedDB. The store itself runs in Chromium
// (test/e2e/workspace.test.ts).

import { describe, expect, it } from 'vitest';
import { describeStorageError, openWorkspace, WorkspaceError } from '../../src/lib/workspace/store';

describe('describeStorageError', () => {
  it('tells a full disk from a browser that will not store', () => {
    expect(describeStorageError(new DOMException('quota', 'QuotaExceededError'))).toContain('存储空间已满');
    expect(describeStorageError(new DOMException('blocked', 'SecurityError'))).toContain('隐私/无痕模式');
    expect(describeStorageError(new Error('anything'))).toContain('关闭页面后需要重新打开');
  });
});

describe('openWorkspace without IndexedDB', () => {
  it('rejects every call with a WorkspaceError carrying the Chinese notice', async () => {
    expect(typeof indexedDB).toBe('undefined');
    const workspace = openWorkspace();
    await expect(workspace.list()).rejects.toBeInstanceOf(WorkspaceError);
    await expect(workspace.clear()).rejects.toThrow('这个浏览器不允许网页保存文件');
  });
});
