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

/** A row as exceljs makes it: its `style` is there at run time (lib/doc/row.js), not in its types. */
export type StyledRow = ExcelJS.Row & { style: Partial<ExcelJS.Style> };

/** The style of a row or column that has none: one object for all of them (shareEmptyStyles). */
const NO_STYLE: Partial<ExcelJS.Style> = Object.freeze({});

function isEmptyStyle(style: Partial<ExcelJS.Style> | undefined): boolean {
  if (style === undefined) return false;
  for (const key in style) if (Object.hasOwn(style, key)) return false;
  return true;
}

/**
 * Every row and column without a style of its own given the one empty style object, just before
 * the workbook is written: exceljs makes each a `{}` of its own, and serialises every style
 * object it has not seen to look its index up (~1–3 µs each; 186 of them in a 100-unit report,
 * #21), where an object seen before costs a WeakMap lookup. Frozen: a row or column style set
 * after this would throw rather than style every row at once.
 */
export function shareEmptyStyles(ws: ExcelJS.Worksheet): void {
  ws.eachRow({ includeEmpty: true }, (row) => {
    const styled = row as StyledRow;
    if (isEmptyStyle(styled.style)) styled.style = NO_STYLE;
  });
  for (const column of ws.columns ?? []) if (isEmptyStyle(column.style)) column.style = NO_STYLE;
}
