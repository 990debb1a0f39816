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
