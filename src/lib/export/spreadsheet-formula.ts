// Text bound for a spreadsheet (CSV files, the TSV copy) must not be read as a formula: a cell
// of a hostile document that starts with `=`, `+`, `-` or `@` (`=HYPERLINK(…)`, `@SUM(…)*cmd|…`)
// would run when the export is opened in Excel or WPS. OWASP's advice ("CSV Injection"): prefix
// such a cell with a single quote, which spreadsheets show as text and do not evaluate.

/** The characters OWASP lists as starting a formula: = + - @, tab and carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;
/**
 * A plain decimal number (the form every amount takes, `-3.00`), or a percentage of one (a
 * change rate, `-5.20%`): spreadsheets read it as a number, never as a formula.
 */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?%?$/;

/** The cell as a spreadsheet should receive it: amounts and ordinary text unchanged. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}
