/*
 * Served in place of Microsoft's office.js in the end-to-end browser tests (bundled by esbuild):
 * installs Office, Excel (the strict fake, holding the workbook the test put in
 * window.__officeStub) and CustomFunctions, and exposes window.__fake so the test can select
 * ranges, run ribbon actions and inspect what the add-in wrote.
 */
import { customFunctionsGlobal } from "./custom-functions";
import { createFakeExcel } from "./excel/fake-excel";
import type { Box } from "./excel/sheet-state";

interface StubSheet {
  name: string;
  /** [row, column, value, number format?] */
  cells: [number, number, string | number | boolean, string | null][];
  merges?: Box[];
}

interface StubSettings {
  /** Requirement sets this Excel lacks, e.g. ["ExcelApi 1.20"]. */
  unsupported?: string[];
  displayLanguage?: string;
  theme?: "light" | "dark";
  sheets?: StubSheet[];
  selection?: { sheet: string; box: Box };
}

type Action = (event: { completed(): void }) => void;

const w = window as unknown as Record<string, unknown>;
const settings = (w["__officeStub"] ?? {}) as StubSettings;
const fake = createFakeExcel();
for (const sheet of settings.sheets ?? []) {
  const state = fake.state.addSheet(sheet.name);
  for (const [r, c, value, format] of sheet.cells)
    state.cells.set(`${r},${c}`, { value, ...(format ? { numberFormat: format } : {}) });
  state.merges = sheet.merges ?? [];
}
if (settings.selection) {
  const target = fake.state.byName(settings.selection.sheet);
  if (target) fake.state.select(target.id, settings.selection.box);
}

const dark = settings.theme === "dark";
const actions = new Map<string, Action>();
const dialogs: string[] = [];
let completed = 0;
const unsupported = new Set(settings.unsupported ?? []);

/** A dialog as displayDialogAsync hands it over; Office shows one at a time. */
interface FakeDialog {
  url: string;
  close(): void;
  addEventHandler(type: string, handler: (event: unknown) => void): void;
}
let openDialog: FakeDialog | undefined;
type AsyncResult =
  | { status: "succeeded"; value: FakeDialog }
  | { status: "failed"; error: { code: number; message: string } };

w["Office"] = {
  HostType: { Excel: "Excel" },
  context: {
    displayLanguage: settings.displayLanguage ?? "zh-CN",
    officeTheme: {
      bodyBackgroundColor: dark ? "#262626" : "#ffffff",
      bodyForegroundColor: dark ? "#ffffff" : "#000000",
      controlBackgroundColor: dark ? "#3b3b3b" : "#ffffff",
      controlForegroundColor: dark ? "#ffffff" : "#000000",
    },
    ui: {
      // As Office: a second dialog while one is open fails with 12007 (given to the callback).
      displayDialogAsync(url: string, _options: unknown, callback?: (result: AsyncResult) => void) {
        setTimeout(() => {
          if (openDialog) {
            callback?.({
              status: "failed",
              error: { code: 12007, message: "A dialog box is already opened from this add-in." },
            });
            return;
          }
          const dialog: FakeDialog = {
            url,
            close() {
              if (openDialog === dialog) openDialog = undefined;
            },
            addEventHandler() {},
          };
          openDialog = dialog;
          dialogs.push(url);
          callback?.({ status: "succeeded", value: dialog });
        }, 0);
      },
    },
    requirements: {
      // Everything is supported unless the test says "ExcelApi 1.20" (say) is not.
      isSetSupported(name: string, version = "1.1") {
        return ![...unsupported].some((u) => {
          const [set, min] = u.split(" ");
          return set === name && Number(min) <= Number(version);
        });
      },
    },
  },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  EventType: { DialogEventReceived: "dialogEventReceived" },
  actions: {
    associate(id: string, action: Action) {
      actions.set(id, action);
    },
  },
  onReady(callback?: (info: unknown) => void) {
    const info = { host: "Excel", platform: "OfficeOnline" };
    return Promise.resolve(info).then((i) => {
      callback?.(i);
      return i;
    });
  },
};
w["Excel"] = { run: fake.excel.run };

w["CustomFunctions"] = customFunctionsGlobal();

w["__fake"] = {
  state: fake.state,
  /** The dialog on screen, if any. */
  get openDialog() {
    return openDialog?.url ?? null;
  },
  log: fake.log,
  control: fake.control,
  dialogs,
  get completed() {
    return completed;
  },
  select(sheet: string, box: Box) {
    const target = fake.state.byName(sheet);
    if (target) fake.state.select(target.id, box);
  },
  /** The clerk types into a cell: the value changes and worksheets.onChanged fires. */
  edit(sheet: string, row: number, column: number, value: string | number | null) {
    const target = fake.state.byName(sheet);
    if (target) fake.state.edit(target.id, row, column, value);
  },
  /** Runs a ribbon action the way Office does, resolving when it calls completed(). */
  runAction(id: string): Promise<void> {
    const action = actions.get(id);
    if (!action) return Promise.reject(new Error(`no ribbon action "${id}" was associated`));
    return new Promise((resolve) =>
      action({
        completed() {
          completed += 1;
          resolve();
        },
      }),
    );
  },
  /** What the add-in wrote, as plain data the test can read. */
  summary() {
    return fake.state.sheets.map((s) => ({
      name: s.name,
      cells: s.cells.size,
      tables: s.tables.map((t) => t.name),
      charts: s.charts.map((c) => ({ type: c.type, title: c.title })),
      a1: s.cells.get("0,0")?.value ?? null,
    }));
  },
};
