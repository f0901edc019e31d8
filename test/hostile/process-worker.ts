// The real parse worker in a Node child process, seen through ParseClient's `ParseWorker`: for
// tests that need the worker's own code (time limits, restoring a report JSON) without a browser.

import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import type { ParseWorker } from '../../src/lib/worker/parse-client';
import type { WorkerRequest, WorkerResponse } from '../../src/lib/worker/protocol';

export interface Spawned {
  child: ChildProcess;
  /** The signal that ended the process. */
  ended: Promise<NodeJS.Signals | null>;
}

export const spawned: Spawned[] = [];
afterEach(() => {
  for (const { child } of spawned.splice(0)) child.kill('SIGKILL');
});

/**
 * ParseClient's view of a worker, over a child process running the real parse worker (through
 * tsx, as the CLI runs). Terminating it is SIGKILL: like Worker.terminate, it stops a parse mid-loop.
 */
export function createProcessWorker(): ParseWorker {
  const child = fork(fileURLToPath(new URL('./node-parse-worker.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    serialization: 'advanced',
  });
  const ended = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
  spawned.push({ child, ended });
  const worker: ParseWorker = {
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    postMessage: (message: WorkerRequest) => void child.send(message),
    terminate: () => void child.kill('SIGKILL'),
  };
  child.on('message', (data) => worker.onmessage?.({ data } as MessageEvent<WorkerResponse>));
  return worker;
}
