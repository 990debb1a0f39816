/**
 * The one door to the open workbook. The task pane and the ribbon commands use this interface and
 * never touch Office themselves; `office-workbook.ts` implements it with Office.js, and component
 * tests pass a fake of it.
 */
import type { LocalText, Scheme } from "../core/schemes/scheme";
import type { CellGrid } from "../core/table/cell-grid";
import type { PlanBuilder } from "../core/run/plan-for-run";
import type { RunSettings } from "../core/settings/run-settings";

export interface SourceTable {
  grid: CellGrid;
  /** Sheet-qualified address of what was read ('Sheet1'!A1:M92). */
  address: string;
  /** The sheet's stable id, the key for saved settings and for the output it produced. */
  sheetId: string;
  /**
   * How the range was found: the selection itself, the table around the cell, its region, or —
   * when a report sheet is active — the table that report was made from.
   */
  foundBy: "selection" | "table" | "region" | "report" | "kept";
  /** What could not be read as asked (e.g. merged cells on an older Excel), said to the clerk. */
  notes: LocalText[];
  /**
   * The active cell (zero-based sheet row and column) when it is on the table's own sheet: the
   * pane's 当前单位 is the unit of its row. Absent on a report sheet.
   */
  cursor?: { row: number; column: number } | undefined;
}

export type { PlanBuilder } from "../core/run/plan-for-run";

/** The table the pane is working on, so a click inside it keeps it (see read-source.ts). */
export type SourceHint = Pick<SourceTable, "sheetId" | "address">;

export interface WriteOutcome {
  sheets: string[];
  /** Output sheets of an earlier run for this source that this run replaced. */
  replaced: number;
  warnings: LocalText[];
  /** Whether one Ctrl+Z removes the report (Excel supports one undo group for a run). */
  undoable: boolean;
}

/** How far the writing is: which part, and the share of operations sent. */
export type WriteProgress = (stage: "sheets" | "charts", fraction: number) => void;

/** Watching a long read (a ticket log of 100 000 rows takes several blocks) and stopping it. */
export interface ReadWatch {
  onProgress?: ((rows: number, total: number) => void) | undefined;
  signal?: AbortSignal | undefined;
}

export interface LoadedSettings {
  settings: RunSettings | null;
  warnings: LocalText[];
}

export interface Workbook {
  /**
   * The selected table (or the table or region around a single selected cell); with `within`, a
   * cell, row or column selected inside that table means that table again.
   */
  readSource(within?: SourceHint, reading?: ReadWatch): Promise<SourceTable>;
  /** Writes the report for a source sheet: all of it, replacing that source's previous output, or nothing. */
  writeReport(
    source: SourceTable,
    build: PlanBuilder,
    onProgress?: WriteProgress,
  ): Promise<WriteOutcome>;
  loadSettings(sheetId: string): Promise<LoadedSettings>;
  saveSettings(sheetId: string, settings: RunSettings): Promise<void>;
  /** The clerk's own schemes saved in this workbook. */
  loadSchemes(): Promise<{ schemes: Scheme[]; warnings: LocalText[] }>;
  /** Saves (or replaces, by id) one of the clerk's schemes in the workbook. */
  saveScheme(scheme: Scheme): Promise<void>;
  /** Calls back when the selection changes; resolves to a function that stops listening. */
  onSelectionChanged(listener: () => void): Promise<() => Promise<void>>;
  /**
   * Calls back with the sheet's id when cells of a sheet change (the clerk typed, pasted, undid);
   * resolves to a function that stops listening.
   */
  onCellsChanged(listener: (sheetId: string) => void): Promise<() => Promise<void>>;
  /** Adds a sheet with the sample table and selects it; resolves to the sheet's name. */
  insertSample(lang: "zh" | "en"): Promise<string>;
  /** Every sheet's name, in tab order (to choose last period's sheet). */
  sheetNames(): Promise<string[]>;
  /** The cells in use on a named sheet, as a grid. */
  readSheet(name: string): Promise<CellGrid>;
  /**
   * Shows only the rows of a ticket log whose `column` (sheet-relative, zero-based) holds one of
   * `values`, with Excel's own filter on the log's range (header row first): the tickets behind a
   * unit's count. She clears it with Excel's 清除筛选; no cell is changed.
   */
  showOnly(
    sheet: string,
    box: { top: number; left: number; bottom: number; right: number },
    column: number,
    values: readonly string[],
  ): Promise<void>;
  /** Shows a cell (a problem's address) or a sheet to the clerk. */
  goTo(address: string): Promise<void>;
}

/** An error a clerk can act on, in both languages. */
export class WorkbookError extends Error {
  constructor(
    readonly text: LocalText,
    override readonly cause?: unknown,
  ) {
    super(text.zh);
    this.name = "WorkbookError";
  }
}
