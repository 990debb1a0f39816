/**
 * Finding the header: the row (or pair of rows) among the first rows whose cells match the most
 * known header texts. Title rows, blank rows and merged title cells above it match nothing and so
 * are passed over; a header split over two rows ("超期办" / "理数", or "头条文章" over "阅读量") is
 * joined column by column.
 */
import { parseCell, type CellValue } from "../values/parse-cell";
import { foldHeader } from "./header-text";

export interface HeaderLocation {
  /** Grid-relative first and last header row. */
  top: number;
  bottom: number;
  /** The folded header text of every grid column ("" where none). */
  folded: string[];
  /** The header as written (joined over two rows), for messages and output. */
  written: string[];
  matches: number;
}

const SEARCH_ROWS = 30;

function textAt(values: CellValue[][], r: number, c: number): string {
  const v = values[r]?.[c];
  return typeof v === "string" ? v.trim() : "";
}

function hasNumber(values: CellValue[][], r: number): boolean {
  // CSV cells are all text, so "4195" counts as a number here too.
  return (values[r] ?? []).some((v) => parseCell(v).kind === "number");
}

/**
 * A header made of `rows` rows starting at r: per column, the first of the candidate texts that is
 * a known header, else the first candidate.
 */
function headerAt(
  values: CellValue[][],
  r: number,
  rows: 1 | 2,
  width: number,
  known: Set<string>,
): HeaderLocation {
  const folded: string[] = [];
  const written: string[] = [];
  let matches = 0;
  for (let c = 0; c < width; c++) {
    const upper = textAt(values, r, c);
    const candidates: string[] = [upper];
    if (rows === 2) {
      // Joined first ("超期办" + "理数"), then the lower half ("头条文章" over "阅读量"), then the upper.
      const lower = textAt(values, r + 1, c);
      candidates.splice(0, 1, upper === lower ? upper : upper + lower, lower, upper);
    }
    const options = candidates.map((text) => [foldHeader(text), text] as const);
    const hit = options.find(([f]) => f !== "" && known.has(f));
    const [f, w] = hit ?? options[0] ?? ["", ""];
    folded.push(f);
    written.push(w.replace(/\s+/g, ""));
    if (hit) matches++;
  }
  return { top: r, bottom: r + rows - 1, folded, written, matches };
}

/**
 * Whether the row below r only completes r's headers: each of its texts, joined to the one above,
 * is a known header ("应办理" over "数"). Such a row is part of the header even when the upper row
 * is recognised alone, so it is not read as a unit.
 */
function lowerCompletes(values: CellValue[][], r: number, width: number, known: Set<string>) {
  let joined = 0;
  for (let c = 0; c < width; c++) {
    const lower = textAt(values, r + 1, c);
    if (lower === "") continue;
    if (!known.has(foldHeader(textAt(values, r, c) + lower))) return false;
    joined++;
  }
  return joined > 0;
}

export function findHeader(values: CellValue[][], known: Set<string>): HeaderLocation | undefined {
  const width = Math.max(0, ...values.slice(0, SEARCH_ROWS + 1).map((row) => row.length));
  let best: HeaderLocation | undefined;
  for (let r = 0; r < Math.min(values.length, SEARCH_ROWS); r++) {
    const here = headerAt(values, r, 1, width, known);
    const candidates = [here];
    if (r + 1 < values.length && !hasNumber(values, r + 1) && !hasNumber(values, r)) {
      // Two rows only when joining them recognises more than either row alone: a title row above
      // the header must not be taken as its upper half.
      const joined = headerAt(values, r, 2, width, known);
      const lowerAlone = headerAt(values, r + 1, 1, width, known).matches;
      if (joined.matches > Math.max(here.matches, lowerAlone)) candidates.push(joined);
      else if (joined.matches === here.matches && lowerCompletes(values, r, width, known))
        candidates.splice(0, 1, joined);
    }
    for (const candidate of candidates) {
      if (candidate.matches >= 2 && (!best || candidate.matches > best.matches)) best = candidate;
    }
  }
  return best;
}
