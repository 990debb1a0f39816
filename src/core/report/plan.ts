/**
 * A ReportPlan is the whole output as data: every sheet, cell, number format, table, conditional
 * format, chart and print setting. The core decides all of it; the Excel shell and the command
 * line only render it, so a test of the plan covers both.
 *
 * Coordinates are zero-based (row 0 is Excel's row 1); ranges inside a sheet are A1 strings
 * without the sheet name ("B4:B20").
 */
import type { Language } from "../i18n";
import type { CodedColumn } from "../score/coded-texts";

export type PlanValue =
  /** Always written as text, even when it starts with = + - @ (a unit name is never a formula). */
  | { kind: "text"; text: string }
  | { kind: "number"; value: number }
  /** A native formula (English function names, leading "="), with the value govrank computed. */
  | { kind: "formula"; formula: string; cached: number | string | null }
  /** A link to a cell in this workbook ('Sheet 1'!F11). */
  | { kind: "link"; text: string; target: string };

/** What a writer makes of each kind of value: both writers (the add-in's and the file's) go through this. */
export interface PlanValueCases<T> {
  text(text: string): T;
  number(value: number): T;
  formula(formula: string, cached: number | string | null): T;
  link(text: string, target: string): T;
}

export function writePlanValue<T>(value: PlanValue, cases: PlanValueCases<T>): T {
  switch (value.kind) {
    case "text":
      return cases.text(value.text);
    case "number":
      return cases.number(value.value);
    case "formula":
      return cases.formula(value.formula, value.cached);
    case "link":
      return cases.link(value.text, value.target);
  }
}

/**
 * title … note: the report's text; cell, centred and figure: a ruled table's body cells, as a
 * printed ranking has them (names at the left, ranks and grades centred, figures at the right).
 */
export type CellStyle =
  "title" | "subtitle" | "header" | "label" | "section" | "note" | "cell" | "centred" | "figure";

export interface PlanCell {
  value: PlanValue;
  /** Excel number format: "0.00%", "0.0", "0", "@" for text. */
  format: string;
  style?: CellStyle | undefined;
  wrap?: boolean | undefined;
}

export type PlanRow = (PlanCell | null)[];

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface TableSpec {
  /** Workbook-unique, letters, digits and underscores (Excel's rule for table names). */
  name: string;
  /** Header row included. */
  range: string;
  style: string;
}

export type ConditionalFormat =
  | { kind: "equals"; range: string; text: string; fill: string; font: string }
  | { kind: "dataBar"; range: string; color: string };

export interface ChartSpec {
  kind: "bar" | "column";
  title: string;
  seriesName: string;
  /** Same-sheet ranges, one cell per category. */
  categories: string;
  values: string;
  valueFormat: string;
  /** Bar charts list the first category at the top (rank 1 first), as a ranking is read. */
  firstCategoryOnTop: boolean;
  /**
   * The value axis's bounds when they are not Excel's automatic 0 to a round number above the
   * largest: scores of 80–100 read on an axis from 75, not from 0 to 120.
   */
  axis?: { min: number; max: number } | undefined;
  /** Where the chart sits, in cells: top-left corner and size. */
  anchor: { row: number; column: number; rows: number; columns: number };
}

export interface PrintSetup {
  orientation: "landscape" | "portrait";
  /** Fit to one page wide, as many pages tall as needed. */
  fitToWidth: true;
  /** Rows repeated at the top of every printed page (zero-based, inclusive). */
  repeatRows?: { first: number; last: number } | undefined;
  /** Centre header text (the report title); "" for none, where the title is on the sheet. */
  header: string;
  /** What is printed, when not the whole sheet ("A1:D40"): a record kept for checking stays off paper. */
  area?: string | undefined;
}

/** tickets: what a counted log adds (its figures, its department table, the tickets behind them). */
export type SheetRole =
  "ranking" | "summary" | "analysis" | "problems" | "method" | "charts" | "tickets";

/**
 * Rows given as columns (#21): a ranking's units, one row each, made into cells only where a
 * writer asks. Each column has one number format and look; its value at a row is a number, a text
 * already fit for a cell (XML-safe, within Excel's length), or null for an empty cell — never a
 * formula or a link (a ranking with live formulas is written cell by cell).
 */
export interface PlanBody {
  /** The sheet row of the body's first row, and how many rows follow. */
  top: number;
  count: number;
  /** Left to right from column 0. */
  columns: readonly BodyColumn[];
}

export interface BodyColumn {
  /** The number format of its numbers (its texts are "@"). */
  format: string;
  style: CellStyle;
  wrap?: boolean | undefined;
  value(i: number): number | string | null;
  /**
   * Where the column is a figure column of the evaluation: `value(i)` is `values[at[i]]` when that
   * is finite, else null. Lets a reader of the whole column (its width) loop over typed arrays
   * instead of calling `value` 10^6 times.
   */
  figures?: BodyFigures | undefined;
  /**
   * Where the column is one of the evaluation's own strings (names, sections, grades): `value(i)`
   * is null where `values[at[i]]` is, else that text made fit for a cell (`cellText`: exactly as
   * wide, so a width is measured on the text itself). Lets the column's width be found from the
   * few texts that could widen it.
   */
  texts?: BodyTexts | undefined;
  /**
   * Where the column is one of the evaluation's coded texts (sections, grades): `value(i)` is the
   * text of the code at `at[i]` made fit for a cell, null for none. Its width is found from the
   * few texts, each measured once.
   */
  coded?: BodyCodedTexts | undefined;
}

export interface BodyTexts {
  values: readonly (string | null)[];
  at: Int32Array;
  /** Each value's display width, by the same index as `values`, where the producer measured them: read instead of the texts. */
  widths?: Int32Array | undefined;
}

export interface BodyCodedTexts {
  column: CodedColumn;
  at: Int32Array;
}

export interface BodyFigures {
  values: Float64Array;
  at: Int32Array;
}

/** A body's cell as a PlanCell: what the sheet would hold there, cell by cell. */
export function bodyCell(column: BodyColumn, i: number): PlanCell | null {
  const v = column.value(i);
  if (v === null) return null;
  if (typeof v === "number")
    return { value: { kind: "number", value: v }, format: column.format, style: column.style };
  return { value: { kind: "text", text: v }, format: "@", style: column.style, wrap: column.wrap };
}

/** The rows a writer reads cell by cell: all of them, or on a sheet with a body those outside it. */
export function frameRows(sheet: PlanSheet): readonly PlanRow[] {
  return sheet.body ? (sheet.frame ?? []) : sheet.rows;
}

/** A sheet row's index in the sheet's body, or undefined where the row is not the body's. */
export function bodyIndex(sheet: PlanSheet, r: number): number | undefined {
  const body = sheet.body;
  return body && r >= body.top && r < body.top + body.count ? r - body.top : undefined;
}

/** The cell at a sheet row and column, from the body where it lies there, without making rows. */
export function planCellAt(sheet: PlanSheet, r: number, c: number): PlanCell | null {
  const i = bodyIndex(sheet, r);
  if (i === undefined) return frameRows(sheet)[r]?.[c] ?? null;
  const column = sheet.body?.columns[c];
  return column ? bodyCell(column, i) : null;
}

/** Whether a sheet has a cell at a row and column, without making rows or cells. */
export function hasCellAt(sheet: PlanSheet, r: number, c: number): boolean {
  const i = bodyIndex(sheet, r);
  if (i === undefined) return !!frameRows(sheet)[r]?.[c];
  return sheet.body?.columns[c]?.value(i) != null;
}

export interface PlanSheet {
  /** Stable identity across runs and languages: "ranking", "ranking:市直单位", "summary" … */
  key: string;
  role: SheetRole;
  name: string;
  /** Every row's cells; on a sheet with a body, its body rows are made when this is first read. */
  rows: PlanRow[];
  /** Rows given as columns, for the writers that write them so. */
  body?: PlanBody | undefined;
  /** With a body: the rows outside it (the body's rows empty), so a writer need not make `rows`. */
  frame?: PlanRow[] | undefined;
  /** Column widths in characters (Excel's column width unit). */
  columnWidths: number[];
  /** Heights in points of rows whose wrapped text needs more than one line (row index → points). */
  rowHeights: Record<number, number>;
  merges: Box[];
  /** Boxes printed with a thin grid round every cell (a ranking's table: header and units). */
  rules?: Box[] | undefined;
  freeze?: { rows: number; columns: number } | undefined;
  tables: TableSpec[];
  conditionalFormats: ConditionalFormat[];
  charts: ChartSpec[];
  print: PrintSetup;
}

export interface RunStamp {
  schemeId: string;
  schemeVersion: string;
  generator: string;
  generatedAt: string;
  inputSheet: string;
  inputRange: string;
  inputHash: string;
}

export interface ReportPlan {
  lang: Language;
  title: string;
  /** The sheet the table was read from; links in the problem list point into it. */
  sourceSheet: string;
  /**
   * Whether a file writer copies the source beside the report. Not for a ticket log: its
   * department table is one of the plan's sheets, and the log (personal data) is never copied.
   */
  copySource: boolean;
  sheets: PlanSheet[];
  stamp: RunStamp;
  liveFormulas: boolean;
}
