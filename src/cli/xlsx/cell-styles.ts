/** The plan's cell looks as exceljs styles. */
import type ExcelJS from "exceljs";
import { CELL_LOOKS, FONT_NAME } from "../../core/report/cell-look";
import type { PlanCell } from "../../core/report/plan";

const argb = (hex: string) => `FF${hex.replace(/^#/, "").toUpperCase()}`;

export function cellStyle(
  cell: PlanCell,
): Partial<Pick<ExcelJS.Cell, "font" | "fill" | "alignment">> {
  const look = CELL_LOOKS[cell.style ?? "plain"];
  const wrap = cell.wrap || look.wrap;
  const style: Partial<Pick<ExcelJS.Cell, "font" | "fill" | "alignment">> = {
    font: {
      name: FONT_NAME,
      ...(look.bold ? { bold: true } : {}),
      ...(look.size ? { size: look.size } : {}),
      ...(look.color ? { color: { argb: argb(look.color) } } : {}),
    },
  };
  if (look.fill)
    style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.fill) } };
  if (look.horizontal || wrap)
    style.alignment = {
      ...(look.horizontal ? { horizontal: look.horizontal } : {}),
      ...(wrap ? { wrapText: true, vertical: "top" as const } : {}),
    };
  return style;
}

/** A printed table's grid: thin grey rules round each cell of a ruled box. */
export const THIN_RULES: Partial<ExcelJS.Borders> = (() => {
  const thin = { style: "thin" as const, color: { argb: "FF808080" } };
  return { top: thin, left: thin, bottom: thin, right: thin };
})();

/**
 * One style object per look, number format and grid, shared by every cell that has it. exceljs
 * recognises a style object it has seen and reuses its index; a style of each cell's own is
 * serialised and looked up once per cell, most of a large report's writing time (#21). The shared
 * objects are never changed after a cell takes one.
 */
export class SharedStyles {
  private readonly made = new Map<string, Partial<ExcelJS.Style>>();

  of(cell: PlanCell, ruled: boolean): Partial<ExcelJS.Style> {
    const key = `${cell.style ?? "plain"}\u0000${cell.wrap ? 1 : 0}\u0000${ruled ? 1 : 0}\u0000${cell.format}`;
    let style = this.made.get(key);
    if (!style) {
      style = { ...cellStyle(cell) };
      if (cell.format !== "General") style.numFmt = cell.format;
      if (ruled) style.border = THIN_RULES;
      this.made.set(key, style);
    }
    return style;
  }

  emptyRuled(): Partial<ExcelJS.Style> {
    const key = "\u0000empty-ruled";
    let style = this.made.get(key);
    if (!style) this.made.set(key, (style = { border: THIN_RULES }));
    return style;
  }
}
