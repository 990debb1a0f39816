/**
 * A sheet being laid out: cells placed by row and column, merges, tables, charts. `finish()` sizes
 * the columns from what they hold and returns the PlanSheet.
 */
import type { CodedColumn } from "../score/coded-texts";
import { displayWidth } from "../text/display-width";
import { shownText } from "./cells";
import {
  bodyCell,
  type Box,
  type ChartSpec,
  type ConditionalFormat,
  type PlanBody,
  type PlanCell,
  type PlanRow,
  type PlanSheet,
  type PrintSetup,
  type SheetRole,
  type TableSpec,
} from "./plan";
import { keepShape } from "../keep-shape";

const MIN_WIDTH = 6;
/** A body row's place in the frame (see setBody). */
const BODY_ROW: PlanRow = Object.freeze([]) as unknown as PlanRow;
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
  /** Rows given as columns (plan.ts: PlanBody); their rows stay empty in `rows`. */
  private body: PlanBody | undefined;
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

  /** Puts rows given as columns at `body.top`; the rows after them follow from `nextRow`. */
  setBody(body: PlanBody): void {
    this.body = body;
    // The body's rows in the frame are one shared empty row, frozen: nothing is placed in them.
    while (this.rows.length < body.top) this.rows.push([]);
    const end = body.top + body.count;
    if (this.rows.length < end) {
      const from = this.rows.length;
      this.rows.length = end;
      this.rows.fill(BODY_ROW, from, end);
    }
  }

  fixWidth(column: number, width: number): void {
    this.fixedWidths.set(column, width);
  }

  finish(print: PrintSetup): PlanSheet {
    const widths = this.columnWidths();
    const sheet: PlanSheet = {
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
    const body = this.body;
    if (!body) return sheet;
    // The body's rows as cells only when a reader asks for `rows` (tests, the add-in's writer).
    const frame = this.rows;
    let made: PlanRow[] | undefined;
    sheet.body = body;
    sheet.frame = frame;
    Object.defineProperty(sheet, "rows", {
      enumerable: true,
      get: () => (made ??= withBody(frame, body)),
    });
    return sheet;
  }

  /**
   * Wrapped text needs its row tall enough for its lines: neither Excel nor LibreOffice grows a
   * row written by a program, so the plan says how tall (15 points a line).
   */
  private rowHeights(widths: readonly number[]): Record<number, number> {
    const heights: Record<number, number> = {};
    // A wrapped text merged across a row's columns has their widths together to wrap in.
    const mergedAt = new Map<string, Box>();
    for (const m of this.merges) if (m.top === m.bottom) mergedAt.set(`${m.top}:${m.left}`, m);
    const spanWidth = (r: number, c: number): number => {
      const m = mergedAt.get(`${r}:${c}`);
      if (!m) return widths[c] ?? MIN_WIDTH;
      let sum = 0;
      for (let k = m.left; k <= m.right; k++) sum += widths[k] ?? MIN_WIDTH;
      return sum;
    };
    // Loops, not callbacks: the frame has a (shared, empty) row for each of the body's 10^6 units,
    // and a callback per row was an object per row (#21).
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r] as PlanRow;
      let lines = 1;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (!cell?.wrap) continue;
        const width = Math.max(1, spanWidth(r, c) - 1);
        lines = Math.max(lines, linesOf(shownText(cell), width));
      }
      if (lines > 1) heights[r] = Math.min(409, lines * 15);
    }
    const body = this.body;
    if (body)
      body.columns.forEach((column, c) => {
        if (!column.wrap) return;
        const width = Math.max(1, (widths[c] ?? MIN_WIDTH) - 1);
        for (let i = 0; i < body.count; i++) {
          const v = column.value(i);
          if (typeof v !== "string") continue;
          const lines = linesOf(v, width);
          const r = body.top + i;
          if (lines > 1) heights[r] = Math.max(heights[r] ?? 0, Math.min(409, lines * 15));
        }
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
    // A column's smallest and largest figure under each number format.
    const figures = (c: number, format: string, min: number, max: number) => {
      let byFormat = numbers.get(c);
      if (!byFormat) numbers.set(c, (byFormat = new Map()));
      const range = byFormat.get(format);
      if (!range) byFormat.set(format, { min, max });
      else {
        range.min = Math.min(range.min, min);
        range.max = Math.max(range.max, max);
      }
    };
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r] as PlanRow;
      if (row.length === 0) continue;
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
        figures(c, cell.format, n, n);
      }
    }
    const body = this.body;
    if (body) {
      // The columns share their places: whether they are a run is found once.
      const runs = new Map<Int32Array, number>();
      const firstOf = (at: Int32Array) => {
        let first = runs.get(at);
        if (first === undefined) runs.set(at, (first = firstOfRun(at, body.count)));
        return first;
      };
      body.columns.forEach((column, c) => {
        const cap = column.wrap ? WRAPPED_WIDTH : MAX_WIDTH;
        if (column.figures) {
          // A figure column: its smallest and largest finite value, read straight off its array;
          // only those two are formatted (a column's numbers share its format).
          const { values, at } = column.figures;
          const [min, max] = figureRange(values, at, firstOf(at), body.count);
          if (min <= max) figures(c, column.format, min, max);
        } else if (column.coded) {
          const { column: coded, at } = column.coded;
          widen(c, widestCoded(coded, at, body.count, cap));
        } else if (column.texts) {
          const { values, at, widths: measured } = column.texts;
          const first = firstOf(at);
          widen(
            c,
            measured
              ? Math.min(cap, widestMeasured(values, measured, at, first, body.count) + 2)
              : widestText(values, at, first, body.count, widths[c] ?? 0, cap),
          );
        } else {
          let min = Number.POSITIVE_INFINITY;
          let max = Number.NEGATIVE_INFINITY;
          for (let i = 0; i < body.count; i++) {
            const v = column.value(i);
            if (v === null) continue;
            if (typeof v === "number") {
              if (v < min) min = v;
              if (v > max) max = v;
            } else widen(c, Math.min(cap, displayWidth(v) + 2));
          }
          if (min <= max) figures(c, column.format, min, max);
        }
      });
    }
    for (const [c, byFormat] of numbers)
      for (const [format, { min, max }] of byFormat)
        for (const n of [min, max])
          widen(c, Math.min(MAX_WIDTH, displayWidth(shownText(numberShown(n, format))) + 2));
    for (const [c, w] of this.fixedWidths) widths[c] = w;
    return Array.from(widths, (w) => (w === undefined ? MIN_WIDTH : Math.max(MIN_WIDTH, w)));
  }
}

/**
 * The smallest and largest finite value at a body's places (`first` ≥ 0: the run from there, see
 * firstOfRun). Its own function, not a loop inside a callback: optimised once for every column.
 */
function figureRange(
  values: Float64Array,
  at: Int32Array,
  first: number,
  count: number,
): [number, number] {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < count; i++) {
    const v = values[first < 0 ? (at[i] as number) : first + i] as number;
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return [min, max];
}

/**
 * How wide a column of texts must be, from its width so far, up to its cap. Only a text that could
 * widen it (two columns a character at most) is measured, and as it is: its cell text (`cellText`)
 * is exactly as wide (an illegal character becomes one U+FFFD; only a text past Excel's limit is
 * cut, and that is far wider than any cap), so no cell text is made — a column of 10^6 names made
 * each one.
 */
function widestText(
  values: readonly (string | null)[],
  at: Int32Array,
  first: number,
  count: number,
  width: number,
  cap: number,
): number {
  for (let i = 0; i < count; i++) {
    const raw = values[first < 0 ? (at[i] as number) : first + i];
    if (raw === null || raw === undefined) continue;
    if (width >= cap || 2 * raw.length + 2 <= width) continue;
    width = Math.max(width, Math.min(cap, displayWidth(raw) + 2));
  }
  return width;
}

/**
 * How wide a column of coded texts must be: each code at the body's places marked, then the texts
 * of the marked codes measured once each (0 where every place has none).
 */
function widestCoded(column: CodedColumn, at: Int32Array, count: number, cap: number): number {
  const { codes, names } = column;
  const present = new Uint8Array(names.length);
  for (let i = 0; i < count; i++) {
    const code = codes[at[i] as number] as number;
    if (code >= 0) present[code] = 1;
  }
  let width = 0;
  names.forEach((name, code) => {
    if (present[code] === 1) width = Math.max(width, Math.min(cap, displayWidth(name) + 2));
  });
  return width;
}

/**
 * The widest of the texts at a body's places, from their widths measured beforehand (-2 where
 * every one is null: no width). Only the pointer to a text is read, never the text.
 */
function widestMeasured(
  values: readonly (string | null)[],
  widths: Int32Array,
  at: Int32Array,
  first: number,
  count: number,
): number {
  let widest = -2;
  for (let i = 0; i < count; i++) {
    const place = first < 0 ? (at[i] as number) : first + i;
    const w = widths[place] as number;
    if (w > widest && values[place] != null) widest = w;
  }
  return widest;
}

/**
 * The first place of a run when `at[0 … count)` are exactly the places first … first + count − 1,
 * each once, in some order; else −1. A width does not depend on the order its values are read in, and a
 * ranking's places are such a run (a group's slice of the rank order, reordered only for print):
 * read in the run's order, a column of 10^6 figures is read front to back instead of at random.
 */
export function firstOfRun(at: Int32Array, count: number): number {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < count; i++) {
    const place = at[i] as number;
    if (place < min) min = place;
    if (place > max) max = place;
  }
  if (count === 0 || max - min + 1 !== count) return -1;
  // count places between min and max: the whole run, if none repeats.
  const seen = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const k = (at[i] as number) - min;
    if (seen[k]) return -1;
    seen[k] = 1;
  }
  return min;
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

/** How many lines a wrapped text takes in a column `width` characters wide. */
function linesOf(text: string, width: number): number {
  return text
    .split("\n")
    .reduce((sum, part) => sum + Math.max(1, Math.ceil(displayWidth(part) / width)), 0);
}

/** The rows with the body's cells made and put in place. */
function withBody(frame: readonly PlanRow[], body: PlanBody): PlanRow[] {
  const rows = frame.map((row) => [...row]);
  for (let i = 0; i < body.count; i++) {
    rows[body.top + i] = body.columns.map((column) => bodyCell(column, i));
  }
  return rows;
}

// One empty instance kept, so V8 keeps this class's hidden class across runs (keep-shape.ts).
keepShape(new SheetDraft("", "ranking", ""));
