// The CLI on a batch: worker threads (--jobs), a line per file as each is read (--format ndjson),
// every file's exports (--out) and a per-file timeout that ends a stuck file but not the others.

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReportJson } from '../../src/lib/export/report-json';
import type { CrossDocumentResult } from '../../src/lib/model/finding';
import type { DocumentReport, Report } from '../../src/lib/model/report';
import { BIG_SOURCE, repeatPages } from '../../scripts/bench/big-pdf';
import { runCli, runCliChunks } from '../helpers/cli';
import { REAL_DIR, SEED_FILES, seedPath, type SeedId } from '../helpers/shared-files';

const SEEDS = (Object.keys(SEED_FILES) as SeedId[]).map(seedPath);
const TIMEOUT = 240_000;

const lines = (stdout: string) =>
  stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as DocumentReport | { crossDocument: CrossDocumentResult });
const documentsOf = (stdout: string) => lines(stdout).filter((line): line is DocumentReport => 'source' in line);

let dir: string;
/**
 * A file that takes far longer than the test's timeout to read, and is not broken: the 31 pages of
 * ../shared/real/2018年省检察院部门预算公开.pdf cycled to 1,000 (about 25–45 s of CPU to read).
 */
let slowPdf: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mingzhang-batch-'));
  slowPdf = join(dir, '一千页.pdf');
  writeFileSync(slowPdf, await repeatPages(new Uint8Array(readFileSync(BIG_SOURCE)), 1000));
}, TIMEOUT);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run inspect on a batch', () => {
  it(
    '--jobs 2 --format ndjson prints one JSON line per file, then the checks across them',
    async () => {
      const { stdout, code, stderr } = await runCli('--jobs', '2', '--format', 'ndjson', ...SEEDS, '/no/such/file.pdf');
      expect(code).toBe(2);
      expect(stderr).toContain('找不到文件');
      const all = lines(stdout);
      expect(all).toHaveLength(SEEDS.length + 2);
      expect(all.at(-1)).toHaveProperty('crossDocument.checks');
      const names = documentsOf(stdout).map((doc) => doc.source.name);
      expect(names.sort()).toEqual([...SEEDS.map((path) => basename(path)), 'file.pdf'].sort());
      expect(documentsOf(stdout).find((doc) => doc.source.name === SEED_FILES['002'])!.meta.orgName).toBe(
        '香河县医疗保障局',
      );
    },
    TIMEOUT,
  );

  it(
    '--jobs 2 --format json writes, in the order given, exactly what formatReportJson writes',
    async () => {
      const [json, ndjson] = await Promise.all([
        runCli('--jobs', '2', '--format', 'json', ...SEEDS),
        runCli('--jobs', '1', '--format', 'ndjson', ...SEEDS),
      ]);
      expect(json.code).toBe(0);
      const byName = new Map(documentsOf(ndjson.stdout).map((doc) => [doc.source.name, doc]));
      const inOrder = SEEDS.map((path) => byName.get(basename(path))!);
      expect(json.stdout).toBe(formatReportJson(inOrder));
      expect((JSON.parse(json.stdout) as Report).crossDocument).toBeDefined();
    },
    TIMEOUT,
  );

  it(
    '--out DIR writes each file’s report JSON, a CSV per table and, for a PDF with findings, the annotated PDF',
    async () => {
      const out = join(dir, 'out');
      const pdf = `${REAL_DIR}上海市普陀区财政局2024年度部门决算.pdf`;
      const { stdout, code } = await runCli('--format', 'ndjson', '--out', out, pdf, seedPath('002'));
      expect(code).toBe(0);
      expect(readdirSync(out).sort()).toEqual([basename(pdf), SEED_FILES['002'], 'summary.csv'].sort());
      // summary.csv: the page's batch overview, a line per file in command-line order.
      const summary = readFileSync(join(out, 'summary.csv'), 'utf8').split('\r\n');
      expect(summary[0]).toBe(
        '\uFEFF文件,机构,年度,预算/决算,部门/单位,表格,错误,警告,提示,完整性,读取状态,用时（秒）,说明',
      );
      const docs = documentsOf(stdout);
      const byName = new Map(docs.map((doc) => [doc.source.name, doc]));
      for (const [line, name] of [
        [summary[1]!, basename(pdf)],
        [summary[2]!, SEED_FILES['002']],
      ] as const) {
        const doc = byName.get(name)!;
        const cells = line.split(',');
        expect(cells.slice(0, 6)).toEqual([
          name,
          doc.meta.orgName,
          String(doc.meta.year),
          doc.meta.kind,
          doc.meta.scope,
          String(doc.tables.length),
        ]);
        expect(Number(cells[6]) + Number(cells[7]) + Number(cells[8])).toBe(doc.findings.length);
        expect(cells[10]).toBe('已读完');
      }
      for (const doc of docs) {
        const files = readdirSync(join(out, doc.source.name));
        const csv = files.filter((name) => name.endsWith('.csv'));
        expect(csv).toHaveLength(doc.tables.length);
        const first = readFileSync(join(out, doc.source.name, csv.sort()[0]!), 'utf8');
        expect(first.startsWith('\uFEFF序号,科目编码,科目名称')).toBe(true);
        const json = files.find((name) => name.endsWith('.mingzhang.json'))!;
        const saved = JSON.parse(readFileSync(join(out, doc.source.name, json), 'utf8')) as Report;
        expect(saved.documents).toEqual([doc]);
        const annotated = files.filter((name) => name.endsWith('-标注.pdf'));
        if (doc.source.format === 'pdf') {
          expect(doc.findings.length).toBeGreaterThan(0);
          expect(annotated).toEqual(['上海市普陀区财政局2024年度部门决算-标注.pdf']);
          expect(
            readFileSync(join(out, doc.source.name, annotated[0]!))
              .subarray(0, 5)
              .toString(),
          ).toBe('%PDF-');
        } else {
          expect(annotated).toEqual([]);
        }
        expect(files).toHaveLength(csv.length + 1 + annotated.length);
      }
    },
    TIMEOUT,
  );

  it(
    'ends a file that overruns --timeout and reads the next one in a fresh worker',
    async () => {
      // One worker: the seed after the stuck file is read only if the stuck worker was replaced.
      const { chunks, stdout, stderr, code } = await runCliChunks(
        '--jobs',
        '1',
        '--timeout',
        '3',
        '--format',
        'ndjson',
        seedPath('003'),
        slowPdf,
        seedPath('002'),
      );
      expect(code).toBe(2);
      const docs = documentsOf(stdout);
      expect(docs.map((doc) => [doc.source.name, doc.error?.code ?? null])).toEqual([
        [SEED_FILES['003'], null],
        ['一千页.pdf', 'timeout'],
        [SEED_FILES['002'], null],
      ]);
      expect(docs[1]!.error!.message).toContain('读取超时：3 秒内没有读完');
      expect(stderr).toContain('一千页.pdf：读取超时');
      // The first file's line came out on its own, seconds before the stuck file's end: what had
      // arrived when its line was complete holds nothing of the next line.
      const arrived = chunks.slice(0, chunks.findIndex((chunk) => chunk.includes('\n')) + 1).join('');
      const firstLine = arrived.slice(0, arrived.indexOf('\n'));
      expect((JSON.parse(firstLine) as DocumentReport).source.name).toBe(SEED_FILES['003']);
      expect(arrived.slice(firstLine.length + 1)).not.toContain('一千页');
    },
    TIMEOUT,
  );
});
