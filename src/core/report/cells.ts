/** Small constructors for plan cells, so sheet builders read as what they write. */
import { xmlSafe } from "../text/xml-safe";
import type { CellStyle, PlanCell } from "./plan";

export { numberFormat } from "../score/format";

export const TEXT_FORMAT = "@";
export const GENERAL_FORMAT = "General";

/** Excel's limit on a cell's text. */
export const MAX_CELL_TEXT = 32_767;

/** Text fit for a cell: XML-safe, and cut visibly where longer than a cell can hold (rather than fail the whole report). */
export function cellText(value: string): string {
  const safe = xmlSafe(value);
  return safe.length > MAX_CELL_TEXT ? `${safe.slice(0, MAX_CELL_TEXT - 1)}…` : safe;
}

export function text(value: string, style?: CellStyle, wrap?: boolean): PlanCell {
  return { value: { kind: "text", text: cellText(value) }, format: TEXT_FORMAT, style, wrap };
}

export function numberCell(
  value: number | null | undefined,
  format: string,
  style?: CellStyle,
): PlanCell | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return style === undefined
    ? { value: { kind: "number", value }, format }
    : { value: { kind: "number", value }, format, style };
}

export function formula(
  expression: string,
  cached: number | string | null,
  format: string,
): PlanCell {
  // A formula in a cell formatted as text is text to Excel: formula cells never take "@".
  return {
    value: { kind: "formula", formula: expression, cached },
    format: format === TEXT_FORMAT ? GENERAL_FORMAT : format,
  };
}

export function link(display: string, target: string): PlanCell {
  return {
    value: { kind: "link", text: xmlSafe(display), target: xmlSafe(target) },
    format: TEXT_FORMAT,
  };
}

/** The text a cell shows, as far as column sizing needs it. */
export function shownText(cell: PlanCell): string {
  const v = cell.value;
  if (v.kind === "text") return v.text;
  if (v.kind === "link") return v.text;
  const n = v.kind === "number" ? v.value : v.cached;
  if (typeof n === "string") return n;
  if (n === null) return "";
  const percent = cell.format.endsWith("%");
  const decimals = /\.(0+)/.exec(cell.format)?.[1]?.length ?? 0;
  return `${(percent ? n * 100 : n).toFixed(decimals)}${percent ? "%" : ""}`;
}
