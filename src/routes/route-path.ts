// The hash router's one rule: `#/path` is the page, and an empty hash is the drop page.

export function routePath(hash: string): string {
  const path = hash.replace(/^#/, '');
  return path === '' ? '/' : path;
}

/** The comparison page (跨年度 / 跨部门). */
export const COMPARE_PATH = '/compare';
