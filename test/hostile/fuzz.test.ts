// Seeded mutation fuzzing of the committed DOCX, PDF and XLSX fixtures through the CLI's pipeline:
// for every mutant, a report (exit 0) or a typed refusal (exit 2), its messages in Chinese without
// a library's English, within a time bound, and nothing thrown past the pipeline. The seed is
// fixed and printed; FUZZ_SEED=<n> runs another. A failure names the mutant (file, operation,
// positions), which the same seed makes again.

import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReadErrorCode } from '../../src/lib/model/read-error';
import { messageProblem } from '../helpers/messages';
import type { InspectReply, InspectRequest } from './fuzz/inspect-child';
import { seededRandom } from '../helpers/seeded-random';
import { mutantsOf, type Mutant } from './fuzz/mutants';

const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
/** Mutants per fixture, chosen so that the whole run takes about a minute on two idle cores. */
const FIXTURES: Array<[path: string, mutants: number]> = [
  ['docx/004-zhaohua-2021-final-accounts.docx', 24],
  ['docx/fullwidth-space-cells.docx', 16],
  ['docx/page-break-split-row.docx', 16],
  ['formats/merged-header.docx', 16],
  ['pdf/page-break-split-row.pdf', 24],
  ['formats/text-layer.pdf', 20],
  ['pdf/garbled-no-tounicode.pdf', 12],
  ['pdf/encrypted-owner-only.pdf', 12],
  ['formats/sheet.xlsx', 12],
];
/** A mutant still running after this long counts as a hang (generous: the machine is shared). */
const MUTANT_TIMEOUT_MS = 30_000;
const PROCESSES = 2;

/** The codes a refusal may carry; `unreadable-file` is the catch-all for a failure nobody anticipated. */
const TYPED_REFUSALS = new Set<ReadErrorCode>([
  'empty-file',
  'unknown-format',
  'legacy-doc',
  'corrupt-file',
  'too-large',
  'zip-bomb',
  'too-many-pages',
  'too-deep',
  'password-required',
  'no-text-layer',
  'garbled-text',
]);

interface Outcome {
  mutant: Mutant;
  reply?: Extract<InspectReply, { type: 'report' }>;
  uncaught: string[];
  hung?: boolean;
  ms: number;
}

const children = new Set<ChildProcess>();
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
});

/** A child process with the pipeline loaded, so that loading is not counted against a mutant. */
async function spawn(): Promise<ChildProcess> {
  const child = fork(fileURLToPath(new URL('./fuzz/inspect-child.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    serialization: 'advanced',
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  await new Promise<void>((resolve, reject) => {
    child.on('message', function ready(reply: InspectReply) {
      if (reply.type !== 'ready') return;
      child.off('message', ready);
      resolve();
    });
    child.once('exit', (code) => reject(new Error(`inspect-child exited with ${code} before it was ready`)));
  });
  return child;
}

/** Runs every mutant, `PROCESSES` at a time, each in a child process killed when it overruns. */
async function runAll(mutants: Mutant[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let next = 0;
  const lane = async () => {
    let child = await spawn();
    while (next < mutants.length) {
      const id = next++;
      const mutant = mutants[id]!;
      const started = performance.now();
      const outcome: Outcome = { mutant, uncaught: [], ms: 0 };
      let hung = false;
      await new Promise<void>((resolve) => {
        const onMessage = (reply: InspectReply) => {
          if (reply.type === 'uncaught') outcome.uncaught.push(reply.detail);
          else if (reply.type === 'report' && reply.id === id) finish(reply);
        };
        const onExit = () => finish(undefined, true);
        const timer = setTimeout(() => finish(undefined, true), MUTANT_TIMEOUT_MS);
        const finish = (reply?: Extract<InspectReply, { type: 'report' }>, ended = false) => {
          clearTimeout(timer);
          child.off('message', onMessage);
          child.off('exit', onExit);
          outcome.reply = reply;
          hung = ended;
          resolve();
        };
        child.on('message', onMessage);
        child.once('exit', onExit);
        child.send({ id, name: mutant.label.split(' ')[0]!, bytes: mutant.bytes } satisfies InspectRequest);
      });
      outcome.ms = performance.now() - started;
      outcomes[id] = outcome;
      if (hung) {
        outcome.hung = true;
        child.kill('SIGKILL');
        child = await spawn();
      }
    }
    child.kill('SIGKILL');
  };
  await Promise.all(Array.from({ length: PROCESSES }, lane));
  return outcomes;
}

function problemsOf({ reply, uncaught, hung }: Outcome): string[] {
  if (hung) return [`no answer within ${MUTANT_TIMEOUT_MS / 1000} s (or the process died)`];
  const problems = uncaught.map((detail) => `uncaught: ${detail}`);
  if (!reply) return [...problems, 'no report'];
  if (reply.error) {
    if (!TYPED_REFUSALS.has(reply.error.code as ReadErrorCode)) problems.push(`untyped refusal ${reply.error.code}`);
    const problem = messageProblem(reply.error.message);
    if (problem) problems.push(`error message ${problem}: ${reply.error.message}`);
  }
  for (const warning of reply.warnings) {
    const problem = messageProblem(warning);
    if (problem) problems.push(`warning ${problem}: ${warning}`);
  }
  return problems;
}

describe(`seeded mutation fuzzing (seed ${SEED})`, () => {
  it(
    'every mutant ends in a report or a typed Chinese refusal, in time, with nothing uncaught',
    { timeout: 300_000 },
    async () => {
      const random = seededRandom(SEED);
      const mutants = FIXTURES.flatMap(([path, count]) =>
        mutantsOf(path, readFileSync(new URL(`../fixtures/${path}`, import.meta.url)), count, random),
      );
      const started = performance.now();
      const outcomes = await runAll(mutants);
      const seconds = (performance.now() - started) / 1000;

      const tally = new Map<string, number>();
      for (const { reply, hung } of outcomes) {
        const key = hung
          ? 'hung'
          : reply?.error
            ? `exit 2 ${reply.error.code}`
            : `exit 0 (${(reply?.tables ?? 0) > 0 ? 'tables' : 'no tables'})`;
        tally.set(key, (tally.get(key) ?? 0) + 1);
      }
      const slowest = outcomes.reduce((worst, outcome) => (outcome.ms > worst.ms ? outcome : worst));
      console.log(
        [
          `fuzz seed ${SEED}: ${outcomes.length} mutants in ${seconds.toFixed(1)} s (slowest ${(slowest.ms / 1000).toFixed(1)} s: ${slowest.mutant.label})`,
          ...[...tally].sort().map(([key, count]) => `  ${key}: ${count}`),
        ].join('\n'),
      );

      const failures = outcomes.flatMap((outcome) =>
        problemsOf(outcome).map((problem) => `${outcome.mutant.label}: ${problem}`),
      );
      expect(failures, `seed ${SEED}`).toEqual([]);
      expect(outcomes).toHaveLength(mutants.length);
    },
  );
});
