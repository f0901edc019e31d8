// The hash router's one rule: `#/path` is the page, and an empty hash is the drop page.

export function routePath(hash: string): string {
  const path = hash.replace(/^#/, '');
  return path === '' ? '/' : path;
}
