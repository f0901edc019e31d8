// No document text may reach the page as markup: the Svelte code has no `{@html}` and never
// assigns innerHTML/outerHTML or calls insertAdjacentHTML/document.write.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const MARKUP_SINKS = /\{@html\b|\.(?:inner|outer)HTML\s*=|insertAdjacentHTML|document\.write|createContextualFragment/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(svelte|ts)$/.test(entry.name) ? [path] : [];
  });
}

describe('markup sinks in src/', () => {
  it('there is none', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(50);
    const offenders = files
      .flatMap((path) =>
        readFileSync(path, 'utf8')
          .split('\n')
          .map((line, index) => ({ path, line, index })),
      )
      .filter(({ line }) => MARKUP_SINKS.test(line))
      .map(({ path, line, index }) => `${relative(SRC, path)}:${index + 1}: ${line.trim()}`);
    expect(offenders).toEqual([]);
  });
});
