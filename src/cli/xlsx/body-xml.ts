/**
 * A ranking's body written as sheet XML from its columns (sheet-rows.ts), not cell by cell through
 * exceljs (#21). The body's cells all look like a few cells of their column — a number, a text or
 * an empty ruled cell, inside the grid or not — so exceljs writes one cell of each look (a probe)
 * and every body row is written with the style indices it gave them.
 */
import type { PlanBody } from "../../core/report/plan";
import { RowsWriter, type OwnRows } from "./sheet-rows";

/** What a body cell is, for its style. */
export type BodyCellKind = "number" | "text" | "empty";

/** A body cell's look: which of its column's styles it takes. */
export interface BodyLook {
  column: number;
  kind: BodyCellKind;
  ruled: boolean;
}

export function lookKey(look: BodyLook): string {
  return `${look.column}:${look.kind}:${look.ruled ? 1 : 0}`;
}

/** The kind of body cell i of a column. */
export function bodyCellKind(value: number | string | null): BodyCellKind {
  return value === null ? "empty" : typeof value === "number" ? "number" : "text";
}

/**
 * The body's rows, in order: a cell for every value and for every empty cell that carries a style
 * (the grid), each with the style index of its look.
 */
export function bodyRowsXml(
  body: PlanBody,
  styleOf: (column: number, kind: BodyCellKind, r: number) => number | undefined,
  rowHeights: Readonly<Record<number, number>>,
): OwnRows {
  const out = new RowsWriter();
  for (let i = 0; i < body.count; i++) {
    const r = body.top + i;
    out.startRow(r + 1, rowHeights[r]);
    for (let c = 0; c < body.columns.length; c++) {
      const v = (body.columns[c] as PlanBody["columns"][number]).value(i);
      const s = styleOf(c, bodyCellKind(v), r);
      if (v === null) {
        if (s !== undefined) out.empty(c, s);
      } else if (typeof v === "number") out.number(c, s, v);
      else out.text(c, s, v);
    }
  }
  return out.finish();
}
