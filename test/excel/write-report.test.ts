/**
 * The Excel shell against the strict fake: the selection read, the report written exactly as the
 * plan says, the source untouched, re-runs replacing rather than piling up, a clerk's own sheet
 * kept, every sync step able to fail without leaving half a report, oversized requests retried,
 * and the request log within Office's limits.
 */
import { parseAddress } from "../fakes/excel/address";
import { createFakeExcel, type FakeExcel } from "../fakes/excel/fake-excel";
import { PAYLOAD_LIMIT } from "../fakes/excel/request-context";
import type { FakeSheet } from "../fakes/excel/sheet-state";
import { fakeWithFixture, plannerFor, runOf, snapshot } from "../helpers/fake-workbook";
import { readInputGrid } from "../../src/cli/read-input";
import { widthInPoints } from "../../src/core/report/cell-look";
import { pageHeaderText } from "../../src/core/report/page-header";
import type { PlanSheet, ReportPlan } from "../../src/core/report/plan";
import { createOfficeWorkbook } from "../../src/excel/office-workbook";
import { REGISTRY_KEY } from "../../src/excel/output-registry";
import { WorkbookError } from "../../src/excel/workbook";
import { fixturePath } from "../helpers/fixtures";

function differences(sheet: FakeSheet, plan: PlanSheet): string[] {
  const out: string[] = [];
  const at = (r: number, c: number) => `${plan.name}!R${r + 1}C${c + 1}`;
  plan.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const got = sheet.cells.get(`${r},${c}`);
      if (!cell) {
        if (got?.value !== undefined || got?.formula !== undefined)
          out.push(`${at(r, c)} should be empty`);
        return;
      }
      if ((got?.numberFormat ?? "General") !== cell.format)
        out.push(`${at(r, c)} format ${got?.numberFormat} ≠ ${cell.format}`);
      const v = cell.value;
      if (v.kind === "text" && (got?.value !== v.text || got.formula !== undefined))
        out.push(`${at(r, c)} text ${JSON.stringify(got)} ≠ ${v.text}`);
      if (v.kind === "number" && got?.value !== v.value)
        out.push(`${at(r, c)} ${got?.value} ≠ ${v.value}`);
      if (v.kind === "formula" && got?.formula !== v.formula)
        out.push(`${at(r, c)} formula ${got?.formula} ≠ ${v.formula}`);
      if (
        v.kind === "link" &&
        (got?.value !== v.text || got.hyperlink?.documentReference !== v.target)
      )
        out.push(`${at(r, c)} link ${JSON.stringify(got?.hyperlink)} ≠ ${v.target}`);
    }),
  );
  // A ruled box: every cell ruled on all four sides, empty ones included.
  for (const box of plan.rules ?? [])
    for (let r = box.top; r <= box.bottom; r++)
      for (let c = box.left; c <= box.right; c++) {
        const b = sheet.cells.get(`${r},${c}`)?.borders;
        if (!b || [b.top, b.bottom, b.left, b.right].some((s) => s !== "Continuous"))
          out.push(`${at(r, c)} not ruled: ${JSON.stringify(b)}`);
      }
  const key = (b: { top: number; left: number; bottom: number; right: number }) =>
    `${b.top},${b.left},${b.bottom},${b.right}`;
  if (JSON.stringify(sheet.merges.map(key).sort()) !== JSON.stringify(plan.merges.map(key).sort()))
    out.push(`${plan.name} merges differ`);
  const tables = sheet.tables.map((t) => `${t.name} ${key(t.box)} ${t.style}`);
  const planned = plan.tables.map((t) => `${t.name} ${key(parseAddress(t.range).box)} ${t.style}`);
  if (JSON.stringify(tables) !== JSON.stringify(planned))
    out.push(`${plan.name} tables ${tables} ≠ ${planned}`);
  const formats = sheet.conditionalFormats.map((f) =>
    f.type === "DataBar"
      ? `bar ${key(f.box)} ${f.color} ${f.lowerBound} ${f.upperBound}`
      : `eq ${key(f.box)} ${f.rule?.formula1} ${f.fill}`,
  );
  const plannedFormats = plan.conditionalFormats.map((f) =>
    f.kind === "dataBar"
      ? // From the lowest value, not from 0: scores of 80 to 100 do not all fill the bar.
        `bar ${key(parseAddress(f.range).box)} ${f.color} LowestValue HighestValue`
      : `eq ${key(parseAddress(f.range).box)} ="${f.text}" ${f.fill}`,
  );
  if (JSON.stringify(formats) !== JSON.stringify(plannedFormats))
    out.push(`${plan.name} conditional formats differ`);
  const charts = sheet.charts.map(
    (c) =>
      `${c.type} ${c.title} ${key(c.source)} ${c.categories ? key(c.categories) : ""} ${c.reversePlotOrder}`,
  );
  const plannedCharts = plan.charts.map(
    (c) =>
      `${c.kind === "bar" ? "BarClustered" : "ColumnClustered"} ${c.title} ${key(parseAddress(c.values).box)} ${key(parseAddress(c.categories).box)} ${c.firstCategoryOnTop}`,
  );
  if (JSON.stringify(charts) !== JSON.stringify(plannedCharts))
    out.push(`${plan.name} charts ${charts} ≠ ${plannedCharts}`);
  if (JSON.stringify(sheet.freeze ?? null) !== JSON.stringify(plan.freeze ?? null))
    out.push(`${plan.name} freeze`);
  const layout = sheet.pageLayout;
  if (layout.orientation !== (plan.print.orientation === "landscape" ? "Landscape" : "Portrait"))
    out.push(`${plan.name} orientation`);
  if (layout.zoom?.horizontalFitToPages !== 1) out.push(`${plan.name} not fit to one page wide`);
  const repeat = plan.print.repeatRows;
  if (
    (layout.printTitleRows ?? null) !== (repeat ? `$${repeat.first + 1}:$${repeat.last + 1}` : null)
  )
    out.push(`${plan.name} print titles ${layout.printTitleRows}`);
  if (layout.centerHeader !== pageHeaderText(plan.print.header)) out.push(`${plan.name} header`);
  if ((layout.printArea ?? null) !== (plan.print.area ?? null))
    out.push(`${plan.name} print area ${layout.printArea} ≠ ${plan.print.area}`);
  for (const [row, height] of Object.entries(plan.rowHeights))
    if (sheet.rowHeights.get(Number(row)) !== height)
      out.push(`${plan.name} row ${Number(row) + 1} height`);
  plan.columnWidths.forEach((w, c) => {
    if (sheet.columnWidths.get(c) !== widthInPoints(w))
      out.push(`${plan.name} column ${c + 1} width`);
  });
  return out;
}

function expectWorkbookHolds(fake: FakeExcel, plan: ReportPlan, source: string): void {
  const names = fake.state.sheets.map((s) => s.name);
  expect(names).toEqual([source, ...plan.sheets.map((s) => s.name)]);
  const problems = plan.sheets.flatMap((p) => {
    const sheet = fake.state.byName(p.name);
    return sheet ? differences(sheet, p) : [`${p.name} missing`];
  });
  expect(problems).toEqual([]);
}

const FIXTURES = [
  "yueyang-2017-q2-hotline-composite.xlsx",
  "jingzhou-2021-02-weibo-bci.xlsx",
  "jingzhou-2021-02-wechat-wci-city.xlsx",
  "shiyan-county-2020-q1-petition-towns.xlsx",
  "jingzhou-2021-02-hotline-side-by-side.xlsx",
];

describe.each(FIXTURES)("%s", (file) => {
  it("reads the selected table as the file reader does, and writes exactly the plan, leaving the source as it was", async () => {
    const fake = await fakeWithFixture(file);
    const before = snapshot(fake);
    const workbook = createOfficeWorkbook(runOf(fake));
    const source = await workbook.readSource();
    const fromFile = await readInputGrid(fixturePath(file));
    expect(source.foundBy).toBe("selection");
    expect(source.grid.numberFormats?.flat().filter((f) => f === "0.00%").length).toBe(
      fromFile.numberFormats?.flat().filter((f) => f === "0.00%").length,
    );
    // The file reader keeps empty columns inside the sheet's width; Excel's used range does not.
    const width = Math.max(...source.grid.values.map((r) => r.length));
    expect(source.grid.merges).toEqual(
      fromFile.merges?.map((m) => ({ ...m, right: Math.min(m.right, width - 1) })),
    );
    const keep: { plan?: ReportPlan } = {};
    const outcome = await workbook.writeReport(
      source,
      plannerFor(source, { liveFormulas: true }, keep),
    );
    const plan = keep.plan as ReportPlan;
    expect(outcome.sheets).toEqual(plan.sheets.map((s) => s.name));
    expectWorkbookHolds(fake, plan, source.grid.sheet);
    expect((snapshot(fake) as unknown[])[0]).toEqual((before as unknown[])[0]);
    expect(fake.state.calculationSuspensions).toBeGreaterThan(0);
    for (const entry of fake.log) expect(entry.requestBytes).toBeLessThan(PAYLOAD_LIMIT);
  });
});

describe("re-runs and the clerk's own sheets", () => {
  it("replaces the previous output of the same source instead of adding 排名 (2)", async () => {
    const fake = await fakeWithFixture("jingzhou-2021-02-weibo-bci.xlsx");
    const workbook = createOfficeWorkbook(runOf(fake));
    const source = await workbook.readSource();
    await workbook.writeReport(source, plannerFor(source));
    const firstNames = fake.state.sheets.map((s) => s.name);
    const keep: { plan?: ReportPlan } = {};
    const second = await workbook.writeReport(source, plannerFor(source, {}, keep));
    // 汇总, 排名, 图表, 分析, 问题清单, 计算方法.
    expect(second.replaced).toBe(6);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(firstNames);
    expectWorkbookHolds(fake, keep.plan as ReportPlan, source.grid.sheet);
    // Each run numbers its tables: the new ones cannot clash with those of the output they replace.
    expect(fake.state.tableNames()).toEqual(["GovRank2_Ranking1"]);
    const registry = fake.state.settings.get(REGISTRY_KEY) as { outputs: { sheetIds: string[] }[] };
    expect(registry.outputs).toHaveLength(1);
    expect(registry.outputs[0]?.sheetIds).toEqual(fake.state.sheets.slice(1).map((s) => s.id));
  });

  it("keeps a clerk's sheet that is called 排名 and gives the output another name", async () => {
    const fake = await fakeWithFixture("jingzhou-2021-02-weibo-bci.xlsx");
    const mine = fake.state.addSheet("排名");
    fake.state.fill(mine, [["我的备忘", 42]]);
    const workbook = createOfficeWorkbook(runOf(fake));
    const source = await workbook.readSource();
    await workbook.writeReport(source, plannerFor(source));
    await workbook.writeReport(source, plannerFor(source));
    expect(fake.state.sheets.map((s) => s.name)).toEqual([
      "Sheet1",
      "排名",
      "汇总",
      "排名-2",
      "图表",
      "分析",
      "问题清单",
      "计算方法",
    ]);
    expect(fake.state.byName("排名")?.cells.get("0,0")?.value).toBe("我的备忘");
    expect(fake.state.byName("排名")?.cells.get("0,1")?.value).toBe(42);
  });

  it("writes a unit name that looks like a formula as text", async () => {
    const fake = createFakeExcel();
    const sheet = fake.state.addSheet("问政");
    fake.state.fill(sheet, [
      ["部门名称", "信件总数", "终审总数"],
      ['=HYPERLINK("http://evil","点我")', 10, 9],
      ["+cmd|' /C calc'!A0", 8, 8],
      ["@SUM(1)", 5, 4],
    ]);
    fake.state.selection = { sheetId: sheet.id, box: { top: 0, left: 0, bottom: 3, right: 2 } };
    const workbook = createOfficeWorkbook(runOf(fake));
    const source = await workbook.readSource();
    await workbook.writeReport(source, plannerFor(source));
    const ranking = fake.state.byName("排名");
    const names = [3, 4, 5].map((r) => ranking?.cells.get(`${r},1`));
    for (const cell of names) {
      expect(cell?.formula).toBeUndefined();
      expect(typeof cell?.value).toBe("string");
    }
    expect(names.map((c) => c?.value)).toContain('=HYPERLINK("http://evil","点我")');
  });
});

describe("all or nothing", () => {
  async function prepared() {
    const fake = await fakeWithFixture("jingzhou-2021-02-weibo-bci.xlsx");
    const workbook = createOfficeWorkbook(runOf(fake));
    const source = await workbook.readSource();
    await workbook.writeReport(source, plannerFor(source, { liveFormulas: true }));
    return { fake, workbook, source };
  }

  it("survives a failure at every sync of a re-run: either the whole new report or the old one, untouched", async () => {
    const probe = await prepared();
    const start = probe.fake.control.syncCount;
    await probe.workbook.writeReport(
      probe.source,
      plannerFor(probe.source, { liveFormulas: true }),
    );
    const steps = probe.fake.control.syncCount - start;
    expect(steps).toBeGreaterThanOrEqual(3);

    for (let k = 1; k <= steps; k++) {
      const { fake, workbook, source } = await prepared();
      const before = snapshot(fake);
      const settingsBefore = JSON.stringify([...fake.state.settings]);
      fake.control.failAtSync = fake.control.syncCount + k;
      const keep: { plan?: ReportPlan } = {};
      let error: unknown;
      try {
        await workbook.writeReport(source, plannerFor(source, { liveFormulas: true }, keep));
      } catch (e) {
        error = e;
      }
      if (error) {
        expect(error).toBeInstanceOf(WorkbookError);
        expect((error as WorkbookError).text.zh).toContain("原有结果保持不变");
        expect(snapshot(fake)).toEqual(before);
        expect(JSON.stringify([...fake.state.settings])).toBe(settingsBefore);
      } else {
        expectWorkbookHolds(fake, keep.plan as ReportPlan, source.grid.sheet);
        expect(fake.state.sheets.some((s) => s.name.startsWith("~govrank"))).toBe(false);
      }
    }
  });

  it("sends a request Office refuses as too large again in smaller pieces", async () => {
    const fake = createFakeExcel();
    const sheet = fake.state.addSheet("热线");
    const rows: (string | number)[][] = [
      ["部门名称", "应办理数", "办理数", "超期办理数", "返工数", "抽查不满意数", "群众满意率"],
    ];
    for (let i = 0; i < 50_000; i++)
      rows.push([
        `单位${i + 1}`,
        100 + (i % 50),
        100 + (i % 50),
        i % 3,
        i % 2,
        0,
        0.9 + (i % 10) / 100,
      ]);
    fake.state.fill(sheet, rows);
    fake.state.selection = {
      sheetId: sheet.id,
      box: { top: 0, left: 0, bottom: rows.length - 1, right: 6 },
    };
    // A budget far above Office's limit makes the first write request too large.
    const workbook = createOfficeWorkbook(runOf(fake), { budget: 64 * 1024 * 1024 });
    const source = await workbook.readSource();
    const keep: { plan?: ReportPlan } = {};
    await workbook.writeReport(source, plannerFor(source, {}, keep));
    expect(fake.log.some((e) => e.outcome === "too-large")).toBe(true);
    expectWorkbookHolds(fake, keep.plan as ReportPlan, "热线");
  });
});

describe("round trips", () => {
  async function table(units: number): Promise<FakeExcel> {
    const fake = createFakeExcel();
    const sheet = fake.state.addSheet("热线");
    const rows: (string | number)[][] = [
      ["部门名称", "应办理数", "办理数", "超期办理数", "返工数", "抽查不满意数", "群众满意率"],
    ];
    for (let i = 0; i < units; i++)
      rows.push([
        `单位${i + 1}`,
        100 + (i % 50),
        100 + (i % 50) - (i % 4),
        i % 3,
        i % 2,
        0,
        0.9 + (i % 10) / 100,
      ]);
    fake.state.fill(sheet, rows);
    fake.state.selection = { sheetId: sheet.id, box: { top: 0, left: 0, bottom: 0, right: 0 } };
    return fake;
  }

  it.each([100, 50_000])(
    "%i units: every request under 5 MB, syncs growing only with the bytes",
    async (units) => {
      const fake = await table(units);
      const workbook = createOfficeWorkbook(runOf(fake));
      const source = await workbook.readSource();
      expect(source.foundBy).toBe("region");
      expect(source.grid.values).toHaveLength(units + 1);
      const readSyncs = fake.control.syncCount;
      await workbook.writeReport(source, plannerFor(source, { liveFormulas: true }));
      const writeSyncs = fake.control.syncCount - readSyncs;
      const largest = Math.max(...fake.log.map((e) => Math.max(e.requestBytes, e.responseBytes)));
      const written = fake.log.slice(readSyncs).reduce((sum, e) => sum + e.requestBytes, 0);
      process.stdout.write(
        `round trips, ${units} units: read ${readSyncs} syncs, write ${writeSyncs} syncs, ` +
          `${(written / 1024 / 1024).toFixed(2)} MB written, largest request ${(largest / 1024 / 1024).toFixed(2)} MB\n`,
      );
      expect(largest).toBeLessThan(PAYLOAD_LIMIT);
      if (units === 100) expect(readSyncs + writeSyncs).toBeLessThanOrEqual(6);
      // Beyond the fixed three, about one write sync per 4 MB sent.
      expect(writeSyncs).toBeLessThanOrEqual(3 + Math.ceil(written / (3 * 1024 * 1024)));
    },
  );
});

describe("reading", () => {
  it("finds the region around a single selected cell, and clips a whole-column selection to the data", async () => {
    const fake = await fakeWithFixture("shiyan-county-2020-q1-petition-towns.xlsx", {
      top: 5,
      left: 1,
      bottom: 5,
      right: 1,
    });
    const workbook = createOfficeWorkbook(runOf(fake));
    const around = await workbook.readSource();
    expect(around.foundBy).toBe("region");
    expect(around.grid.values.length).toBeGreaterThan(18);
    fake.state.selection = {
      sheetId: fake.state.sheets[0]?.id ?? "",
      box: { top: 0, left: 0, bottom: 1_048_575, right: 4 },
    };
    const column = await workbook.readSource();
    expect(column.grid.values).toHaveLength(around.grid.values.length);
    expect(column.address).toMatch(/^Sheet1!A1:E\d+$/);
  });

  it("says what to do when the sheet is empty or nothing surrounds the cell", async () => {
    const fake = createFakeExcel();
    const sheet = fake.state.addSheet("空表");
    const workbook = createOfficeWorkbook(runOf(fake));
    await expect(workbook.readSource()).rejects.toThrow("是空的");
    fake.state.fill(sheet, [["孤零零"]], undefined, { row: 5, column: 5 });
    fake.state.selection = { sheetId: sheet.id, box: { top: 5, left: 5, bottom: 5, right: 5 } };
    await expect(workbook.readSource()).rejects.toThrow("周围没有表格数据");
  });

  it("keeps settings per source sheet and falls back with a warning when they are corrupt", async () => {
    const fake = await fakeWithFixture("jingzhou-2021-02-weibo-bci.xlsx");
    const workbook = createOfficeWorkbook(runOf(fake));
    const id = fake.state.sheets[0]?.id ?? "";
    expect(await workbook.loadSettings(id)).toEqual({ settings: null, warnings: [] });
    await workbook.saveSettings(id, {
      version: 1,
      mapping: { due: "B" },
      renames: {},
      previousMapping: {},
      liveFormulas: true,
      charts: false,
      analysis: true,
      top: 5,
    });
    expect((await workbook.loadSettings(id)).settings).toMatchObject({
      mapping: { due: "B" },
      top: 5,
    });
    fake.state.settings.set(`govrank.run.${id}`, { version: 7, top: "many" });
    const corrupt = await workbook.loadSettings(id);
    expect(corrupt.settings).toBeNull();
    expect(corrupt.warnings[0]?.zh).toContain("默认设置");
    fake.state.settings.set(REGISTRY_KEY, "garbage");
    const source = await workbook.readSource();
    const outcome = await workbook.writeReport(source, plannerFor(source));
    expect(outcome.warnings[0]?.zh).toContain("无法识别");
  });

  it("goes to a problem's cell", async () => {
    const fake = await fakeWithFixture("jingzhou-2021-02-weibo-bci.xlsx");
    fake.state.addSheet("其他");
    fake.state.activeSheetId = fake.state.sheets[1]?.id ?? "";
    await createOfficeWorkbook(runOf(fake)).goTo("Sheet1!C7");
    expect(fake.state.activeSheetId).toBe(fake.state.sheets[0]?.id);
    expect(fake.state.selection.box).toEqual({ top: 6, left: 2, bottom: 6, right: 2 });
  });
});
