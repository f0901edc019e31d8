// Honest doubt on a scan: each recognised cell keeps the recogniser's confidence, and every
// finding says it may come from a misread digit (naming the cell's confidence when it is low),
// because on a scan an identity that fails is as often the reading's fault as the document's.

import type { Box, OcrRun } from '../model/document';
import type { StandardTable } from '../model/disclosure';
import type { Finding, Location } from '../model/finding';

/** Below this (0–100) a recognised cell is doubtful: the tables view marks it, findings name it. */
export const LOW_OCR_CONFIDENCE = 80;

function centreInside(run: OcrRun, box: Box): boolean {
  const [x, y] = [(run.box.x0 + run.box.x1) / 2, (run.box.y0 + run.box.y1) / 2];
  return run.box.page === box.page && x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1;
}

/** Each boxed cell's confidence: that of the least confident recognised run inside the cell's box. */
export function withCellConfidence(tables: readonly StandardTable[], runs: readonly OcrRun[]): StandardTable[] {
  const byPage = new Map<number, OcrRun[]>();
  for (const run of runs) byPage.set(run.box.page, [...(byPage.get(run.box.page) ?? []), run]);
  return tables.map((table) => ({
    ...table,
    rows: table.rows.map((row) => {
      const confidence: Record<string, number> = {};
      for (const [column, box] of Object.entries(row.boxes ?? {})) {
        const inside = (byPage.get(box.page) ?? []).filter((run) => centreInside(run, box));
        if (inside.length) confidence[column] = Math.min(...inside.map((run) => run.confidence));
      }
      return Object.keys(confidence).length ? { ...row, confidence } : row;
    }),
  }));
}

function cellConfidence(tables: readonly StandardTable[], location: Location): number | undefined {
  if (location.type !== 'cell' || location.column === null) return undefined;
  return tables[location.table]?.rows[location.row]?.confidence?.[location.column];
}

/** Findings on a recognised document, each told that it may be the reading's mistake. */
export function withOcrDoubt(findings: readonly Finding[], tables: readonly StandardTable[]): Finding[] {
  return findings.map((finding) => {
    const doubtful = [finding.location, ...finding.related]
      .map((location) => cellConfidence(tables, location))
      .filter((confidence): confidence is number => confidence !== undefined && confidence < LOW_OCR_CONFIDENCE);
    const note = doubtful.length
      ? `所涉单元格识别把握较低（置信度 ${Math.min(...doubtful)}），很可能是认错了数字`
      : finding.location.type === 'document'
        ? '这一处也可能是表名或标题没有认出来'
        : '这一处也可能来自认错的数字';
    return { ...finding, message: `${finding.message}（本文件是扫描件，由文字识别读出；${note}，请对照原页面核实。）` };
  });
}
