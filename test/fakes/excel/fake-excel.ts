/**
 * A strict fake of the part of the Excel JavaScript API govrank uses, for tests without Excel:
 * `createFakeExcel()` gives an `Excel`-like object with `run()`, the workbook state to set up and
 * inspect, and the sync log. Office's rules are enforced (see request-context.ts and the object
 * files); anything the fake does not know throws rather than pretending.
 */
import { FakeRange, Lazy } from "./fake-range";
import { FakeWorksheet } from "./fake-worksheet";
import {
  ClientObject,
  FakeOfficeError,
  FakeRequestContext,
  type FakeControl,
  type SyncRecord,
} from "./request-context";
import type { OfficeLanguage } from "./office-messages";
import { WorkbookState, type ChangedEvent } from "./workbook-state";

class FakeWorksheetCollection extends ClientObject {
  private itemsValue: FakeWorksheet[] | undefined;
  readonly onSelectionChanged: {
    add(handler: (event: { worksheetId: string; address: string }) => unknown): {
      remove(): void;
      context: { sync(): Promise<void> };
    };
  };
  /** WorksheetCollection.onChanged (ExcelApi 1.9): cells of any sheet changed. */
  readonly onChanged: {
    add(handler: (event: ChangedEvent) => unknown): {
      remove(): void;
      context: { sync(): Promise<void> };
    };
  };

  constructor(
    context: FakeRequestContext,
    private readonly state: WorkbookState,
  ) {
    super(context);
    this.onSelectionChanged = {
      add: (handler) => {
        context.queue({ event: "onSelectionChanged" }, () => state.selectionListeners.add(handler));
        return {
          remove: () =>
            context.queue({ removeEvent: "onSelectionChanged" }, () =>
              state.selectionListeners.delete(handler),
            ),
          context: { sync: () => context.sync() },
        };
      },
    };
    this.onChanged = {
      add: (handler) => {
        context.queue({ event: "onChanged" }, () => state.changeListeners.add(handler));
        return {
          remove: () =>
            context.queue({ removeEvent: "onChanged" }, () =>
              state.changeListeners.delete(handler),
            ),
          context: { sync: () => context.sync() },
        };
      },
    };
  }

  /** `load("items/name,items/id")`: the sheets as they are at sync, each with those properties. */
  override resolveLoad(properties: string[]): number {
    const inner = properties.map((p) => p.replace(/^items\//, ""));
    this.itemsValue = this.state.sheets.map((sheet) => {
      const id = sheet.id;
      return new FakeWorksheet(this.context, this.state, new Lazy(() => this.state.sheetById(id)));
    });
    let bytes = 0;
    for (const item of this.itemsValue) bytes += item.resolveLoad(inner);
    return bytes;
  }

  protected snapshot(): unknown {
    return undefined;
  }

  get items(): FakeWorksheet[] {
    if (!this.itemsValue)
      throw new FakeOfficeError("PropertyNotLoaded", "worksheets.items is not loaded");
    return this.itemsValue;
  }

  /** By name or by id, as Office's getItem takes either. */
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      this.state,
      new Lazy(() => this.state.byId(key) ?? this.state.sheetByName(key)),
    );
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return this.getItem(key);
  }

  add(name: string): FakeWorksheet {
    let id: string | undefined;
    this.context.queue({ addSheet: name }, () => (id = this.state.addSheet(name).id));
    return new FakeWorksheet(
      this.context,
      this.state,
      new Lazy(() => {
        if (id === undefined)
          throw new FakeOfficeError("ItemNotFound", `the sheet "${name}" was not added`);
        return this.state.sheetById(id);
      }),
    );
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      this.state,
      new Lazy(() => this.state.sheetById(this.state.activeSheetId)),
    );
  }
}

class FakeSetting extends ClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly state: WorkbookState,
    private readonly key: string,
  ) {
    super(context);
  }
  protected override isNull(): boolean {
    return !this.state.settings.has(this.key);
  }
  protected snapshot(property: string): unknown {
    if (property === "value") return this.state.settings.get(this.key);
    if (property === "key") return this.key;
    throw new FakeOfficeError("InvalidArgument", `the fake Setting cannot load "${property}"`);
  }
  get value(): unknown {
    return this.loaded("value");
  }
  delete(): void {
    this.context.queue({ deleteSetting: this.key }, () => this.state.settings.delete(this.key));
  }
}

class FakeSettingCollection {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly state: WorkbookState,
  ) {}
  add(key: string, value: unknown): FakeSetting {
    this.context.queue({ key, value }, () => {
      // Settings travel as JSON: what cannot round-trip is refused, as Excel does.
      this.state.settings.set(key, JSON.parse(JSON.stringify(value)) as unknown);
    });
    return new FakeSetting(this.context, this.state, key);
  }
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.context, this.state, key);
  }
}

/** workbook.tables: every table's name, for the workbook-wide uniqueness rule. */
class FakeWorkbookTables extends ClientObject {
  private names: { name: string }[] | undefined;
  constructor(
    context: FakeRequestContext,
    private readonly state: WorkbookState,
  ) {
    super(context);
  }
  override resolveLoad(properties: string[]): number {
    if (properties.some((p) => p !== "items/name"))
      throw new FakeOfficeError(
        "InvalidArgument",
        "the fake loads only items/name of workbook.tables",
      );
    this.names = this.state.tableNames().map((name) => ({ name }));
    return JSON.stringify(this.names).length;
  }
  protected snapshot(): unknown {
    return undefined;
  }
  get items(): { name: string }[] {
    if (!this.names) throw new FakeOfficeError("PropertyNotLoaded", "tables.items is not loaded");
    return this.names;
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeWorkbookTables;
  readonly settings: FakeSettingCollection;
  readonly application: { suspendApiCalculationUntilNextSync(): void };

  constructor(
    private readonly context: FakeRequestContext,
    private readonly state: WorkbookState,
  ) {
    this.worksheets = new FakeWorksheetCollection(context, state);
    this.tables = new FakeWorkbookTables(context, state);
    this.settings = new FakeSettingCollection(context, state);
    this.application = {
      suspendApiCalculationUntilNextSync: () =>
        context.queue({ suspend: true }, () => (state.calculationSuspensions += 1)),
    };
  }

  getSelectedRange(): FakeRange {
    const state = this.state;
    let sheetId: string | undefined;
    return new FakeRange(
      this.context,
      state,
      new Lazy(() => state.sheetById((sheetId ??= state.selection.sheetId))),
      new Lazy(() => ({ ...state.selection.box })),
    );
  }
}

type Batch<T> = (context: FakeContextApi) => Promise<T>;

/** Excel.run's options the fake knows (ExcelApi 1.20's one undo group). */
export interface FakeRunOptions {
  mergeUndoGroup?: boolean;
}

export interface FakeExcel {
  /**
   * Stands in for the `Excel` global: `Excel.run(batch)` or `Excel.run(options, batch)`. Each
   * run's options are kept in `runs`, so a test can see which writes asked for one undo group.
   */
  excel: {
    run<T>(batch: Batch<T>): Promise<T>;
    run<T>(options: FakeRunOptions, batch: Batch<T>): Promise<T>;
  };
  runs: FakeRunOptions[];
  state: WorkbookState;
  control: FakeControl;
  log: SyncRecord[];
}

export interface FakeContextApi {
  workbook: FakeWorkbook;
  sync(): Promise<void>;
}

export interface FakeExcelOptions {
  /** The language of Office's error messages (default en-us). */
  language?: OfficeLanguage;
}

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const state = new WorkbookState();
  const control: FakeControl = { log: [], syncCount: 0, language: options.language ?? "en-us" };
  const runs: FakeRunOptions[] = [];
  async function run<T>(first: Batch<T> | FakeRunOptions, second?: Batch<T>): Promise<T> {
    const batch = typeof first === "function" ? first : second;
    if (!batch) throw new FakeOfficeError("InvalidArgument", "Excel.run needs a batch function");
    runs.push(typeof first === "function" ? {} : { ...first });
    {
      const context = new FakeRequestContext(control);
      const api: FakeContextApi = {
        workbook: new FakeWorkbook(context, state),
        sync: () => context.sync(),
      };
      const result = await batch(api);
      // Excel.run sends what is still queued when the batch returns.
      if (context.pending) await context.sync();
      return result;
    }
  }
  return { excel: { run } as FakeExcel["excel"], runs, state, control, log: control.log };
}
