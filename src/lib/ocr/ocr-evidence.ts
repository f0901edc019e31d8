// What the page shows of a scan's doubt: which cells of the tables view are marked as read with
// low confidence (and how that is said in Chinese), and the cells whose image a finding shows beside
// its figures, so that a reviewer can see at a glance whether a digit was misread.

import { describeLocation } from '../model/finding-labels';
import type { StandardTable, TableRow } from '../model/disclosure';
import type { Box } from '../model/document';
import type { CellLocation, Finding } from '../model/finding';
import type { DocumentReport } from '../model/report';
import type { MarkRole } from '../report/evidence';
import { LOW_OCR_CONFIDENCE } from './ocr-doubt';

/** A finding shows at most this many cell images: the cell it is about and the first it was compared with. */
export const MAX_FINDING_CROPS = 3;
/** Points of page around a cell's box in its image, so a digit cut by the ruling line still shows whole. */
const CROP_MARGIN = 3;

/** True for a report whose text was recognised from page images (a scan read by OCR). */
export function isRecognised(report: DocumentReport): boolean {
  return report.warnings.some((warning) => warning.code === 'pdf-ocr');
}

/** The recogniser's confidence in a cell when it is low enough to doubt; undefined otherwise. */
export function lowConfidence(row: TableRow, column: string): number | undefined {
  const confidence = row.confidence?.[column];
  return confidence !== undefined && confidence < LOW_OCR_CONFIDENCE ? confidence : undefined;
}

/** How many filled cells of the tables were read with low confidence. */
export function countLowConfidence(tables: readonly StandardTable[]): number {
  return tables
    .flatMap((table) => table.rows)
    .reduce(
      (count, row) =>
        count + Object.keys(row.cells).filter((column) => lowConfidence(row, column) !== undefined).length,
      0,
    );
}

/** The words a doubtful cell carries in its title and for screen readers. */
export const describeLowConfidence = (confidence: number): string =>
  `识别置信度 ${confidence}（低于 ${LOW_OCR_CONFIDENCE}），可能认错了数字，请对照原页面核实`;

/** The legend of the tables view on a scan: what the mark means, and how many cells carry it. */
export function describeDoubtLegend(lowCells: number): string {
  const meaning = `黄底虚线框的数字是文字识别把握较低（置信度低于 ${LOW_OCR_CONFIDENCE}）的单元格，可能认错，请对照原页面核实`;
  return lowCells > 0
    ? `本文件是扫描件，表格由本机文字识别读出。${meaning}；共 ${lowCells} 处。`
    : `本文件是扫描件，表格由本机文字识别读出。${meaning}；本文件没有这样的单元格。`;
}

/** One cell whose image a finding shows: where to cut it from the page, and what was read there. */
export interface CellCrop {
  role: MarkRole;
  /** The part of the page to show, in PDF user space: the cell's box with a small margin. */
  box: Box;
  /** The cell named as everywhere else (table · row · column, page). */
  label: string;
  /** What the recogniser read in the cell. */
  text: string;
  confidence: number | undefined;
  /** Read with low confidence: what the finding says of it; null otherwise. */
  doubt: string | null;
}

const withMargin = (box: Box): Box => ({
  page: box.page,
  x0: box.x0 - CROP_MARGIN,
  y0: box.y0 - CROP_MARGIN,
  x1: box.x1 + CROP_MARGIN,
  y1: box.y1 + CROP_MARGIN,
});

function cropOf(report: DocumentReport, location: CellLocation, role: MarkRole): CellCrop | null {
  const row = report.tables[location.table]?.rows[location.row];
  const column = location.column;
  const box = column === null ? undefined : row?.boxes?.[column];
  if (!row || column === null || !box) return null;
  const low = lowConfidence(row, column);
  return {
    role,
    box: withMargin(box),
    label: describeLocation(location),
    text: row.cells[column] ?? row.texts?.[column] ?? '',
    confidence: row.confidence?.[column],
    doubt: low === undefined ? null : describeLowConfidence(low),
  };
}

/**
 * The cells of a finding on a scan with their page images: the cell it is about, then those it was
 * compared with (each once), every low-confidence one first among these, at most MAX_FINDING_CROPS; none on a
 * document that was not recognised (its digits are the printed text, there is nothing to misread).
 */
export function findingCrops(report: DocumentReport, finding: Finding): CellCrop[] {
  if (!isRecognised(report)) return [];
  const crops = [
    { location: finding.location, role: 'primary' as const },
    ...finding.related.map((location) => ({ location, role: 'related' as const })),
  ].flatMap(({ location, role }) => (location.type === 'cell' ? [cropOf(report, location, role)] : []));
  // A cell compared with itself (as 合计 and as a part) is shown once, as the cell the finding is about.
  const cells = crops
    .filter((crop): crop is CellCrop => crop !== null)
    .filter((crop, k, all) => all.findIndex((other) => other.label === crop.label) === k);
  const related = cells.filter((crop) => crop.role === 'related');
  return [
    ...cells.filter((crop) => crop.role === 'primary'),
    ...related.filter((crop) => crop.doubt),
    ...related.filter((crop) => !crop.doubt),
  ].slice(0, MAX_FINDING_CROPS);
}

/** The low-confidence cells of a finding, named: 「所涉识别把握较低的单元格：…」, or null when none. */
export function describeDoubtfulCells(report: DocumentReport, finding: Finding): string | null {
  if (!isRecognised(report)) return null;
  const doubtful = [finding.location, ...finding.related].flatMap((location) => {
    if (location.type !== 'cell' || location.column === null) return [];
    const row = report.tables[location.table]?.rows[location.row];
    const confidence = row ? lowConfidence(row, location.column) : undefined;
    return confidence === undefined ? [] : [`${describeLocation(location)}（置信度 ${confidence}）`];
  });
  return doubtful.length ? `识别把握较低的单元格：${doubtful.join('；')}` : null;
}
