/**
 * Spreadsheets run a cell that starts with `= + - @`, a tab or a carriage return as a formula (CSV injection).
 * Such a cell is written with a leading `'`, which spreadsheets show as text, unless it is a phone number or a
 * signed whole number, alone or leading a space-separated list of lookup keys (`+15125550100 AUS`): without
 * parentheses, quotes, `|` or `!` a spreadsheet can call no function with it. A cell that already starts with
 * quotes before one of those characters gets one more, so reading strips exactly one and every exported cell
 * reads back as it was.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const ESCAPED_FORMULA_START = /^'+[=+\-@\t\r]/;
const PHONE_NUMBER_FIRST = /^[+-]\d+( [A-Za-z0-9_+.-]+)*$/;

export function escapeFormula(cell: string): string {
  return FORMULA_START.test(cell) && !PHONE_NUMBER_FIRST.test(cell) ? `'${cell}` : cell;
}

export function unescapeFormula(cell: string): string {
  return ESCAPED_FORMULA_START.test(cell) ? cell.slice(1) : cell;
}
