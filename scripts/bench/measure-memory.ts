// Bench child (node --import tsx scripts/bench/measure-memory.ts FILE): one full parse → memory as JSON.

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { inspectFile } from '../../src/lib/inspect';
import { nodePdfAssets } from '../../src/parsers/pdf/node-assets';
import { collectGarbage } from './timing';
import type { MemoryUse } from './results';

const MB = 1024 * 1024;
const path = process.argv[2];
if (!path) throw new Error('usage: node --import tsx scripts/bench/measure-memory.ts FILE');
const bytes = new Uint8Array(readFileSync(path));
const pdfAssets = nodePdfAssets();

collectGarbage();
const before = process.memoryUsage();
let peakHeap = before.heapUsed;
const sampleHeap = () => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
};
await inspectFile(basename(path), bytes, { pdfAssets, onProgress: sampleHeap });
sampleHeap();

const use: MemoryUse = {
  // maxRSS is in kilobytes.
  peakRssMb: (process.resourceUsage().maxRSS * 1024) / MB,
  baseRssMb: before.rss / MB,
  heapDeltaMb: (peakHeap - before.heapUsed) / MB,
};
process.stdout.write(JSON.stringify(use));
