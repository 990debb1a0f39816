/**
 * How each cell style looks, decided once for both shells: the file writer and the add-in map
 * these to the file writer's and the add-in's formats. Colours are #RRGGBB.
 */
import type { CellStyle } from "./plan";

export interface CellLook {
  bold?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  horizontal?: "center" | "left" | "right";
  wrap?: boolean;
}

export const FONT_NAME = "Microsoft YaHei";

export const CELL_LOOKS: Record<CellStyle | "plain", CellLook> = {
  title: { bold: true, size: 14, horizontal: "center" },
  subtitle: { size: 10, color: "#595959" },
  header: { bold: true, fill: "#D9E1F2", horizontal: "center", wrap: true },
  label: { bold: true },
  section: { bold: true, size: 12, color: "#1F4E78" },
  note: { size: 9, color: "#7F7F7F" },
  cell: { horizontal: "left" },
  centred: { horizontal: "center" },
  figure: { horizontal: "right" },
  plain: {},
};

/** A column width in characters → points, as Excel converts them (7 px a character + 5 px). */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
