// The batch overview and every finding as one Excel workbook (two sheets), for reviewers who work
// in Excel. The writer (write-excel-file, on fflate which we already ship) is fetched only when a
// workbook is asked for, so the page's first load does not pay for it.

import type { SheetCell } from '../summary/overview';

export interface WorkbookSheet {
  name: string;
  rows: readonly (readonly SheetCell[])[];
  /** Column widths in characters, in column order. */
  widths?: readonly number[];
}

/** XLSX bytes: text stays text (a cell is never a formula), numbers stay numbers, the header row bold and frozen. */
export async function toWorkbook(sheets: readonly WorkbookSheet[]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  return writeXlsxFile(
    sheets.map(({ name, rows, widths }) => ({
      sheet: name,
      stickyRowsCount: 1,
      columns: widths?.map((width) => ({ width })),
      data: rows.map((row, index) =>
        row.map((cell) =>
          cell === null
            ? null
            : typeof cell === 'number'
              ? { value: cell, type: Number }
              : { value: cell, type: String, fontWeight: index === 0 ? ('bold' as const) : undefined },
        ),
      ),
    })),
  ).toBlob();
}
