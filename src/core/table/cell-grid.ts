/** A rectangle of cells as a shell read it: Office's selection or an exceljs worksheet. */
import type { CellValue } from "../values/parse-cell";

export interface MergedArea {
  /** Zero-based, relative to the grid's first cell. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface CellGrid {
  sheet: string;
  /** Zero-based sheet row and column of values[0][0]. */
  top: number;
  left: number;
  values: CellValue[][];
  /** Number formats, same shape as values where known ("0.00%" marks a fraction shown as percent). */
  numberFormats?: (string | null | undefined)[][] | undefined;
  merges?: MergedArea[] | undefined;
  /** Grid-relative rows hidden in the sheet: still read, and said of the units on them. */
  hiddenRows?: number[] | undefined;
}

/**
 * Values with every merged area filled with its top-left value. Office returns a merged title only
 * in its first cell, exceljs repeats it; after this both look the same. The input is not changed.
 */
export function valuesWithMergesFilled(grid: CellGrid): CellValue[][] {
  if (!grid.merges?.length) return grid.values;
  const filled = grid.values.map((row) => row.slice());
  for (const m of grid.merges) {
    const value = grid.values[m.top]?.[m.left];
    for (let r = m.top; r <= m.bottom; r++) {
      const row = filled[r];
      if (!row) continue;
      for (let c = m.left; c <= m.right; c++) row[c] = value;
    }
  }
  return filled;
}
