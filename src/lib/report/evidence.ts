// Pure helpers for showing a finding's evidence: its figures in words, the cells and sentence
// ranges to highlight, the boxes to draw on PDF pages, and text cut around marks.

import { unionBox } from '../model/box';
import type { Box } from '../model/document';
import type { CellLocation, Finding, Location, TextLocation } from '../model/finding';
import type { DocumentReport } from '../model/report';

/** Where a selected finding is shown: its cell or sentence, or its page of the PDF. */
export type EvidenceTarget = 'place' | 'pdf';

/** The figure a finding is about, or one it was compared with. */
export type MarkRole = 'primary' | 'related';

/** `应为 1,234.50，实为 1,234.00，相差 0.50（万元）`, or null for a finding without amounts. */
export function describeFigures(finding: Finding): string | null {
  const parts = [
    finding.expected !== null ? `应为 ${finding.expected}` : null,
    finding.actual !== null ? `实为 ${finding.actual}` : null,
    finding.difference !== null ? `相差 ${finding.difference}` : null,
  ].filter((part): part is string => part !== null);
  if (parts.length === 0) return null;
  return `${parts.join('，')}${finding.unit ? `（${finding.unit}）` : ''}`;
}

interface Marked<T extends Location> {
  location: T;
  role: MarkRole;
}

function marked(finding: Finding | null): Array<Marked<Location>> {
  if (!finding) return [];
  return [
    { location: finding.location, role: 'primary' as const },
    ...finding.related.map((location) => ({ location, role: 'related' as const })),
  ];
}

export interface CellMark {
  row: number;
  /** Null marks the row's name (a finding about the row as a whole). */
  column: string | null;
  role: MarkRole;
}

/** The cells of table `table` a finding points at; the primary one wins where both fall. */
export function cellMarks(finding: Finding | null, table: number): CellMark[] {
  return marked(finding)
    .filter((mark): mark is Marked<CellLocation> => mark.location.type === 'cell' && mark.location.table === table)
    .map(({ location, role }) => ({ row: location.row, column: location.column, role }));
}

/** How a cell (or, with column null, the row's name) is marked, if at all. */
export function markOf(marks: readonly CellMark[], row: number, column: string | null): MarkRole | undefined {
  const hits = marks.filter((mark) => mark.row === row && mark.column === column);
  return hits.find((mark) => mark.role === 'primary')?.role ?? hits[0]?.role;
}

export interface TextMark {
  start: number;
  end: number;
  role: MarkRole;
}

export function textMarks(finding: Finding | null, paragraph: number): TextMark[] {
  return marked(finding)
    .filter(
      (mark): mark is Marked<TextLocation> => mark.location.type === 'text' && mark.location.paragraph === paragraph,
    )
    .map(({ location, role }) => ({ start: location.start, end: location.end, role }));
}

export interface TextPiece {
  text: string;
  role?: MarkRole;
}

/** A paragraph cut at its marks (sorted, overlaps clipped), for rendering with `<mark>`. */
export function splitMarks(text: string, marks: readonly TextMark[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const mark of [...marks].sort((a, b) => a.start - b.start)) {
    const start = Math.max(at, Math.min(mark.start, text.length));
    const end = Math.min(Math.max(mark.end, start), text.length);
    if (start > at) pieces.push({ text: text.slice(at, start) });
    if (end > start) pieces.push({ text: text.slice(start, end), role: mark.role });
    at = Math.max(at, end);
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}

/** Where a cell location is printed (a whole row's cells for a row finding); null without boxes. */
export function boxOf(report: DocumentReport, location: Location): Box | null {
  if (location.type !== 'cell') return null;
  const row = report.tables[location.table]?.rows[location.row];
  if (!row) return null;
  if (location.column !== null) return row.boxes?.[location.column] ?? null;
  return unionBox([row.nameBox, ...Object.values(row.boxes ?? {})]);
}

export interface PageMark {
  box: Box;
  role: MarkRole;
}

/** The boxes a finding points at on PDF pages, primary first. */
export function pageMarks(report: DocumentReport, finding: Finding | null): PageMark[] {
  return marked(finding).flatMap(({ location, role }) => {
    const box = boxOf(report, location);
    return box ? [{ box, role }] : [];
  });
}

/** The page to show for a finding: its primary box's, else the page its location names. */
export function evidencePage(report: DocumentReport, finding: Finding): number | null {
  const box = boxOf(report, finding.location);
  if (box) return box.page;
  return finding.location.type === 'document' ? null : finding.location.page;
}
