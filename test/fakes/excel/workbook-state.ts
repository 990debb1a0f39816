/** The fake workbook's state: sheets in tab order, settings, the selection, the active sheet. */
import { newSheet, sheetNameProblem, type Box, type FakeCell, type FakeSheet } from "./sheet-state";
import { FakeOfficeError } from "./request-context";
import { columnLetters } from "../../../src/core/table/address";

/** What Excel hands a WorksheetCollection.onChanged handler (the part govrank reads). */
export interface ChangedEvent {
  worksheetId: string;
  address: string;
  changeType: "RangeEdited";
  source: "Local";
  type: "WorksheetChanged";
}

export class WorkbookState {
  sheets: FakeSheet[] = [];
  settings = new Map<string, unknown>();
  activeSheetId = "";
  selection: { sheetId: string; box: Box } = {
    sheetId: "",
    box: { top: 0, left: 0, bottom: 0, right: 0 },
  };
  /** Handlers registered through worksheets.onSelectionChanged. */
  selectionListeners = new Set<(event: { worksheetId: string; address: string }) => unknown>();
  /**
   * Handlers registered through worksheets.onChanged. Excel also fires it for the add-in's own
   * writes; the fake fires it only for the clerk's edits (`edit`), and the pane ignores changes to
   * sheets it is not reading, so the difference is not one the add-in can rely on.
   */
  changeListeners = new Set<(event: ChangedEvent) => unknown>();
  /** Times the add-in asked Excel to hold calculation until the next sync. */
  calculationSuspensions = 0;
  private nextId = 1;

  addSheet(name: string): FakeSheet {
    const problem = sheetNameProblem(
      name,
      this.sheets.map((s) => s.name),
    );
    if (problem) throw new FakeOfficeError("InvalidArgument", problem);
    const sheet = newSheet(`{sheet-${this.nextId++}}`, name);
    this.sheets.push(sheet);
    if (this.activeSheetId === "") {
      this.activeSheetId = sheet.id;
      this.selection = { sheetId: sheet.id, box: { top: 0, left: 0, bottom: 0, right: 0 } };
    }
    return sheet;
  }

  /** The clerk selects a range (test helper): moves the selection and fires the event. */
  select(sheetId: string, box: Box): void {
    this.activeSheetId = sheetId;
    this.selection = { sheetId, box: { ...box } };
    for (const listener of this.selectionListeners)
      void listener({ worksheetId: sheetId, address: `R${box.top + 1}C${box.left + 1}` });
  }

  /** The clerk types into a cell (test helper): the value changes and onChanged fires. */
  edit(sheetId: string, row: number, column: number, value: string | number | null): void {
    const sheet = this.sheetById(sheetId);
    const key = `${row},${column}`;
    if (value === null) sheet.cells.delete(key);
    else sheet.cells.set(key, { ...sheet.cells.get(key), value, formula: undefined });
    const address = `${columnLetters(column)}${row + 1}`;
    for (const listener of this.changeListeners)
      void listener({
        worksheetId: sheetId,
        address,
        changeType: "RangeEdited",
        source: "Local",
        type: "WorksheetChanged",
      });
  }

  /**
   * Shows a sheet: the selection moves to it (the fake keeps one selection, at A1) and, when that
   * changes the active sheet, the selection event fires.
   */
  activate(sheetId: string): void {
    if (this.activeSheetId === sheetId) return;
    this.select(sheetId, { top: 0, left: 0, bottom: 0, right: 0 });
  }

  newId(prefix: string): string {
    return `{${prefix}-${this.nextId++}}`;
  }

  byName(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  byId(id: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  sheetByName(name: string): FakeSheet {
    const sheet = this.byName(name);
    if (!sheet) throw new FakeOfficeError("ItemNotFound", `no sheet named "${name}"`);
    return sheet;
  }

  sheetById(id: string): FakeSheet {
    const sheet = this.byId(id);
    if (!sheet) throw new FakeOfficeError("ItemNotFound", `the sheet was deleted`);
    return sheet;
  }

  rename(sheet: FakeSheet, name: string): void {
    const problem = sheetNameProblem(
      name,
      this.sheets.filter((s) => s !== sheet).map((s) => s.name),
    );
    if (problem) throw new FakeOfficeError("InvalidArgument", problem);
    sheet.name = name;
  }

  deleteSheet(sheet: FakeSheet): void {
    if (this.sheets.length === 1)
      throw new FakeOfficeError("InvalidOperation", "a workbook must keep at least one sheet");
    this.sheets = this.sheets.filter((s) => s !== sheet);
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets[0]?.id ?? "";
    if (this.selection.sheetId === sheet.id)
      this.selection = {
        sheetId: this.activeSheetId,
        box: { top: 0, left: 0, bottom: 0, right: 0 },
      };
  }

  /** All table names in the workbook, for Excel's workbook-wide uniqueness rule. */
  tableNames(): string[] {
    return this.sheets.flatMap((s) => s.tables.map((t) => t.name));
  }

  /** Test helper: puts rows of values (and optional number formats) on a sheet at A1 or `at`. */
  fill(
    sheet: FakeSheet,
    rows: readonly (readonly (string | number | boolean | null)[])[],
    formats?: readonly (readonly (string | null)[])[],
    at = { row: 0, column: 0 },
  ): void {
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null) return;
        const cell: FakeCell = { value };
        const format = formats?.[r]?.[c];
        if (format) cell.numberFormat = format;
        sheet.cells.set(`${at.row + r},${at.column + c}`, cell);
      }),
    );
  }
}
