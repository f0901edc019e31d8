// Command line: the same pipeline as the page, for batch checks, files read in parallel by worker
// threads. Built into dist-cli/ (vite.cli.config.ts) so that no TypeScript compiler runs at run time.
//   npm run --silent inspect -- [--format json|ndjson|text] [--jobs N] [--timeout 秒] [--out 目录] [--password PW] [--ocr] FILE...
// Output on stdout; exit status 2 when any file could not be read.

import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { DocumentReport } from '../lib/model/report';
import { overviewSheet, toSafeCsv, type OverviewRow } from '../lib/summary/overview';
import { OCR_TIMEOUT_MS, PARSE_TIMEOUT_MS } from '../parsers/budgets';
import { crossDocumentOf, FORMATS, isOutputFormat, OUTPUT_FRAME } from './formats';
import { outFolders } from './out-folders';
import { runPool } from './pool';

const USAGE = `用法：npm run --silent inspect -- [选项] 文件...
  --format json|ndjson|text  输出格式（默认 json；ndjson 每读完一个文件输出一行）
  --jobs N                   同时读取的文件数（默认 CPU 核数 − 1，至少 1）
  --timeout 秒               每个文件最长读取时间（默认 ${PARSE_TIMEOUT_MS / 1000}，加 --ocr 时 ${OCR_TIMEOUT_MS / 1000}），超时的文件记为错误，其余照常
  --out 目录                 每个文件一个子目录：报告 JSON、每张表的 CSV、有问题的 PDF 另存标注版；
                             另有 summary.csv（与页面“批量总览”同列，一个文件一行）
  --password 密码            带打开密码的 PDF 的密码
  --ocr                      没有文字层的 PDF（扫描件）在本机做文字识别后读取，而不是报错（每页约数秒）`;

/** The batch overview --out writes beside the files' folders. */
const SUMMARY_FILE = 'summary.csv';

/** The worker thread's file beside this one in dist-cli/ (a variable, so the bundler leaves it be). */
const WORKER_FILE = './inspect-worker.mjs';

function positiveNumber(value: string | undefined, fallback: number, integer: boolean): number | null {
  if (value === undefined) return fallback;
  const number = Number(value);
  return Number.isFinite(number) && number > 0 && (!integer || Number.isInteger(number)) ? number : null;
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'json' },
        jobs: { type: 'string' },
        timeout: { type: 'string' },
        out: { type: 'string' },
        password: { type: 'string' },
        ocr: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { format } = values;
  if (!isOutputFormat(format)) {
    process.stderr.write(`不支持的输出格式：${format}（可用：${FORMATS.join('、')}）\n${USAGE}\n`);
    return 2;
  }
  const jobs = positiveNumber(values.jobs, Math.max(1, availableParallelism() - 1), true);
  // A scan read by OCR takes seconds a page: its default limit is the page's for OCR.
  const timeout = positiveNumber(values.timeout, (values.ocr ? OCR_TIMEOUT_MS : PARSE_TIMEOUT_MS) / 1000, false);
  if (jobs === null || timeout === null) {
    process.stderr.write(`--jobs 须为正整数，--timeout 须为正数（秒）。\n${USAGE}\n`);
    return 2;
  }
  if (positionals.length === 0) {
    process.stderr.write(`请至少给出一个文件。\n${USAGE}\n`);
    return 2;
  }

  const out = values.out === undefined ? null : resolve(values.out);
  const folders = out === null ? positionals.map(() => null) : outFolders(positionals).map((name) => join(out, name));
  const frame = OUTPUT_FRAME[format];
  // json and text keep the order of the command line: a file that finishes early waits (as text)
  // for those before it, which a slow file can make many until its timeout; ndjson holds none.
  const ordered = format !== 'ndjson';
  const waiting = new Map<number, string>();
  const parts: DocumentReport[] = [];
  const rows: OverviewRow[] = [];
  let written = 0;
  let failed = false;
  const write = (output: string) => {
    process.stdout.write(`${written === 0 ? frame.head : frame.separator}${output}`);
    written++;
  };

  await runPool(
    positionals,
    {
      workerUrl: new URL(WORKER_FILE, import.meta.url),
      jobs,
      timeoutMs: timeout * 1000,
      format,
      password: values.password,
      ocr: values.ocr,
      outFolders: folders,
    },
    ({ id, output, part, row, exportError }) => {
      parts[id] = part;
      rows[id] = row;
      if (part.error) {
        failed = true;
        process.stderr.write(`${part.source.name}：${part.error.message}\n`);
      }
      if (exportError) {
        failed = true;
        process.stderr.write(`${exportError}\n`);
      }
      if (!ordered) return write(output);
      waiting.set(id, output);
      while (waiting.has(written)) {
        const next = waiting.get(written)!;
        waiting.delete(written);
        write(next);
      }
    },
  );
  process.stdout.write(frame.tail(crossDocumentOf(parts)));
  if (out !== null) {
    // The page's batch overview, a line per file in command-line order, beside the files' folders.
    const summary = join(out, SUMMARY_FILE);
    await mkdir(out, { recursive: true });
    await writeFile(summary, toSafeCsv(overviewSheet(rows))).catch((error: unknown) => {
      failed = true;
      process.stderr.write(`无法写出 ${summary}：${error instanceof Error ? error.message : String(error)}\n`);
    });
  }
  return failed ? 2 : 0;
}

// NOTE: piping into `head` closes stdout early; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
