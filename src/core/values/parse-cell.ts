/**
 * One cell, as a clerk's sheet holds it, to a number or a reason it is not one.
 *
 * Handles numbers; percent text ("99.59%", "99.59 ％") and numbers already formatted as percent;
 * full-width digits ("１２３"); thousands separators ("1,234"); 万 ("1.2万"); the 清博 truncation
 * "64W+" (640 000 ≤ x < 650 000: kept as a lower bound); blanks and the placeholders — - /; and
 * Excel error values. Errors are values: nothing here throws.
 */

/** A cell as the shells hand it to the core: Office's values and exceljs's results both fit. */
export type CellValue = string | number | boolean | null | undefined;

export type ParsedValue =
  | {
      kind: "number";
      value: number;
      /** Written as a percent (text with %, or a number in a % format): value is the fraction. */
      percent: boolean;
      /** A truncated count such as "64W+": the true value is at least `value`, below `value + step`. */
      lowerBound?: { step: number };
    }
  | { kind: "blank" }
  | { kind: "excel-error"; code: string }
  | { kind: "text"; text: string };

const EXCEL_ERRORS = new Set([
  "#N/A",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#BUSY!",
  "#FIELD!",
  "#CONNECT!",
  "#BLOCKED!",
  "#UNKNOWN!",
]);

/**
 * Whether every character is one that normalizeText keeps as it is: printable ASCII other than the
 * space, and the CJK unified ideographs U+4E00–U+9FFF. None of them has a compatibility form, and
 * none combines with another under NFKC (parse-cell.test.ts checks each against the host's NFKC).
 */
export function isFoldedAlready(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!((code > 0x20 && code < 0x7f) || (code >= 0x4e00 && code <= 0x9fff))) return false;
  }
  return true;
}

// Patterns made once (a literal inside a function is a new object each time it runs: #21).
const SPACE_RUNS = /[\s\u200b\ufeff]+/g;
const QUOTED_OR_ESCAPED = /"[^"]*"|\[[^\]]*\]|\\./g;
const DIGITS_APART = /\d \d/;
const SPACE = / /g;
const COMMA = /,/g;
const PERCENT_SUFFIX = /^(.*?)%$/;

const PLACEHOLDERS = new Set(["", "-", "—", "–", "——", "/", "－", "无", "N/A", "n/a", "NA"]);

/** NFKC folds full-width digits, ％, ，, ＋ and ideographic spaces into their ASCII forms. */
export function normalizeText(text: string): string {
  // Most texts a table holds (names, headers) are already in this form: said in one look at
  // their characters, not three new strings each (10^6 names: ~100 ms → ~20 ms, #21).
  if (isFoldedAlready(text)) return text;
  return text.normalize("NFKC").replace(SPACE_RUNS, " ").trim();
}

export function isPercentFormat(numberFormat: string | null | undefined): boolean {
  // A % outside quotes and brackets: "0.00%" is a percent format, "0.00\"%\"" is not.
  if (!numberFormat?.includes("%")) return false;
  return numberFormat.replace(QUOTED_OR_ESCAPED, "").includes("%");
}

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * No table figure comes near 10^15 (a province's tickets are tens of millions): a larger one is a
 * typing or export error, and left as text it is reported instead of overflowing a total.
 */
const LARGEST = 1e15;

/** Whether a number is one a table could hold (finite, below 10^15); else it is text to report. */
export function isPlausible(n: number): boolean {
  return Number.isFinite(n) && Math.abs(n) < LARGEST;
}

function plausible(n: number): number | undefined {
  return isPlausible(n) ? n : undefined;
}

function parseNumberText(body: string): number | undefined {
  if (PLAIN_NUMBER.test(body)) return plausible(Number(body));
  if (GROUPED_NUMBER.test(body)) return plausible(Number(body.replace(COMMA, "")));
  return undefined;
}

export function parseCell(raw: CellValue, numberFormat?: string | null): ParsedValue {
  if (raw === null || raw === undefined) return { kind: "blank" };
  if (typeof raw === "boolean") return { kind: "text", text: String(raw) };
  if (typeof raw === "number") {
    if (plausible(raw) === undefined) return { kind: "text", text: String(raw) };
    return { kind: "number", value: raw, percent: isPercentFormat(numberFormat) };
  }
  const text = normalizeText(raw);
  if (PLACEHOLDERS.has(text)) return { kind: "blank" };
  const upper = text.toUpperCase();
  if (EXCEL_ERRORS.has(upper)) return { kind: "excel-error", code: upper };

  // "10 5" is a typo to point at, not 105: digits apart are not one number.
  if (DIGITS_APART.test(text)) return { kind: "text", text };
  const compact = text.replace(SPACE, "");
  const percent = PERCENT_SUFFIX.exec(compact);
  if (percent) {
    const n = parseNumberText(percent[1] ?? "");
    if (n !== undefined) return { kind: "number", value: n / 100, percent: true };
    return { kind: "text", text };
  }
  // "64W+", "64w+", "10万+": truncated at 10 000 and marked with a plus; "1.2万": just 万.
  const tenThousands = /^(.+?)(w|W|万)(\+?)$/.exec(compact);
  if (tenThousands) {
    const n = parseNumberText(tenThousands[1] ?? "");
    if (n !== undefined && n >= 0) {
      const value = Math.round(n * 10000 * 1e6) / 1e6;
      return tenThousands[3] === "+"
        ? { kind: "number", value, percent: false, lowerBound: { step: 10000 } }
        : { kind: "number", value, percent: false };
    }
    return { kind: "text", text };
  }
  const n = parseNumberText(compact);
  if (n !== undefined) return { kind: "number", value: n, percent: isPercentFormat(numberFormat) };
  return { kind: "text", text };
}
