// Runs the CLI as users do (`npm run inspect` → scripts/inspect.mjs → the prebuilt dist-cli/),
// building it first when its sources changed.

import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const ROOT = new URL('../../', import.meta.url).pathname;
const LAUNCHER = 'scripts/inspect.mjs';

export interface CliResult {
  stdout: string;
  stderr: string;
  code: number;
}

export async function runCli(...args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [LAUNCHER, ...args], { cwd: ROOT, maxBuffer: 1 << 28 });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

/** The CLI's stdout as the chunks it arrived in, for checking what came out before the end. */
export function runCliChunks(...args: string[]): Promise<CliResult & { chunks: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [LAUNCHER, ...args], { cwd: ROOT });
    const chunks: string[] = [];
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => chunks.push(chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout: chunks.join(''), stderr, code: code ?? -1, chunks }));
  });
}
