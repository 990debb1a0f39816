/**
 * Mistakes of a whole column, said once with the fix instead of once per row: a column mapped to a
 * count that holds 1, 2, 3 … (the 序号 column), or one that holds text where figures belong (the
 * unit names, a 备注 column). Each problem `covers` the column, so the pane folds that column's
 * row problems under it.
 */
import { problem, type Problem } from "../problems";
import type { Scheme } from "../schemes/scheme";
import { isPlausible, parseCell } from "../values/parse-cell";
import { columnLetters, rangeAddress } from "./address";
import type { CellGrid } from "./cell-grid";
import type { BlockMapping } from "./read-table";
import { formatAt, valueAt, type RowList } from "./source-row";

const FIGURE_KINDS = new Set(["count", "rate", "value"]);
/** Fewer rows than this prove nothing about a column. */
const MIN_ROWS = 4;

export function columnProblems(
  grid: CellGrid,
  scheme: Scheme,
  blocks: readonly BlockMapping[],
  rows: RowList,
  columnHeaders: readonly string[],
): Problem[] {
  const problems: Problem[] = [];
  for (const [b, block] of blocks.entries()) {
    // The block's rows by index (no filtered copy of 10^6 rows, no row objects: #21).
    let first = -1;
    let last = -1;
    let count = 0;
    for (let i = 0; i < rows.length; i++)
      if (rows.block(i) === b) {
        if (first < 0) first = i;
        last = i;
        count++;
      }
    if (first < 0 || count < MIN_ROWS) continue;
    for (const field of scheme.fields) {
      const c = block.columns[field.id];
      if (c === undefined || !FIGURE_KINDS.has(field.kind)) continue;
      // One pass: whether the cells so far are 1, 2, 3 … (the serial test), how many are filled
      // and how many are text. No list of the numbers is kept.
      let serial = true;
      let seen = 0;
      let filled = 0;
      let texts = 0;
      let sample = "";
      for (let i = first; i <= last; i++) {
        if (rows.block(i) !== b) continue;
        seen++;
        // A row read from the grid holds its block's mapping: its value is at column c.
        const values = rows.values(i);
        const v = values ? values[c] : valueAt(rows, i, field.id);
        // A plain number needs no parse: it is what parseCell would make of it.
        if (typeof v === "number" && isPlausible(v)) {
          if (serial && v !== seen) serial = false;
          filled++;
          continue;
        }
        const p = parseCell(v, formatAt(rows, i, field.id));
        if (serial && !(p.kind === "number" && p.value === seen)) serial = false;
        if (p.kind === "blank") continue;
        filled++;
        if (p.kind !== "text") continue;
        if (texts === 0) sample = p.text.slice(0, 12);
        texts++;
      }
      const letter = columnLetters(grid.left + c);
      const header = columnHeaders[c] ?? "";
      const covers = rangeAddress(
        grid.sheet,
        rows.sheetRow(first),
        grid.left + c,
        rows.sheetRow(last),
        grid.left + c,
      );
      const named = header ? `${letter}列（“${header}”）` : `${letter}列`;
      const namedEn = header ? `Column ${letter} (“${header}”)` : `Column ${letter}`;
      if (serial) {
        problems.push({
          ...problem(
            "error",
            "column-looks-like-serial",
            `${named}是 1、2、3…，像是序号，不是“${field.label.zh}”。请在列映射中为“${field.label.zh}”选择正确的列。`,
            `${namedEn} holds 1, 2, 3 …: it looks like a serial number, not ${field.label.en}. Choose the right column for ${field.label.en} in the mapping.`,
            { cell: covers },
          ),
          covers,
        });
        continue;
      }
      if (filled >= MIN_ROWS && texts * 2 > filled) {
        problems.push({
          ...problem(
            "error",
            "column-of-text",
            `${named}大多是文字（如“${sample}”），不是“${field.label.zh}”的数字。请在列映射中为“${field.label.zh}”选择正确的列。`,
            `${namedEn} holds mostly text (such as “${sample}”), not the figures of ${field.label.en}. Choose the right column for ${field.label.en} in the mapping.`,
            { cell: covers },
          ),
          covers,
        });
      }
    }
  }
  return problems;
}
