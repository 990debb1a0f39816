/**
 * Excel.Worksheet and the objects hanging off it in the fake: ranges, tables (workbook-unique
 * names, no overlap), charts (types and series direction as Excel's strings), frozen panes and the
 * page layout.
 */
import { parseAddress } from "./address";
import { FakeRange, Lazy, rangeHooks, type SheetRef } from "./fake-range";
import { ClientObject, FakeOfficeError, type FakeRequestContext } from "./request-context";
import {
  intersects,
  MAX_COLUMNS,
  MAX_ROWS,
  type Box,
  type FakeChart,
  type FakeTable as TableRecord,
} from "./sheet-state";
import type { WorkbookState } from "./workbook-state";

const CHART_TYPES = [
  "BarClustered",
  "ColumnClustered",
  "Line",
  "Pie",
  "BarStacked",
  "ColumnStacked",
];
const SERIES_BY = ["Auto", "Columns", "Rows"];

function usedBox(state: WorkbookState, sheetRef: SheetRef, valuesOnly: boolean): Box | undefined {
  let box: Box | undefined;
  for (const [key, cell] of sheetRef.get().cells) {
    const hasValue = cell.formula !== undefined || (cell.value !== undefined && cell.value !== "");
    if (valuesOnly ? !hasValue : !hasValue && cell.numberFormat === undefined) continue;
    const [r = 0, c = 0] = key.split(",").map(Number);
    box = box
      ? {
          top: Math.min(box.top, r),
          left: Math.min(box.left, c),
          bottom: Math.max(box.bottom, r),
          right: Math.max(box.right, c),
        }
      : { top: r, left: c, bottom: r, right: c };
  }
  void state;
  return box;
}

export class FakeWorksheet extends ClientObject {
  readonly tables: FakeTableCollection;
  readonly charts: FakeChartCollection;
  readonly freezePanes: { freezeRows(n: number): void; freezeAt(range: FakeRange | string): void };
  readonly pageLayout: FakePageLayout;
  /** ExcelApi 1.9: one filter per sheet, on values only (what govrank uses). */
  readonly autoFilter: {
    apply(
      range: FakeRange | string,
      columnIndex: number,
      criteria: { filterOn: string; values?: string[] },
    ): void;
  };

  constructor(
    context: FakeRequestContext,
    readonly state: WorkbookState,
    readonly sheetRef: SheetRef,
  ) {
    super(context);
    this.tables = new FakeTableCollection(context, state, sheetRef, this);
    this.charts = new FakeChartCollection(context, sheetRef, this);
    this.pageLayout = new FakePageLayout(context, sheetRef);
    this.autoFilter = {
      apply: (range, columnIndex, criteria) =>
        context.queue({ autoFilter: columnIndex }, () => {
          const box = typeof range === "string" ? parseAddress(range).box : range.box;
          if (
            !Number.isInteger(columnIndex) ||
            columnIndex < 0 ||
            columnIndex > box.right - box.left
          )
            throw new FakeOfficeError(
              "InvalidArgument",
              "the filter's column is outside its range",
            );
          if (criteria.filterOn !== "Values" || !Array.isArray(criteria.values))
            throw new FakeOfficeError("InvalidArgument", "filterOn Values needs a list of values");
          sheetRef.get().autoFilter = {
            box: { ...box },
            column: columnIndex,
            values: [...criteria.values],
          };
        }),
    };
    // Freezing panes works on the sheet's window: Excel shows (activates) a sheet that was not
    // active to do it, and the selection event fires as if the clerk had clicked there.
    this.freezePanes = {
      freezeRows: (n: number) =>
        context.queue({ freezeRows: n }, () => {
          state.activate(sheetRef.get().id);
          sheetRef.get().freeze = { rows: n, columns: 0 };
        }),
      freezeAt: (range: FakeRange | string) =>
        context.queue({ freezeAt: typeof range === "string" ? range : "range" }, () => {
          const box = typeof range === "string" ? parseAddress(range).box : range.box;
          if (box.top !== 0 || box.left !== 0)
            throw new FakeOfficeError("InvalidArgument", "the frozen range must start at A1");
          state.activate(sheetRef.get().id);
          sheetRef.get().freeze = { rows: box.bottom + 1, columns: box.right + 1 };
        }),
    };
  }

  protected snapshot(property: string): unknown {
    const sheet = this.sheetRef.get();
    if (property === "name") return sheet.name;
    if (property === "id") return sheet.id;
    if (property === "position") return this.state.sheets.indexOf(sheet);
    throw new FakeOfficeError("InvalidArgument", `the fake Worksheet cannot load "${property}"`);
  }

  protected override isNull(): boolean {
    try {
      this.sheetRef.get();
      return false;
    } catch {
      return true;
    }
  }

  get name(): string {
    return this.loaded("name");
  }
  set name(name: string) {
    this.context.queue({ name }, () => this.state.rename(this.sheetRef.get(), name));
  }
  get id(): string {
    return this.loaded("id");
  }
  get position(): number {
    return this.loaded("position");
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(
      this.context,
      this.state,
      this.sheetRef,
      new Lazy(() => {
        if (address === undefined)
          return { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 };
        const parsed = parseAddress(address);
        if (
          parsed.sheet !== undefined &&
          parsed.sheet.toLowerCase() !== this.sheetRef.get().name.toLowerCase()
        )
          throw new FakeOfficeError("InvalidArgument", `${address} is not on this sheet`);
        return parsed.box;
      }),
    );
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    return new FakeRange(
      this.context,
      this.state,
      this.sheetRef,
      new Lazy(() => {
        if (
          rows < 1 ||
          columns < 1 ||
          row < 0 ||
          column < 0 ||
          row + rows > MAX_ROWS ||
          column + columns > MAX_COLUMNS
        )
          throw new FakeOfficeError(
            "InvalidArgument",
            `bad range ${row},${column} ${rows}×${columns}`,
          );
        return { top: row, left: column, bottom: row + rows - 1, right: column + columns - 1 };
      }),
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange & { isNullObject: boolean } {
    const range = new UsedRange(this.context, this.state, this.sheetRef, valuesOnly);
    return range;
  }

  delete(): void {
    this.context.queue({ delete: true }, () => this.state.deleteSheet(this.sheetRef.get()));
  }

  activate(): void {
    this.context.queue({ activate: true }, () => this.state.activate(this.sheetRef.get().id));
  }
}

class UsedRange extends FakeRange {
  constructor(
    context: FakeRequestContext,
    state: WorkbookState,
    sheetRef: SheetRef,
    private readonly valuesOnly: boolean,
  ) {
    super(
      context,
      state,
      sheetRef,
      new Lazy(() => {
        const box = usedBox(state, sheetRef, valuesOnly);
        if (!box) throw new FakeOfficeError("ItemNotFound", "the sheet is empty");
        return box;
      }),
    );
  }
  protected override isNull(): boolean {
    return usedBox(this.state, this.sheetRef, this.valuesOnly) === undefined;
  }
}

const TABLE_NAME = /^[A-Za-z_\\\p{Script=Han}][\w.\p{Script=Han}]*$/u;

export class FakeTableProxy extends ClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly state: WorkbookState,
    private readonly sheetRef: SheetRef,
    private readonly find: Lazy<TableRecord>,
  ) {
    super(context);
  }
  getRange(): FakeRange {
    return new FakeRange(
      this.context,
      this.state,
      this.sheetRef,
      new Lazy(() => ({ ...this.find.get().box })),
    );
  }
  protected snapshot(property: string): unknown {
    if (property === "name") return this.find.get().name;
    throw new FakeOfficeError("InvalidArgument", `the fake Table cannot load "${property}"`);
  }
  get name(): string {
    return this.loaded("name");
  }
  set name(name: string) {
    this.context.queue({ tableName: name }, () => {
      const table = this.find.get();
      if (!TABLE_NAME.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name))
        throw new FakeOfficeError("InvalidArgument", `"${name}" is not a valid table name`);
      const others = this.state.tableNames().filter((n) => n !== table.name);
      if (others.some((n) => n.toLowerCase() === name.toLowerCase()))
        throw new FakeOfficeError("InvalidArgument", `a table named "${name}" already exists`);
      table.name = name;
    });
  }
  set style(style: string) {
    this.context.queue({ tableStyle: style }, () => {
      if (!/^TableStyle(Light|Medium|Dark)\d+$/.test(style))
        throw new FakeOfficeError("InvalidArgument", `unknown table style "${style}"`);
      this.find.get().style = style;
    });
  }
  set showFilterButton(show: boolean) {
    this.context.queue({ showFilterButton: show }, () => (this.find.get().showFilterButton = show));
  }
}

export class FakeTableCollection {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly state: WorkbookState,
    private readonly sheetRef: SheetRef,
    private readonly worksheet: FakeWorksheet,
  ) {}

  add(address: string | FakeRange, hasHeaders: boolean): FakeTableProxy {
    let created: TableRecord | undefined;
    this.context.queue(
      { addTable: typeof address === "string" ? address : "range", hasHeaders },
      () => {
        const sheet = this.sheetRef.get();
        const box =
          typeof address === "string" ? this.worksheet.getRange(address).box : address.box;
        if (!hasHeaders)
          throw new FakeOfficeError("InvalidArgument", "the fake expects header rows");
        if (sheet.tables.some((t) => intersects(t.box, box)))
          throw new FakeOfficeError("InvalidOperation", "a table cannot overlap another table");
        if (sheet.merges.some((m) => intersects(m, box)))
          throw new FakeOfficeError("InvalidOperation", "a table cannot contain merged cells");
        const taken = this.state.tableNames();
        let n = 1;
        while (taken.includes(`Table${n}`)) n++;
        created = {
          id: this.state.newId("table"),
          name: `Table${n}`,
          box: { ...box },
          style: "TableStyleMedium2",
          showFilterButton: true,
        };
        sheet.tables.push(created);
      },
    );
    return new FakeTableProxy(
      this.context,
      this.state,
      this.sheetRef,
      new Lazy(() => {
        if (!created) throw new FakeOfficeError("ItemNotFound", "the table was not created");
        return created;
      }),
    );
  }
}

export class FakeChartCollection {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheetRef: SheetRef,
    private readonly worksheet: FakeWorksheet,
  ) {}

  add(type: string, source: FakeRange, seriesBy: string) {
    let chart: FakeChart | undefined;
    const context = this.context;
    const sheetRef = this.sheetRef;
    context.queue({ addChart: type, seriesBy }, () => {
      if (!CHART_TYPES.includes(type))
        throw new FakeOfficeError(
          "InvalidArgument",
          `unknown chart type "${type}" (pass Excel's string, e.g. "BarClustered")`,
        );
      if (!SERIES_BY.includes(seriesBy))
        throw new FakeOfficeError("InvalidArgument", `unknown series direction "${seriesBy}"`);
      if (source.sheet !== sheetRef.get())
        throw new FakeOfficeError(
          "InvalidArgument",
          "the fake expects chart data on the chart's sheet",
        );
      chart = {
        type,
        seriesBy,
        source: { ...source.box },
        title: "",
        legendVisible: true,
        reversePlotOrder: false,
        dataLabels: false,
      };
      sheetRef.get().charts.push(chart);
    });
    const current = () => {
      if (!chart) throw new FakeOfficeError("ItemNotFound", "the chart was not created");
      return chart;
    };
    const set = (payload: Record<string, unknown>, apply: (c: FakeChart) => void) =>
      context.queue(payload, () => apply(current()));
    const worksheet = this.worksheet;
    return {
      title: {
        set text(v: string) {
          set({ title: v }, (c) => (c.title = v));
        },
      },
      legend: {
        set visible(v: boolean) {
          set({ legend: v }, (c) => (c.legendVisible = v));
        },
      },
      dataLabels: {
        set showValue(v: boolean) {
          set({ labels: v }, (c) => (c.dataLabels = v));
        },
        set numberFormat(v: string) {
          set({ labelFormat: v }, (c) => (c.dataLabelFormat = v));
        },
      },
      axes: {
        categoryAxis: {
          set reversePlotOrder(v: boolean) {
            set({ reverse: v }, (c) => (c.reversePlotOrder = v));
          },
          set position(v: string) {
            set({ axisPosition: v }, (c) => (c.categoryAxisPosition = v));
          },
        },
        valueAxis: {
          set minimum(v: number) {
            if (!Number.isFinite(v)) throw new FakeOfficeError("InvalidArgument", "minimum");
            set({ minimum: v }, (c) => (c.valueMinimum = v));
          },
          set maximum(v: number) {
            if (!Number.isFinite(v)) throw new FakeOfficeError("InvalidArgument", "maximum");
            set({ maximum: v }, (c) => (c.valueMaximum = v));
          },
        },
      },
      series: {
        getItemAt(index: number) {
          if (index !== 0)
            throw new FakeOfficeError("ItemNotFound", "the fake charts have one series");
          return {
            set name(v: string) {
              set({ seriesName: v }, (c) => (c.seriesName = v));
            },
            setXAxisValues(range: FakeRange) {
              set({ xValues: "range" }, (c) => (c.categories = { ...range.box }));
            },
            set hasDataLabels(v: boolean) {
              set({ seriesLabels: v }, (c) => (c.dataLabels = v));
            },
          };
        },
      },
      setPosition(start: string, end: string) {
        set({ start, end }, (c) => {
          c.position = { from: worksheet.getRange(start).box, to: worksheet.getRange(end).box };
        });
      },
    };
  }
}

/** Excel's limit on a header or footer string. */
export const HEADER_LIMIT = 255;

export class FakePageLayout {
  readonly headersFooters: { defaultForAllPages: { centerHeader: string } };

  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheetRef: SheetRef,
  ) {
    this.headersFooters = {
      defaultForAllPages: {
        set centerHeader(v: string) {
          context.queue({ centerHeader: v }, () => {
            // Excel keeps a page header (its codes included) to 255 characters.
            if (v.length > HEADER_LIMIT)
              throw new FakeOfficeError(
                "InvalidArgument",
                `a page header holds at most ${HEADER_LIMIT} characters, this one has ${v.length}`,
              );
            sheetRef.get().pageLayout.centerHeader = v;
          });
        },
        get centerHeader(): string {
          throw new FakeOfficeError("PropertyNotLoaded", "the fake does not load headers");
        },
      },
    };
  }
  set orientation(v: string) {
    this.context.queue({ orientation: v }, () => {
      if (v !== "Landscape" && v !== "Portrait")
        throw new FakeOfficeError(
          "InvalidArgument",
          `orientation must be "Landscape" or "Portrait"`,
        );
      this.sheetRef.get().pageLayout.orientation = v;
    });
  }
  set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this.context.queue({ zoom: v }, () => (this.sheetRef.get().pageLayout.zoom = { ...v }));
  }
  setPrintArea(area: string): void {
    this.context.queue({ printArea: area }, () => {
      if (!/^\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+$/.test(area))
        throw new FakeOfficeError(
          "InvalidArgument",
          `a print area looks like A1:F40, not "${area}"`,
        );
      this.sheetRef.get().pageLayout.printArea = area;
    });
  }
  setPrintTitleRows(rows: string): void {
    this.context.queue({ printTitleRows: rows }, () => {
      if (!/^\$?\d+:\$?\d+$/.test(rows))
        throw new FakeOfficeError(
          "InvalidArgument",
          `print title rows must look like $3:$3, not "${rows}"`,
        );
      this.sheetRef.get().pageLayout.printTitleRows = rows;
    });
  }
}

/** range.getTables(): the tables that touch (or lie inside) a range, loadable as items. */
class FakeTableScopedCollection extends ClientObject {
  private itemsValue: FakeTableProxy[] | undefined;
  constructor(
    context: FakeRequestContext,
    private readonly range: FakeRange,
    private readonly fullyContained: boolean,
  ) {
    super(context);
  }
  override resolveLoad(properties: string[]): number {
    const box = this.range.box;
    const sheet = this.range.sheet;
    const found = sheet.tables.filter((t) =>
      this.fullyContained
        ? t.box.top >= box.top &&
          t.box.bottom <= box.bottom &&
          t.box.left >= box.left &&
          t.box.right <= box.right
        : intersects(t.box, box),
    );
    const inner = properties.map((p) => p.replace(/^items\//, ""));
    this.itemsValue = found.map(
      (t) =>
        new FakeTableProxy(this.context, this.range.state, this.range.sheetRef, new Lazy(() => t)),
    );
    let bytes = 0;
    for (const item of this.itemsValue) bytes += item.resolveLoad(inner);
    return bytes;
  }
  protected snapshot(): unknown {
    return undefined;
  }
  get items(): FakeTableProxy[] {
    if (!this.itemsValue)
      throw new FakeOfficeError("PropertyNotLoaded", "tables.items is not loaded");
    return this.itemsValue;
  }
}

rangeHooks.tablesAt = (range, fullyContained) =>
  new FakeTableScopedCollection(range.context, range, fullyContained);
