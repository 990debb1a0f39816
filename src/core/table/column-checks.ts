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
import { fieldFormat, fieldValue, type SourceRow } from "./source-row";

const FIGURE_KINDS = new Set(["count", "rate", "value"]);
/** Fewer rows than this prove nothing about a column. */
const MIN_ROWS = 4;

function looksLikeSerial(numbers: (number | undefined)[]): boolean {
  return numbers.length >= MIN_ROWS && numbers.every((n, i) => n === i + 1);
}

export function columnProblems(
  grid: CellGrid,
  scheme: Scheme,
  blocks: readonly BlockMapping[],
  rows: readonly SourceRow[],
  columnHeaders: readonly string[],
): Problem[] {
  const problems: Problem[] = [];
  for (const [b, block] of blocks.entries()) {
    const own = rows.filter((r) => r.block === b);
    const first = own[0];
    const last = own[own.length - 1];
    if (!first || !last || own.length < MIN_ROWS) continue;
    for (const field of scheme.fields) {
      const c = block.columns[field.id];
      if (c === undefined || !FIGURE_KINDS.has(field.kind)) continue;
      // One pass: each cell's number (for the serial test), and how many are filled and text.
      const numbers: (number | undefined)[] = [];
      let filled = 0;
      let texts = 0;
      let sample = "";
      for (const r of own) {
        const v = fieldValue(r, field.id);
        // A plain number needs no parse: it is what parseCell would make of it.
        if (typeof v === "number" && isPlausible(v)) {
          numbers.push(v);
          filled++;
          continue;
        }
        const p = parseCell(v, fieldFormat(r, field.id));
        numbers.push(p.kind === "number" ? p.value : undefined);
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
        first.sheetRow,
        grid.left + c,
        last.sheetRow,
        grid.left + c,
      );
      const named = header ? `${letter}列（“${header}”）` : `${letter}列`;
      const namedEn = header ? `Column ${letter} (“${header}”)` : `Column ${letter}`;
      if (looksLikeSerial(numbers)) {
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
