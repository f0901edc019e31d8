// Command line: the same pipeline as the page, for batch checks.
//   npm run --silent inspect -- [--format json|text] [--password PW] FILE...
// JSON (schema mingzhang/report@1) on stdout; exit status 2 when any file could not be read.

import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { formatReportText } from './lib/export/format-text';
import { formatReportJson, toReport } from './lib/export/report-json';
import { inspectFile } from './lib/inspect';
import { failedReport, type DocumentReport } from './lib/model/report';
import { refuseFileSize } from './parsers/budgets';
import { createNodeOcrEngine } from './parsers/ocr/node-engine';
import type { OcrEngine } from './parsers/ocr/ocr-engine';
import { nodePdfAssets } from './parsers/pdf/node-assets';

const USAGE = '用法：npm run --silent inspect -- [--format json|text] [--password 密码] [--ocr] 文件...';

async function inspectPath(
  path: string,
  password: string | undefined,
  ocr: OcrEngine | undefined,
): Promise<DocumentReport> {
  let bytes: Uint8Array;
  try {
    const { size } = await stat(path);
    // Checked before reading, so that a huge file is never loaded into memory at all.
    const refusal = refuseFileSize(size);
    if (refusal) return failedReport(basename(path), size, refusal.toData());
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? `找不到文件：${path}`
        : code === 'EISDIR'
          ? `这是一个文件夹，不是文件：${path}`
          : `无法打开文件：${path}（${code ?? String(error)}）`;
    return failedReport(basename(path), 0, { code: code === 'ENOENT' ? 'file-not-found' : 'unreadable-file', message });
  }
  return inspectFile(basename(path), bytes, {
    password,
    pdfAssets: nodePdfAssets(),
    ocr: ocr ? { engine: ocr } : undefined,
  });
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'json' },
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
  if (values.format !== 'json' && values.format !== 'text') {
    process.stderr.write(`不支持的输出格式：${values.format}\n${USAGE}\n`);
    return 2;
  }
  if (positionals.length === 0) {
    process.stderr.write(`请至少给出一个文件。\n${USAGE}\n`);
    return 2;
  }

  const documents: DocumentReport[] = [];
  // Started once for all files, and only when asked: loading the model takes seconds.
  const ocr = values.ocr ? await createNodeOcrEngine() : undefined;
  try {
    for (const path of positionals) documents.push(await inspectPath(path, values.password, ocr));
  } finally {
    await ocr?.terminate();
  }
  process.stdout.write(values.format === 'json' ? formatReportJson(documents) : formatReportText(toReport(documents)));
  for (const doc of documents) {
    if (doc.error) process.stderr.write(`${doc.source.name}：${doc.error.message}\n`);
  }
  return documents.some((doc) => doc.error) ? 2 : 0;
}

// NOTE: piping into `head` closes stdout early; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
