/**
 * A ReportPlan is the whole output as data: every sheet, cell, number format, table, conditional
 * format, chart and print setting. The core decides all of it; the Excel shell and the command
 * line only render it, so a test of the plan covers both.
 *
 * Coordinates are zero-based (row 0 is Excel's row 1); ranges inside a sheet are A1 strings
 * without the sheet name ("B4:B20").
 */
import type { Language } from "../i18n";

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
export type SheetRole = "ranking" | "summary" | "problems" | "method" | "charts" | "tickets";

export interface PlanSheet {
  /** Stable identity across runs and languages: "ranking", "ranking:市直单位", "summary" … */
  key: string;
  role: SheetRole;
  name: string;
  rows: PlanRow[];
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
