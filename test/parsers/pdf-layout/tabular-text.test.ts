// Which pages have their ruling lines read: every page of the real PDFs whose drawn grid holds a
// table must be one of them, and prose pages must not (that is the time saved).

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { findRuledGrids } from '../../../src/parsers/pdf/layout/ruled-grid';
import { fillRuledGrid, insideGrid } from '../../../src/parsers/pdf/layout/ruled-table';
import { splitRuns } from '../../../src/parsers/pdf/layout/words';
import { nodePdfAssets } from '../../../src/parsers/pdf/node-assets';
import { readRules } from '../../../src/parsers/pdf/page-content';
import type { TextRun } from '../../../src/parsers/pdf/page-types';
import { readPageContent } from '../../../src/parsers/pdf/read-pdf';
import { documentParams } from '../../../src/parsers/pdf/read-pdf';
import { mayHoldTable } from '../../../src/parsers/pdf/tabular-text';

const REAL_DIR = new URL('../../../../shared/real/', import.meta.url);

interface PageVerdict {
  page: number;
  /** Ruled grids on the page that hold text, from the full operator list. */
  ruledTables: number;
  /** Whether the pipeline reads the page's ruling lines. */
  readsRules: boolean;
}

async function verdicts(file: string): Promise<PageVerdict[]> {
  const data = new Uint8Array(readFileSync(fileURLToPath(new URL(file, REAL_DIR))));
  const doc = await pdfjs.getDocument(documentParams(data, nodePdfAssets())).promise;
  try {
    const result: PageVerdict[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const content = await readPageContent(page);
      const words = splitRuns(content.runs);
      const rules = await readRules(page);
      const ruledTables = findRuledGrids(rules).filter((grid) =>
        fillRuledGrid(
          grid,
          words.filter((word) => insideGrid(grid, word)),
          number,
        ),
      ).length;
      result.push({ page: number, ruledTables, readsRules: mayHoldTable(content.runs) });
      // The pipeline's own content agrees: rules exactly when it reads them.
      expect(content.rules).toEqual(mayHoldTable(content.runs) ? rules : []);
    }
    return result;
  } finally {
    await doc.destroy();
  }
}

const run = (text: string, x: number, y: number): TextRun => ({ text, x, y, width: text.length * 10, fontSize: 10 });

describe('mayHoldTable', () => {
  it('skips prose and keeps a line split into columns', () => {
    const prose = [
      run('一、部门主要职能', 100, 100),
      run('负责全省检察工作的组织和实施。', 100, 120),
      run('第 3 页', 280, 800),
    ];
    expect(mayHoldTable(prose)).toBe(false);
    // A header row with an empty body (一张空表) still has one line split into columns.
    expect(mayHoldTable([...prose, run('项目', 100, 200), run('金额', 300, 200)])).toBe(true);
  });

  // The files with the fewest columned lines on a ruled-table page (普陀 p15 and p20 have one).
  for (const file of [
    '上海市普陀区人民政府万里街道办事处24年预算.pdf',
    '江苏省委办公厅2018年度部门预算公开表.pdf',
    '2018年省检察院部门预算公开.pdf',
  ]) {
    it(`reads the rules of every page with a ruled table in ${file}, and skips prose pages`, async () => {
      const pages = await verdicts(file);
      expect(pages.filter((page) => page.ruledTables > 0 && !page.readsRules)).toEqual([]);
      expect(pages.some((page) => page.ruledTables > 0)).toBe(true);
      // Each file opens with prose (a cover, 部门概况, 说明): those pages' operator lists are skipped.
      expect(pages[0]).toMatchObject({ ruledTables: 0, readsRules: false });
    });
  }
});
