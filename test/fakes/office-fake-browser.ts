/*
 * Served in place of Microsoft's office.js in the end-to-end browser tests (bundled by esbuild):
 * installs Office, Excel (the strict fake, holding the workbook the test put in
 * window.__officeStub) and CustomFunctions, and exposes window.__fake so the test can select
 * ranges, run ribbon actions and inspect what the add-in wrote.
 */
import { createFakeExcel } from "./excel/fake-excel";
import type { Box } from "./excel/sheet-state";

interface StubSheet {
  name: string;
  /** [row, column, value, number format?] */
  cells: [number, number, string | number | boolean, string | null][];
  merges?: Box[];
}

interface StubSettings {
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
      displayDialogAsync(url: string) {
        dialogs.push(url);
      },
    },
  },
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

class CustomFunctionError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
w["CustomFunctions"] = {
  associate() {},
  Error: CustomFunctionError,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!" },
};

w["__fake"] = {
  state: fake.state,
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
