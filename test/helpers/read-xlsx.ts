// Reads an XLSX the page wrote back into rows of cells, to check what a reviewer opening it in
// Excel sees: text cells (shared or inline strings), numbers, blanks, and which cells are formulas.

import { strFromU8, unzipSync } from 'fflate';

export interface ReadSheet {
  name: string;
  rows: Array<Array<string | number | null>>;
  /** Cells holding a formula (`<f>`), by reference: an export must have none. */
  formulas: string[];
}

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');

const joinText = (xml: string) => [...xml.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((m) => unescapeXml(m[1]!)).join('');

function columnIndex(reference: string): number {
  const letters = /^[A-Z]+/.exec(reference)![0];
  return [...letters].reduce((index, letter) => index * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

export function readXlsx(bytes: Uint8Array): ReadSheet[] {
  const files = unzipSync(bytes);
  const text = (path: string) => (files[path] ? strFromU8(files[path]) : '');
  const shared = [...text('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => joinText(m[1]!));
  const names = [...text('xl/workbook.xml').matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => unescapeXml(m[1]!));
  return names.map((name, index) => {
    const xml = text(`xl/worksheets/sheet${index + 1}.xml`);
    const rows: Array<Array<string | number | null>> = [];
    const formulas: string[] = [];
    for (const row of xml.matchAll(/<row\b[^>]*\br="(\d+)"[^>]*>([\s\S]*?)<\/row>/g)) {
      const cells: Array<string | number | null> = [];
      for (const cell of row[2]!.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const attributes = cell[1]!;
        const body = cell[2] ?? '';
        const reference = /\br="([A-Z]+\d+)"/.exec(attributes)![1]!;
        const type = /\bt="(\w+)"/.exec(attributes)?.[1];
        const value = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
        if (/<f[\s>]/.test(body)) formulas.push(reference);
        const column = columnIndex(reference);
        while (cells.length < column) cells.push(null);
        cells[column] =
          type === 's'
            ? shared[Number(value)]!
            : type === 'inlineStr'
              ? joinText(body)
              : type === 'str'
                ? unescapeXml(value ?? '')
                : value === undefined
                  ? null
                  : Number(value);
      }
      rows[Number(row[1]) - 1] = cells;
    }
    return { name, rows: Array.from(rows, (row) => row ?? []), formulas };
  });
}
