/**
 * A sheet being laid out: cells placed by row and column, merges, tables, charts. `finish()` sizes
 * the columns from what they hold and returns the PlanSheet.
 */
import { displayWidth } from "../text/display-width";
import { shownText } from "./cells";
import type {
  Box,
  ChartSpec,
  ConditionalFormat,
  PlanCell,
  PlanRow,
  PlanSheet,
  PrintSetup,
  SheetRole,
  TableSpec,
} from "./plan";

const MIN_WIDTH = 6;
const MAX_WIDTH = 48;
const WRAPPED_WIDTH = 60;

export class SheetDraft {
  readonly rows: PlanRow[] = [];
  readonly merges: Box[] = [];
  /** Boxes printed with a grid (plan.ts: PlanSheet.rules). */
  readonly rules: Box[] = [];
  readonly tables: TableSpec[] = [];
  readonly conditionalFormats: ConditionalFormat[] = [];
  readonly charts: ChartSpec[] = [];
  freeze: PlanSheet["freeze"];
  /** Columns whose width is set by hand (chart areas), by index. */
  private readonly fixedWidths = new Map<number, number>();

  constructor(
    readonly key: string,
    readonly role: SheetRole,
    readonly name: string,
  ) {}

  /** The next empty row's index. */
  get nextRow(): number {
    return this.rows.length;
  }

  set(row: number, column: number, cell: PlanCell | null): void {
    while (this.rows.length <= row) this.rows.push([]);
    const cells = this.rows[row] as PlanRow;
    while (cells.length < column) cells.push(null);
    cells[column] = cell;
  }

  /** Writes cells left to right on a new row and returns that row's index. */
  addRow(cells: readonly (PlanCell | null)[], startColumn = 0): number {
    const row = this.nextRow;
    cells.forEach((cell, i) => this.set(row, startColumn + i, cell));
    if (cells.length === 0) this.rows.push([]);
    return row;
  }

  blankRow(): void {
    this.rows.push([]);
  }

  merge(box: Box): void {
    this.merges.push(box);
  }

  fixWidth(column: number, width: number): void {
    this.fixedWidths.set(column, width);
  }

  finish(print: PrintSetup): PlanSheet {
    const widths = this.columnWidths();
    return {
      key: this.key,
      role: this.role,
      name: this.name,
      rows: this.rows,
      columnWidths: widths,
      rowHeights: this.rowHeights(widths),
      merges: this.merges,
      rules: this.rules,
      freeze: this.freeze,
      tables: this.tables,
      conditionalFormats: this.conditionalFormats,
      charts: this.charts,
      print,
    };
  }

  /**
   * Wrapped text needs its row tall enough for its lines: neither Excel nor LibreOffice grows a
   * row written by a program, so the plan says how tall (15 points a line).
   */
  private rowHeights(widths: readonly number[]): Record<number, number> {
    const heights: Record<number, number> = {};
    this.rows.forEach((row, r) => {
      let lines = 1;
      row.forEach((cell, c) => {
        if (!cell?.wrap) return;
        const width = Math.max(1, (widths[c] ?? MIN_WIDTH) - 1);
        const text = shownText(cell);
        const needed = text
          .split("\n")
          .reduce((sum, part) => sum + Math.max(1, Math.ceil(displayWidth(part) / width)), 0);
        lines = Math.max(lines, needed);
      });
      if (lines > 1) heights[r] = Math.min(409, lines * 15);
    });
    return heights;
  }

  /**
   * Each column as wide as its widest shown value. Text is measured cell by cell; a number's shown
   * width only grows with its size (and a minus sign), so per column and format only the largest
   * and the smallest number are formatted: a column of 10^6 figures costs two `toFixed` calls.
   */
  private columnWidths(): number[] {
    const mergedByRow = new Map<number, Box[]>();
    for (const m of this.merges)
      for (let r = m.top; r <= m.bottom; r++) {
        const list = mergedByRow.get(r);
        if (list) list.push(m);
        else mergedByRow.set(r, [m]);
      }
    const widths: number[] = [];
    const numbers = new Map<number, Map<string, { min: number; max: number }>>();
    const widen = (c: number, wanted: number) => {
      const w = widths[c];
      if (w === undefined || w < wanted) widths[c] = wanted;
    };
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r] as PlanRow;
      const merged = mergedByRow.get(r);
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (!cell) continue;
        if (merged?.some((m) => c >= m.left && c <= m.right)) continue;
        const n = shownNumber(cell);
        if (n === null) {
          const cap = cell.wrap ? WRAPPED_WIDTH : MAX_WIDTH;
          widen(c, Math.min(cap, displayWidth(shownText(cell)) + 2));
          continue;
        }
        let byFormat = numbers.get(c);
        if (!byFormat) numbers.set(c, (byFormat = new Map()));
        const range = byFormat.get(cell.format);
        if (!range) byFormat.set(cell.format, { min: n, max: n });
        else if (n < range.min) range.min = n;
        else if (n > range.max) range.max = n;
      }
    }
    for (const [c, byFormat] of numbers)
      for (const [format, { min, max }] of byFormat)
        for (const n of [min, max])
          widen(c, Math.min(MAX_WIDTH, displayWidth(shownText(numberShown(n, format))) + 2));
    for (const [c, w] of this.fixedWidths) widths[c] = w;
    return Array.from(widths, (w) => (w === undefined ? MIN_WIDTH : Math.max(MIN_WIDTH, w)));
  }
}

/** The number a cell shows (a number, or a formula's cached number), else null. */
function shownNumber(cell: PlanCell): number | null {
  const v = cell.value;
  if (v.kind === "number") return v.value;
  if (v.kind === "formula" && typeof v.cached === "number") return v.cached;
  return null;
}

function numberShown(value: number, format: string): PlanCell {
  return { value: { kind: "number", value }, format };
}
