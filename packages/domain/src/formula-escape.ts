/**
 * CSV injection: a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a formula,
 * also after leading spaces or line breaks (`"\n=HYPERLINK(…)"`), and a cell that starts with a
 * tab or carriage return can hide one. Such text gets a leading apostrophe, which Excel and
 * LibreOffice show as plain text. The pattern has no `.`, so a newline inside the cell cannot
 * end the match early (papaparse's own `escapeFormulae` pattern, `^[=+\-@\t\r].*$`, fails on
 * exactly that). Numbers are never escaped: `-5` as a number stays a number.
 */
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@])/;

export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A CSV cell as it should be written: text escaped, everything else unchanged. */
export function formulaSafeCell<T>(value: T): T | string {
  return typeof value === "string" ? escapeFormula(value) : value;
}

/**
 * The inverse of `escapeFormula` for text read back from a file this platform wrote: an
 * apostrophe in front of what would otherwise be a formula is dropped, so an exported note that
 * starts with `=` or `-` imports as it was stored. Any other apostrophe stays.
 */
export function unescapeFormula(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
