/**
 * The Workbook interface faked in memory for component tests: a table to read, settings and
 * schemes kept in maps, every written plan and every goTo recorded, and failures on demand.
 */
import type { ReportPlan } from "../../src/core/report/plan";
import type { LocalText, Scheme } from "../../src/core/schemes/scheme";
import type { RunSettings } from "../../src/core/settings/run-settings";
import type { CellGrid } from "../../src/core/table/cell-grid";
import {
  WorkbookError,
  type PlanBuilder,
  type SourceTable,
  type Workbook,
  type WriteOutcome,
  type WriteProgress,
} from "../../src/excel/workbook";

export class MemoryWorkbook implements Workbook {
  source: SourceTable | undefined;
  settings = new Map<string, RunSettings>();
  schemes: Scheme[] = [];
  plans: ReportPlan[] = [];
  visited: string[] = [];
  /** Other sheets of the workbook (last period's table …), by name. */
  sheets = new Map<string, CellGrid>();
  reads = 0;
  readError: LocalText | undefined;
  writeError: LocalText | undefined;
  /** Whether this Excel can undo a report in one step (ExcelApi 1.20). */
  undoable = true;
  settingsWarnings: LocalText[] = [];
  private listeners = new Set<() => void>();
  private changeListeners = new Set<(sheetId: string) => void>();
  /** Sample sheets inserted, by language. */
  samples: ("zh" | "en")[] = [];
  /** Filters shown on a log (showOnly), in order. */
  filters: { sheet: string; column: number; values: string[] }[] = [];
  /** Rows a read reports as it goes, and how long each block takes (for the progress test). */
  readBlocks: { rows: number; total: number }[] = [];
  blockPauseMs = 0;

  constructor(source?: SourceTable) {
    this.source = source;
  }

  async readSource(
    _within?: unknown,
    reading?: { onProgress?: (rows: number, total: number) => void; signal?: AbortSignal },
  ): Promise<SourceTable> {
    this.reads++;
    await Promise.resolve();
    for (const block of this.readBlocks) {
      if (reading?.signal?.aborted)
        throw new WorkbookError({ zh: "已取消读取。", en: "Reading was cancelled." });
      await new Promise((resolve) => setTimeout(resolve, this.blockPauseMs));
      reading?.onProgress?.(block.rows, block.total);
    }
    if (reading?.signal?.aborted)
      throw new WorkbookError({ zh: "已取消读取。", en: "Reading was cancelled." });
    if (this.readError) throw new WorkbookError(this.readError);
    if (!this.source) throw new WorkbookError({ zh: "工作表是空的。", en: "The sheet is empty." });
    return this.source;
  }

  async writeReport(
    source: SourceTable,
    build: PlanBuilder,
    onProgress?: WriteProgress,
  ): Promise<WriteOutcome> {
    const plan = build({ reservedSheetNames: [source.grid.sheet], tablePrefix: "GovRank1" });
    onProgress?.("sheets", 0.5);
    await Promise.resolve();
    if (this.writeError) throw new WorkbookError(this.writeError);
    onProgress?.("charts", 1);
    this.plans.push(plan);
    return {
      sheets: plan.sheets.map((s) => s.name),
      replaced: 0,
      warnings: [],
      undoable: this.undoable,
    };
  }

  async showOnly(
    sheet: string,
    _box: { top: number; left: number; bottom: number; right: number },
    column: number,
    values: readonly string[],
  ): Promise<void> {
    this.filters.push({ sheet, column, values: [...values] });
  }

  async loadSettings(sheetId: string) {
    return { settings: this.settings.get(sheetId) ?? null, warnings: this.settingsWarnings };
  }

  async saveSettings(sheetId: string, settings: RunSettings): Promise<void> {
    this.settings.set(sheetId, settings);
  }

  async loadSchemes() {
    return { schemes: [...this.schemes], warnings: [] };
  }

  async saveScheme(scheme: Scheme): Promise<void> {
    this.schemes = [...this.schemes.filter((s) => s.id !== scheme.id), scheme];
  }

  async sheetNames(): Promise<string[]> {
    return [...(this.source ? [this.source.grid.sheet] : []), ...this.sheets.keys()];
  }

  async readSheet(name: string): Promise<CellGrid> {
    const grid = this.sheets.get(name);
    if (!grid) throw new WorkbookError({ zh: `没有工作表“${name}”。`, en: `No sheet ${name}.` });
    return grid;
  }

  async goTo(address: string): Promise<void> {
    this.visited.push(address);
  }

  async onSelectionChanged(listener: () => void): Promise<() => Promise<void>> {
    this.listeners.add(listener);
    return async () => {
      this.listeners.delete(listener);
    };
  }

  async onCellsChanged(listener: (sheetId: string) => void): Promise<() => Promise<void>> {
    this.changeListeners.add(listener);
    return async () => {
      this.changeListeners.delete(listener);
    };
  }

  async insertSample(lang: "zh" | "en"): Promise<string> {
    this.samples.push(lang);
    return lang === "zh" ? "示例" : "Sample";
  }

  /** The clerk edits cells of a sheet (the table is now `source`). */
  cellsChanged(sheetId: string, source?: SourceTable): void {
    if (source) this.source = source;
    for (const l of this.changeListeners) l(sheetId);
  }

  /** The clerk selects something else. */
  selectionChanged(source: SourceTable): void {
    this.source = source;
    for (const l of this.listeners) l();
  }
}
