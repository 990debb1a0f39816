/**
 * Where a table around one selected cell ends. Excel's "current region" stops at the first blank
 * row, but clerks leave blank rows inside tables (between groups, after the first page): the rows
 * below a short gap that fill the same columns continue the table. A title row (one cell), a note
 * (注：…, one cell) or a new header row (mostly header words) ends it.
 */
import type { CellValue } from "../values/parse-cell";
import { foldHeader } from "./header-text";

/** Blank rows a table may have inside it; more and what follows is another thing. */
export const MAX_GAP_ROWS = 3;

export interface Continuation {
  /** Rows (index into `below`) the table continues to; -1 when it ends at the region. */
  lastRow: number;
  /** Indexes of `below` of the blank rows inside the table (to say so). */
  gaps: number[];
  /** Whether `below` ran out while the table still went on (read more rows and ask again). */
  open: boolean;
}

function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/**
 * How far the rows `below` a region (same columns, starting right under it) continue it. `width` is
 * the region's; `known` the folded header texts that make a row a header.
 */
export function continuation(
  below: readonly (readonly CellValue[])[],
  width: number,
  known: ReadonlySet<string>,
): Continuation {
  const needed = Math.max(2, Math.ceil(width / 2));
  let lastRow = -1;
  const gaps: number[] = [];
  let pending: number[] = [];
  for (let r = 0; r < below.length; r++) {
    const row = below[r] ?? [];
    const filled = row.slice(0, width).filter((v) => !isBlank(v));
    if (filled.length === 0) {
      pending.push(r);
      if (pending.length > MAX_GAP_ROWS) return { lastRow, gaps, open: false };
      continue;
    }
    // A header is mostly header words; a ticket row with 转办 and 不满意 among its cells is not.
    const matches = filled.filter((v) => typeof v === "string" && known.has(foldHeader(v))).length;
    const headerLike = matches >= 2 && matches * 2 >= filled.length;
    if (filled.length < needed || headerLike) return { lastRow, gaps, open: false };
    gaps.push(...pending);
    pending = [];
    lastRow = r;
  }
  return { lastRow, gaps, open: pending.length <= MAX_GAP_ROWS };
}
