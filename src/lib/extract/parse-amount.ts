// Printed amount text → its decimal text, exactly as printed, or null when the text is not an amount.

const AMOUNT = /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;
/** Full-width digits and point (`１２３．４５`): the same number, typed with a CJK input method. */
const FULL_WIDTH_DIGIT = /[０-９．]/g;
const ANY_DIGIT = /[0-9０-９]/;
/** A character no printed amount holds, whatever normalising does: the text is refused at once. */
const NEVER_IN_AMOUNTS = /[^\s\d０-９．,.\-−－]/;

/**
 * Reads `6,570.38`, `48993200. 00` (spaced by a page layout), `8.75　` (full-width padding),
 * `１２３．４５` (full-width digits).
 * Percentages, dashes and words are not amounts.
 */
export function parseAmount(cellText: string): string | null {
  // Most cells print an amount plainly or hold words: neither needs normalising first. NOTE: words
  // are refused at their first character no amount holds (a form's long texts often hold a digit).
  if (AMOUNT.test(cellText)) return cellText.replace(/,/g, '');
  if (NEVER_IN_AMOUNTS.test(cellText) || !ANY_DIGIT.test(cellText)) return null;
  const compact = cellText
    .replace(/[\s\u3000]+/g, '')
    .replace(FULL_WIDTH_DIGIT, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/^[−－]/, '-');
  if (!AMOUNT.test(compact)) return null;
  return compact.replace(/,/g, '');
}
