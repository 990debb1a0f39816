/** How each plan cell style looks in the file: a bold title, shaded headers, grey notes. */
import type ExcelJS from "exceljs";
import type { PlanCell } from "../../core/report/plan";

const FONT_NAME = "Microsoft YaHei";

export function cellStyle(
  cell: PlanCell,
): Partial<Pick<ExcelJS.Cell, "font" | "fill" | "alignment">> {
  const wrap = cell.wrap ? { wrapText: true, vertical: "top" as const } : {};
  switch (cell.style) {
    case "title":
      return {
        font: { name: FONT_NAME, size: 14, bold: true },
        alignment: { horizontal: "center" },
      };
    case "subtitle":
      return { font: { name: FONT_NAME, size: 10, color: { argb: "FF595959" } } };
    case "header":
      return {
        font: { name: FONT_NAME, bold: true },
        fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } },
        alignment: { horizontal: "center", vertical: "middle", wrapText: true },
      };
    case "label":
      return { font: { name: FONT_NAME, bold: true }, alignment: wrap };
    case "section":
      return { font: { name: FONT_NAME, size: 12, bold: true, color: { argb: "FF1F4E78" } } };
    case "note":
      return { font: { name: FONT_NAME, size: 9, color: { argb: "FF7F7F7F" } }, alignment: wrap };
    default:
      return { font: { name: FONT_NAME }, alignment: wrap };
  }
}
