// Printed amount text → its decimal text, exactly as printed, or null when the text is not an amount.

const AMOUNT = /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

/**
 * Reads `6,570.38`, `48993200. 00` (spaced by a page layout), `8.75　` (full-width padding).
 * Percentages, dashes and words are not amounts.
 */
export function parseAmount(cellText: string): string | null {
  const compact = cellText.replace(/[\s\u3000]+/g, '').replace(/^[−－]/, '-');
  if (!AMOUNT.test(compact)) return null;
  return compact.replace(/,/g, '');
}
