// Memory of each file's full parse, each in a fresh node process (measure-memory.ts), two at a time.

import { execFile } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ROOT } from './files';
import type { MemoryUse, MemoryFailure } from './results';

const CHILD = fileURLToPath(new URL('./measure-memory.ts', import.meta.url));
const run = promisify(execFile);

async function measureOne(path: string): Promise<MemoryUse | MemoryFailure> {
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', CHILD, path], { cwd: ROOT });
    return JSON.parse(stdout) as MemoryUse;
  } catch (error) {
    const { stderr } = error as { stderr?: string };
    const detail = stderr?.split('\n').find((line) => /Error/.test(line)) ?? String(error);
    return { error: detail.trim() };
  }
}

export async function measureMemory(paths: string[]): Promise<Array<MemoryUse | MemoryFailure>> {
  const results: Array<MemoryUse | MemoryFailure> = [];
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const index = next++;
      results[index] = await measureOne(paths[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(2, availableParallelism()) }, worker));
  return results;
}
