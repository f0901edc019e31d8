// Timing primitives: a collected heap before each measured run, run order rotated, medians.

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// NOTE: `npm run bench` cannot pass --expose-gc to node through tsx; turned on here, the flag
// makes `gc` available in contexts created afterwards.
setFlagsFromString('--expose-gc');
export const collectGarbage = runInNewContext('gc') as () => void;

export type Task = () => Promise<unknown>;

/** A millisecond clock: wall time, or the CPU time (user + system) of this process. */
export type Clock = () => number;
export type ClockName = 'cpu' | 'wall';

/**
 * CPU time is the default because the bench often shares its cores with other work: wall time
 * then measures the neighbours. pdf.js runs in this thread, so CPU time is the work done.
 */
export const CLOCKS: Record<ClockName, Clock> = {
  cpu: () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  },
  wall: () => performance.now(),
};

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * `runs` timed rounds, each task once per round (warm them up first); the order rotates from
 * round to round, so every task sees the same machine conditions and its share of the others'
 * garbage. The heap is collected once before the rounds, not before every run: a forced full
 * collection frees the hidden classes optimised code was specialised on, V8 throws that code away
 * ("weak objects" deoptimisations, about 300 in ten runs of one 27-page PDF), and every run then
 * measured pdf.js and the pipeline re-optimising, at two to three times the CPU of a worker
 * reading a batch.
 */
export async function alternate(
  tasks: Record<string, Task>,
  runs: number,
  clock: Clock,
): Promise<Record<string, number[]>> {
  const entries = Object.entries(tasks).map(([name, task]) => ({ name, task, times: [] as number[] }));
  collectGarbage();
  for (let round = 0; round < runs; round++) {
    for (let k = 0; k < entries.length; k++) {
      const { task, times } = entries[(round + k) % entries.length]!;
      const start = clock();
      await task();
      times.push(clock() - start);
    }
  }
  return Object.fromEntries(entries.map(({ name, times }) => [name, times]));
}
