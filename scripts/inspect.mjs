// `npm run inspect`: runs the prebuilt CLI (dist-cli/inspect.mjs, see vite.cli.config.ts), building
// it first when it is missing or older than its sources, so that a fresh checkout and an edited
// tree both work and no TypeScript compiler runs when it is up to date.

import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'dist-cli');
const entry = join(outDir, 'inspect.mjs');
const inputs = [join(root, 'src'), join(root, 'vite.cli.config.ts'), join(root, 'package-lock.json')];

function newestChange(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** Built in a folder of its own, then swapped in: two runs building at once never mix their files. */
async function buildCli() {
  const { build } = await import('vite');
  const staging = `${outDir}.${process.pid}`;
  await build({ root, configFile: join(root, 'vite.cli.config.ts'), logLevel: 'warn', build: { outDir: staging } });
  const old = `${outDir}.old.${process.pid}`;
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(staging, outDir);
  rmSync(old, { recursive: true, force: true });
}

export async function ensureCliBuilt() {
  const stale = !existsSync(entry) || statSync(entry).mtimeMs < Math.max(...inputs.map(newestChange));
  if (stale) await buildCli();
  return entry;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await import(pathToFileURL(await ensureCliBuilt()).href);
