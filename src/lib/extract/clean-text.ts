// Cell and label text as the tables mean it: markup, full-width spaces and stray breaks removed.

const BOLD_MARKERS = /<\/?b>|\*\*/gi;
const CJK = '[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef“”‘’]';
const BREAK_BETWEEN_CJK = new RegExp(`(?<=${CJK})\\s*\\n\\s*(?=${CJK})`, 'g');
const SPACE_BY_CJK = new RegExp(`(?<=${CJK})[\\s\\u3000]+|[\\s\\u3000]+(?=${CJK})`, 'g');

/** What cleaning does more than trimming about: bold markers and line breaks. */
const MARKUP_OR_BREAK = /[<*\n]/;

/**
 * Text of a data cell: trimmed (full-width spaces too: `trim()` takes what `\s` matches), bold
 * markers gone, line breaks joined. NOTE: most cells hold no marker and no break, and every cell is
 * cleaned several times over, so those are only trimmed.
 */
export function cleanCell(text: string): string {
  if (!MARKUP_OR_BREAK.test(text)) return text.trim();
  return text
    .replace(BOLD_MARKERS, '')
    .replace(BREAK_BETWEEN_CJK, '')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

/** A header label or a title: every kind of space removed, since CJK labels are spaced for looks (`项 目`). */
export function cleanLabel(text: string): string {
  return cleanCell(text).replace(/[\s\u3000]+/g, '');
}

/**
 * A row name: spaces a layout put next to CJK characters (`合  计`, `单价在 20 万元`) removed —
 * renderings differ on them — while spaces between Latin words stay.
 */
export function cleanName(text: string): string {
  return cleanCell(text).replace(SPACE_BY_CJK, '');
}
