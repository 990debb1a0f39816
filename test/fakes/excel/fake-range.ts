/**
 * Excel.Range in the fake: values, formulas, number formats, formats, hyperlinks, merges and
 * conditional formats, with Excel's rules — arrays must match the range, a string that starts with
 * = + - @ becomes a formula unless the cell is formatted as text, merges may not cut a table, and
 * a read may not exceed 5 000 000 cells.
 */
import { formatAddress, parseAddress } from "./address";
import {
  ClientObject,
  CELL_READ_LIMIT,
  FakeOfficeError,
  type FakeRequestContext,
} from "./request-context";
import {
  boxColumns,
  boxRows,
  cellKey,
  intersects,
  type Box,
  type CellScalar,
  type FakeCell,
  type FakeSheet,
} from "./sheet-state";
import type { WorkbookState } from "./workbook-state";

/** Resolves what a proxy points at when its command runs (Office binds objects at sync). */
export class Lazy<T> {
  private value: T | undefined;
  constructor(private readonly find: () => T) {}
  get(): T {
    if (this.value === undefined) this.value = this.find();
    return this.value;
  }
}

export type SheetRef = Lazy<FakeSheet>;

/** Filled in by fake-worksheet.ts (tables live there), to keep the two files free of a cycle. */
export const rangeHooks: { tablesAt?: (range: FakeRange, fullyContained: boolean) => unknown } = {};

type Grid = unknown[][];

function checkGrid(name: string, grid: unknown, box: Box): asserts grid is Grid {
  if (!Array.isArray(grid) || grid.some((row) => !Array.isArray(row)))
    throw new FakeOfficeError("InvalidArgument", `${name} must be a two-dimensional array`);
  const rows = grid.length;
  const columns = (grid[0] as unknown[] | undefined)?.length ?? 0;
  if (rows !== boxRows(box) || (grid as unknown[][]).some((r) => r.length !== boxColumns(box)))
    throw new FakeOfficeError(
      "InvalidArgument",
      `${name} is ${rows}×${columns} but the range is ${boxRows(box)}×${boxColumns(box)}`,
    );
}

function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text) && !/^[+-]?\d+(\.\d+)?%?$/.test(text);
}

function cellAt(sheet: FakeSheet, row: number, column: number): FakeCell {
  const key = cellKey(row, column);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = {};
    sheet.cells.set(key, cell);
  }
  return cell;
}

/** Writes one entry as Excel would take it from `values` or `formulas`. */
function writeEntry(cell: FakeCell, entry: unknown): void {
  if (entry === null || entry === undefined) return;
  if (typeof entry !== "string" && typeof entry !== "number" && typeof entry !== "boolean")
    throw new FakeOfficeError(
      "InvalidArgument",
      `a cell value must be text, a number or a boolean`,
    );
  if (typeof entry === "string" && cell.numberFormat !== "@") {
    if (looksLikeFormula(entry)) {
      cell.formula = entry.startsWith("=") ? entry : `=${entry}`;
      cell.value = undefined;
      return;
    }
    if (/^-?\d+(\.\d+)?$/.test(entry.trim())) {
      cell.value = Number(entry);
      cell.formula = undefined;
      return;
    }
  }
  cell.value = entry === "" ? undefined : (entry as CellScalar);
  cell.formula = undefined;
}

export class FakeRange extends ClientObject {
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormats;

  constructor(
    context: FakeRequestContext,
    readonly state: WorkbookState,
    readonly sheetRef: SheetRef,
    readonly boxRef: Lazy<Box>,
  ) {
    super(context);
    this.format = new FakeRangeFormat(this);
    this.conditionalFormats = new FakeConditionalFormats(this);
  }

  get sheet(): FakeSheet {
    return this.sheetRef.get();
  }

  get box(): Box {
    return this.boxRef.get();
  }

  protected snapshot(property: string): unknown {
    const sheet = this.sheet;
    const box = this.box;
    const cells = () => {
      if (boxRows(box) * boxColumns(box) > CELL_READ_LIMIT)
        throw new FakeOfficeError(
          "InvalidOperation",
          `reading ${boxRows(box) * boxColumns(box)} cells at once exceeds Excel's 5 000 000`,
        );
      const out: FakeCell[][] = [];
      for (let r = box.top; r <= box.bottom; r++) {
        const row: FakeCell[] = [];
        for (let c = box.left; c <= box.right; c++) row.push(sheet.cells.get(cellKey(r, c)) ?? {});
        out.push(row);
      }
      return out;
    };
    switch (property) {
      case "address":
        return formatAddress(sheet.name, box);
      case "rowIndex":
        return box.top;
      case "columnIndex":
        return box.left;
      case "rowCount":
        return boxRows(box);
      case "columnCount":
        return boxColumns(box);
      case "cellCount":
        return boxRows(box) * boxColumns(box);
      case "values":
        return cells().map((row) => row.map((c) => c.value ?? ""));
      case "formulas":
        return cells().map((row) => row.map((c) => c.formula ?? c.value ?? ""));
      case "numberFormat":
        return cells().map((row) => row.map((c) => c.numberFormat ?? "General"));
      case "text":
        return cells().map((row) => row.map((c) => String(c.value ?? "")));
      default:
        throw new FakeOfficeError("InvalidArgument", `the fake Range cannot load "${property}"`);
    }
  }

  get address(): string {
    return this.loaded("address");
  }
  get rowIndex(): number {
    return this.loaded("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded("columnIndex");
  }
  get rowCount(): number {
    return this.loaded("rowCount");
  }
  get columnCount(): number {
    return this.loaded("columnCount");
  }
  get cellCount(): number {
    return this.loaded("cellCount");
  }
  get values(): unknown[][] {
    return this.loaded("values");
  }
  set values(grid: unknown[][]) {
    this.context.queue({ values: grid }, () => {
      checkGrid("values", grid, this.box);
      this.eachCell((cell, r, c) => writeEntry(cell, grid[r]?.[c]));
    });
  }
  get formulas(): unknown[][] {
    return this.loaded("formulas");
  }
  set formulas(grid: unknown[][]) {
    this.context.queue({ formulas: grid }, () => {
      checkGrid("formulas", grid, this.box);
      this.eachCell((cell, r, c) => writeEntry(cell, grid[r]?.[c]));
    });
  }
  get numberFormat(): string[][] {
    return this.loaded("numberFormat");
  }
  set numberFormat(grid: string[][]) {
    this.context.queue({ numberFormat: grid }, () => {
      checkGrid("numberFormat", grid, this.box);
      this.eachCell((cell, r, c) => {
        const format = grid[r]?.[c];
        if (format === null || format === undefined) return;
        if (typeof format !== "string")
          throw new FakeOfficeError("InvalidArgument", "a number format must be text");
        cell.numberFormat = format;
      });
    });
  }
  set hyperlink(link: { documentReference?: string; address?: string; textToDisplay?: string }) {
    this.context.queue({ hyperlink: link }, () => {
      if (boxRows(this.box) !== 1 || boxColumns(this.box) !== 1)
        throw new FakeOfficeError("InvalidArgument", "a hyperlink is set on one cell at a time");
      if (link.documentReference !== undefined) {
        const target = parseAddress(link.documentReference);
        if (target.sheet === undefined || !this.state.byName(target.sheet))
          throw new FakeOfficeError(
            "InvalidArgument",
            `the link target ${link.documentReference} is not a cell of this workbook`,
          );
      }
      const cell = cellAt(this.sheet, this.box.top, this.box.left);
      cell.hyperlink = { ...link };
      if (link.textToDisplay !== undefined) {
        cell.value = link.textToDisplay;
        cell.formula = undefined;
      }
    });
  }

  /** Every cell of the range (created as needed), with its offset inside the range. */
  eachCell(visit: (cell: FakeCell, row: number, column: number) => void): void {
    const { top, left, bottom, right } = this.box;
    for (let r = top; r <= bottom; r++)
      for (let c = left; c <= right; c++) visit(cellAt(this.sheet, r, c), r - top, c - left);
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(
      this.context,
      this.state,
      this.sheetRef,
      new Lazy(() => ({
        top: this.box.top + row,
        left: this.box.left + column,
        bottom: this.box.top + row,
        right: this.box.left + column,
      })),
    );
  }

  merge(across = false): void {
    this.context.queue({ merge: across }, () => {
      const box = this.box;
      if (across) throw new FakeOfficeError("InvalidArgument", "the fake merges whole areas only");
      if (this.sheet.tables.some((t) => intersects(t.box, box)))
        throw new FakeOfficeError("InvalidOperation", "cells inside a table cannot be merged");
      this.sheet.merges = this.sheet.merges.filter((m) => !intersects(m, box));
      this.sheet.merges.push({ ...box });
    });
  }

  /** The current region: the block of non-empty cells around this range (Ctrl+A). */
  getSurroundingRegion(): FakeRange {
    return new FakeRange(
      this.context,
      this.state,
      this.sheetRef,
      new Lazy(() => surroundingRegion(this.sheet, this.box)),
    );
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, this);
  }

  getTables(fullyContained = false): unknown {
    if (!rangeHooks.tablesAt)
      throw new FakeOfficeError("InvalidOperation", "tables are not set up");
    return rangeHooks.tablesAt(this, fullyContained);
  }

  select(): void {
    this.context.queue({ select: true }, () => {
      this.state.activeSheetId = this.sheet.id;
      this.state.selection = { sheetId: this.sheet.id, box: { ...this.box } };
    });
  }
}

function filled(sheet: FakeSheet, row: number, column: number): boolean {
  const cell = sheet.cells.get(cellKey(row, column));
  return (
    cell !== undefined &&
    (cell.formula !== undefined || (cell.value !== undefined && cell.value !== ""))
  );
}

export function surroundingRegion(sheet: FakeSheet, start: Box): Box {
  const box = { ...start };
  const rowHas = (r: number) => {
    for (let c = Math.max(0, box.left - 1); c <= box.right + 1; c++)
      if (filled(sheet, r, c)) return true;
    return false;
  };
  const columnHas = (c: number) => {
    for (let r = Math.max(0, box.top - 1); r <= box.bottom + 1; r++)
      if (filled(sheet, r, c)) return true;
    return false;
  };
  for (let changed = true; changed;) {
    changed = false;
    while (box.top > 0 && rowHas(box.top - 1)) {
      box.top -= 1;
      changed = true;
    }
    while (rowHas(box.bottom + 1)) {
      box.bottom += 1;
      changed = true;
    }
    while (box.left > 0 && columnHas(box.left - 1)) {
      box.left -= 1;
      changed = true;
    }
    while (columnHas(box.right + 1)) {
      box.right += 1;
      changed = true;
    }
  }
  return box;
}

/** Range.getMergedAreasOrNullObject fails past this many areas. */
export const MERGED_AREAS_LIMIT = 512;

export class FakeRangeAreas extends ClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    super(context);
  }
  private areas(): Box[] {
    const areas = this.range.sheet.merges.filter((m) => intersects(m, this.range.box));
    // "If the merged areas count in this range is more than 512, then this method will fail."
    if (areas.length > MERGED_AREAS_LIMIT)
      throw new FakeOfficeError(
        "GeneralException",
        `the range holds ${areas.length} merged areas; Excel returns at most ${MERGED_AREAS_LIMIT}`,
      );
    return areas;
  }
  protected override isNull(): boolean {
    return this.areas().length === 0;
  }
  protected snapshot(property: string): unknown {
    if (property === "address")
      return this.areas()
        .map((b) => formatAddress(this.range.sheet.name, b))
        .join(",");
    if (property === "areaCount") return this.areas().length;
    throw new FakeOfficeError("InvalidArgument", `the fake RangeAreas cannot load "${property}"`);
  }
  get address(): string {
    return this.loaded("address");
  }
  get areaCount(): number {
    return this.loaded("areaCount");
  }
}

class FakeFont {
  constructor(private readonly range: FakeRange) {}
  private set(key: "bold" | "size" | "color" | "name", value: boolean | number | string): void {
    this.range.context.queue({ font: { [key]: value } }, () =>
      this.range.eachCell((cell) => (cell.font = { ...cell.font, [key]: value })),
    );
  }
  set bold(v: boolean) {
    this.set("bold", v);
  }
  set size(v: number) {
    this.set("size", v);
  }
  set color(v: string) {
    this.set("color", v);
  }
  set name(v: string) {
    this.set("name", v);
  }
}

export class FakeRangeFormat {
  readonly font: FakeFont;
  readonly fill: { color: string };

  constructor(private readonly range: FakeRange) {
    this.font = new FakeFont(range);
    const queue = range.context;
    this.fill = {
      set color(v: string) {
        queue.queue({ fill: v }, () => range.eachCell((cell) => (cell.fill = v)));
      },
      get color(): string {
        throw new FakeOfficeError("PropertyNotLoaded", "the fake does not load fill colours");
      },
    };
  }
  set columnWidth(points: number) {
    this.range.context.queue({ columnWidth: points }, () => {
      if (!(points >= 0 && points <= 255 * 7.5))
        throw new FakeOfficeError("InvalidArgument", `column width ${points} is out of range`);
      for (let c = this.range.box.left; c <= this.range.box.right; c++)
        this.range.sheet.columnWidths.set(c, points);
    });
  }
  set rowHeight(points: number) {
    this.range.context.queue({ rowHeight: points }, () => {
      if (!(points >= 0 && points <= 409))
        throw new FakeOfficeError("InvalidArgument", `row height ${points} is out of range`);
      for (let r = this.range.box.top; r <= this.range.box.bottom; r++)
        this.range.sheet.rowHeights.set(r, points);
    });
  }
  set wrapText(v: boolean) {
    this.range.context.queue({ wrapText: v }, () =>
      this.range.eachCell((cell) => (cell.wrapText = v)),
    );
  }
  set horizontalAlignment(v: string) {
    this.range.context.queue({ horizontalAlignment: v }, () =>
      this.range.eachCell((cell) => (cell.horizontalAlignment = v)),
    );
  }
  /** Office's border collection: each edge or inside line sets the cells' own edges. */
  get borders() {
    const range = this.range;
    return {
      getItem(index: string) {
        const EDGES = [
          "EdgeTop",
          "EdgeBottom",
          "EdgeLeft",
          "EdgeRight",
          "InsideVertical",
          "InsideHorizontal",
        ];
        if (!EDGES.includes(index))
          throw new FakeOfficeError("InvalidArgument", `unknown border index "${index}"`);
        // eachCell counts rows and columns from the range's own corner.
        const rows = range.box.bottom - range.box.top;
        const columns = range.box.right - range.box.left;
        const mark = (style: string) =>
          range.eachCell((cell, r, c) => {
            const b = (cell.borders ??= {});
            if (index === "EdgeTop" && r === 0) b.top = style;
            if (index === "EdgeBottom" && r === rows) b.bottom = style;
            if (index === "EdgeLeft" && c === 0) b.left = style;
            if (index === "EdgeRight" && c === columns) b.right = style;
            if (index === "InsideHorizontal") {
              if (r > 0) b.top = style;
              if (r < rows) b.bottom = style;
            }
            if (index === "InsideVertical") {
              if (c > 0) b.left = style;
              if (c < columns) b.right = style;
            }
          });
        return {
          set style(v: string) {
            if (!["Continuous", "None", "Dash", "Dot"].includes(v))
              throw new FakeOfficeError("InvalidArgument", `unknown border style "${v}"`);
            range.context.queue({ border: index, style: v }, () => mark(v));
          },
          set weight(v: string) {
            if (!["Hairline", "Thin", "Medium", "Thick"].includes(v))
              throw new FakeOfficeError("InvalidArgument", `unknown border weight "${v}"`);
            range.context.queue({ border: index, weight: v }, () => undefined);
          },
          set color(v: string) {
            range.context.queue({ border: index, color: v }, () => undefined);
          },
        };
      },
    };
  }
  set verticalAlignment(v: string) {
    this.range.context.queue({ verticalAlignment: v }, () =>
      this.range.eachCell((cell) => (cell.verticalAlignment = v)),
    );
  }
}

const CONDITIONAL_TYPES = ["CellValue", "DataBar"];
/** Excel.ConditionalDataBarRuleType. */
const BOUND_TYPES = [
  "Automatic",
  "LowestValue",
  "HighestValue",
  "Number",
  "Percent",
  "Formula",
  "Percentile",
];

export class FakeConditionalFormats {
  constructor(private readonly range: FakeRange) {}

  add(type: string) {
    const range = this.range;
    range.context.queue({ conditionalFormat: type }, () => {
      if (!CONDITIONAL_TYPES.includes(type))
        throw new FakeOfficeError("InvalidArgument", `unknown conditional format type "${type}"`);
      if (type === "CellValue")
        range.sheet.conditionalFormats.push({ type: "CellValue", box: { ...range.box } });
      else range.sheet.conditionalFormats.push({ type: "DataBar", box: { ...range.box } });
    });
    const latest = () => {
      const list = range.sheet.conditionalFormats;
      const format = list[list.length - 1];
      if (!format) throw new FakeOfficeError("ItemNotFound", "no conditional format");
      return format;
    };
    const queue = (payload: unknown, run: () => void) => range.context.queue(payload, run);
    return {
      cellValue: {
        format: {
          fill: {
            set color(v: string) {
              queue({ cfFill: v }, () => Object.assign(latest(), { fill: v }));
            },
          },
          font: {
            set color(v: string) {
              queue({ cfFont: v }, () => Object.assign(latest(), { font: v }));
            },
          },
        },
        set rule(v: { formula1: string; operator: string }) {
          queue({ rule: v }, () => {
            if (!v.formula1 || !v.operator)
              throw new FakeOfficeError(
                "InvalidArgument",
                "a cell-value rule needs formula1 and operator",
              );
            Object.assign(latest(), { rule: { ...v } });
          });
        },
      },
      dataBar: {
        set lowerBoundRule(rule: { type: string; formula?: string }) {
          if (!BOUND_TYPES.includes(rule.type))
            throw new FakeOfficeError("InvalidArgument", `unknown data bar rule "${rule.type}"`);
          queue({ lowerBound: rule }, () => Object.assign(latest(), { lowerBound: rule.type }));
        },
        set upperBoundRule(rule: { type: string; formula?: string }) {
          if (!BOUND_TYPES.includes(rule.type))
            throw new FakeOfficeError("InvalidArgument", `unknown data bar rule "${rule.type}"`);
          queue({ upperBound: rule }, () => Object.assign(latest(), { upperBound: rule.type }));
        },
        positiveFormat: {
          set fillColor(v: string) {
            queue({ barColor: v }, () => Object.assign(latest(), { color: v }));
          },
        },
      },
    };
  }
}
