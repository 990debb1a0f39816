/** A1 addresses for the fake, written independently of src/ so a shared bug cannot hide. */
import { MAX_COLUMNS, MAX_ROWS, type Box } from "./sheet-state";

export function letters(column: number): string {
  let n = column + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function columnNumber(text: string): number {
  let n = 0;
  for (const ch of text.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Excel quotes a sheet name unless it is letters, digits, underscores and dots (CJK included). */
export function quoted(sheet: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function formatBox(box: Box): string {
  const first = `${letters(box.left)}${box.top + 1}`;
  if (box.top === box.bottom && box.left === box.right) return first;
  return `${first}:${letters(box.right)}${box.bottom + 1}`;
}

export function formatAddress(sheet: string, box: Box): string {
  return `${quoted(sheet)}!${formatBox(box)}`;
}

function parseCellRef(text: string): { row?: number; column?: number } | undefined {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(text);
  if (!m || (m[1] === "" && m[2] === "")) return undefined;
  return {
    column: m[1] ? columnNumber(m[1]) : undefined,
    row: m[2] ? Number(m[2]) - 1 : undefined,
  };
}

/** "A1", "$B$2:C9", "'My sheet'!A1:B2", "3:3", "A:C" → the sheet (if named) and the box. */
export function parseAddress(address: string): { sheet?: string; box: Box } {
  let text = address.trim();
  let sheet: string | undefined;
  const bang = text.lastIndexOf("!");
  if (bang >= 0) {
    sheet = text.slice(0, bang);
    if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    text = text.slice(bang + 1);
  }
  const [a = "", b = a] = text.split(":");
  const start = parseCellRef(a);
  const end = parseCellRef(b);
  if (!start || !end) throw new Error(`InvalidArgument: the address "${address}" is not valid`);
  const box: Box = {
    top: start.row ?? 0,
    left: start.column ?? 0,
    bottom: end.row ?? MAX_ROWS - 1,
    right: end.column ?? MAX_COLUMNS - 1,
  };
  if (
    box.bottom < box.top ||
    box.right < box.left ||
    box.bottom >= MAX_ROWS ||
    box.right >= MAX_COLUMNS
  )
    throw new Error(`InvalidArgument: the address "${address}" is not valid`);
  return sheet === undefined ? { box } : { sheet, box };
}
