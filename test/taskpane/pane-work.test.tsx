/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 *
 * The pane as a clerk works in it (issue: the task pane a clerk can work in), with the Workbook
 * interface in memory and her own month sheet (test/fixtures/own/clerk-month.xlsx): what she sets
 * lasts across selection changes and cell edits and is saved as she sets it; recognition says how
 * sure it is and asks when it is not; units left out are named; problems are grouped; last
 * period is checked when picked and can be mapped; a first screen offers a sample.
 */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { webLightTheme } from "@fluentui/react-components";
import { join } from "node:path";
import { readInput, readAllGrids } from "../../src/cli/read-input";
import type { SourceTable } from "../../src/excel/workbook";
import { App } from "../../src/taskpane/App";
import { MemoryWorkbook } from "../fakes/memory-workbook";
import { publishedGrid } from "../helpers/fixtures";

const FILE = join(__dirname, "..", "fixtures", "own", "clerk-month.xlsx");
const NOW = () => new Date("2026-11-21T08:00:00Z");

// Fluent's accessible-role queries over the whole pane are slow in jsdom, more so in parallel.
jest.setTimeout(90_000);

async function month(): Promise<SourceTable> {
  const { grid } = await readInput(FILE, "10月");
  return { grid, address: "'10月'!A1:I34", sheetId: "{oct}", foundBy: "selection", notes: [] };
}

async function open(workbook: MemoryWorkbook) {
  render(<App language="zh" theme={webLightTheme} workbook={workbook} now={NOW} />);
  await screen.findByTestId("unit-count");
}

const region = (name: RegExp) => screen.getByRole("region", { name });
function expand(name: RegExp): void {
  const button = screen.getByRole("button", { name });
  if (button.getAttribute("aria-expanded") !== "true") fireEvent.click(button);
}
async function pick(combobox: string, option: string) {
  fireEvent.click(screen.getByRole("combobox", { name: combobox }));
  fireEvent.click(await screen.findByRole("option", { name: option }));
}

describe("the pane a clerk works in", () => {
  let october: SourceTable;
  beforeAll(async () => {
    october = await month();
  });

  it("recognises her sheet as the comprehensive evaluation and opens the one column to map", async () => {
    const workbook = new MemoryWorkbook(october);
    await open(workbook);
    expect(within(region(/识别结果/)).getByText("12345热线综合评价")).toBeTruthy();
    expect(within(region(/识别结果/)).getByText("自动识别 · 需补充列")).toBeTruthy();
    // All 28 rows are read (and the 合计 row is not a unit).
    expect(screen.getByTestId("unit-count").textContent).toBe("28");
    // 打回件数 is hers for 返工数: the mapping is open at it.
    expect(screen.getByRole("combobox", { name: "“返工数”所在列" }).textContent).toBe("（无）");
  });

  it("keeps her mapping when she clicks into the sheet, and saves it before any run", async () => {
    const workbook = new MemoryWorkbook(october);
    await open(workbook);
    await pick("“返工数”所在列", "F 打回件数");
    await waitFor(() => expect(workbook.settings.get("{oct}")?.mapping).toEqual({ rework: "F" }));
    expect(workbook.plans).toHaveLength(0);
    // She clicks the typo cell the pane points to: another address on the same sheet.
    const reads = workbook.reads;
    act(() => workbook.selectionChanged({ ...october, address: "'10月'!C16", foundBy: "kept" }));
    await waitFor(() => expect(workbook.reads).toBeGreaterThan(reads), { timeout: 3000 });
    expand(/各列对应/);
    expect(screen.getByRole("combobox", { name: "“返工数”所在列" }).textContent).toBe("F 打回件数");
  });

  it("reads the cells again when she fixes a typo, keeping what she set", async () => {
    const workbook = new MemoryWorkbook(october);
    await open(workbook);
    await pick("“返工数”所在列", "F 打回件数");
    fireEvent.click(screen.getByRole("button", { name: "生成报告" }));
    const card = await screen.findByRole("status", { name: "已生成" });
    expect(within(card).getByText("参评单位 26 个")).toBeTruthy();
    // The two units left out are named, with why, and link to their cells.
    const left = within(card).getByTestId("left-out");
    expect(left.textContent).toContain("云溪区：云溪区的应办理数“298O”不是数字");
    expect(left.textContent).toContain("华容县");
    fireEvent.click(within(left).getByRole("button", { name: "云溪区" }));
    await waitFor(() => expect(workbook.visited).toContain("'10月'!C16"));
    // She types 2980 over 298O: the pane re-reads the cells, her mapping stays.
    const values = october.grid.values.map((r) => [...r]);
    const row = values.findIndex((r) => r[1] === "云溪区");
    values[row]![2] = 2980;
    act(() => workbook.cellsChanged("{oct}", { ...october, grid: { ...october.grid, values } }));
    await waitFor(
      () => expect(within(region(/识别结果/)).queryByText(/“298O”不是数字/)).toBeNull(),
      { timeout: 3000 },
    );
    expect(workbook.settings.get("{oct}")?.mapping).toEqual({ rework: "F" });
  });

  it("says for the unit under the cursor what takes it up and how its rank holds", async () => {
    // The Yueyang table, with the cursor on 长岭炼化公司's row (3 due, 3 handled, 2 late: 80.0, C).
    const grid = publishedGrid("yueyang-2017-q2-hotline-composite");
    const row = grid.values.findIndex((r) => r[1] === "长岭炼化公司");
    const table: SourceTable = {
      grid,
      address: "'岳阳'!A1:M91",
      sheetId: "{yy}",
      foundBy: "selection",
      notes: [],
    };
    const workbook = new MemoryWorkbook(table);
    await open(workbook);
    expect(screen.queryByTestId("cursor-grade")).toBeNull();
    act(() =>
      workbook.selectionChanged({
        ...table,
        foundBy: "kept",
        cursor: { row: grid.top + row, column: 1 },
      }),
    );
    const card = await screen.findByRole(
      "region",
      { name: "当前单位：长岭炼化公司" },
      { timeout: 3000 },
    );
    expect(within(card).getByTestId("cursor-grade").textContent).toBe(
      "距上一等级：再按期办结1件即可达到B类",
    );
    expect(within(card).getByTestId("cursor-pass").textContent).toMatch(/^距上一名：/);
    expect(within(card).getByTestId("cursor-range").textContent).toMatch(
      /^权重变动时：排名(稳定|受权重影响较大)（第\d+(–\d+)?名）；名次界限第\d+(–\d+)?名(（精确）)?$/,
    );
  });

  it("keeps the table when a click lands on an empty cell, and says so", async () => {
    const workbook = new MemoryWorkbook(october);
    await open(workbook);
    workbook.readError = { zh: "所选区域 K40 周围没有表格数据。", en: "nothing there" };
    fireEvent.click(screen.getByRole("button", { name: "使用当前选区" }));
    expect(
      await screen.findByText(/K40 周围没有表格数据。 所选单元格周围没有表格，仍使用 A1:I34/),
    ).toBeTruthy();
    expect(screen.getByTestId("unit-count").textContent).toBe("28");
  });

  it("folds 200 identical typos into one line with their count", async () => {
    const header = ["部门名称", "应办理数", "办理数", "超期办理数", "返工数", "群众满意率"];
    // 200 of 450 units with the same typo (the letter O for a zero).
    const rows = Array.from({ length: 450 }, (_, i) => [
      `单位${i + 1}`,
      i % 9 < 4 ? "12O" : 120,
      10,
      0,
      0,
      1,
    ]);
    const workbook = new MemoryWorkbook({
      grid: { sheet: "表", top: 0, left: 0, values: [header, ...rows] },
      address: "表!A1:F451",
      sheetId: "{t}",
      foundBy: "selection",
      notes: [],
    });
    await open(workbook);
    const list = within(region(/识别结果/)).getByRole("list", { name: /需要核对/ });
    expect(within(list).getAllByRole("listitem")).toHaveLength(1);
    expect(list.textContent).toContain("等 200 处");
    // The address is the link, said once.
    expect(list.textContent?.match(/表!B2/g)).toHaveLength(1);
  });

  it("says it cannot decide between schemes, asks, and writes nothing until she chooses", async () => {
    // 来件数 is no header govrank knows; 办结数 and 满意率 fit several schemes, none wholly, and
    // neither the title nor the sheet name says which.
    const values = [
      ["单位名称", "来件数", "办结数", "满意率"],
      ["市水务局", 10, 9, 1],
      ["市交通局", 8, 8, 0.9],
    ];
    const workbook = new MemoryWorkbook({
      grid: { sheet: "Sheet1", top: 0, left: 0, values },
      address: "Sheet1!A1:D3",
      sheetId: "{u}",
      foundBy: "selection",
      notes: [],
    });
    workbook.schemes = [];
    await open(workbook);
    const candidates = await screen.findByRole("radiogroup", { name: "请选择方案：" });
    expect(within(candidates).getAllByRole("radio").length).toBeGreaterThan(1);
    expect(screen.getByText("未能确定这是哪种表格")).toBeTruthy();
    expect(screen.getByRole("button", { name: "生成报告" }).hasAttribute("disabled")).toBe(true);
    fireEvent.click(within(candidates).getByRole("radio", { name: /网上问政办结率/ }));
    await waitFor(() => expect(screen.queryByText("未能确定这是哪种表格")).toBeNull());
    await pick("“信件总数”所在列", "B 来件数");
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "生成报告" }).hasAttribute("disabled")).toBe(false),
    );
  });

  it("checks last month when she picks it, and lets her map the month whose headers differ", async () => {
    const workbook = new MemoryWorkbook(october);
    for (const grid of await readAllGrids(FILE))
      if (grid.sheet !== "10月") workbook.sheets.set(grid.sheet, grid);
    await open(workbook);
    await pick("“返工数”所在列", "F 打回件数");
    await pick("与上期比较", "9月");
    expect((await screen.findByTestId("previous-status")).textContent).toBe(
      "上期表格：27 个单位，可以比较。",
    );
    await pick("与上期比较", "8月");
    await waitFor(() =>
      expect(screen.getByTestId("previous-status").textContent).toContain("缺少“返工数”列"),
    );
    await pick("上期“返工数”所在列", "F 退单数");
    await waitFor(() =>
      expect(screen.getByTestId("previous-status").textContent).toBe(
        "上期表格：27 个单位，可以比较。",
      ),
    );
    await waitFor(() =>
      expect(workbook.settings.get("{oct}")?.previousMapping).toEqual({ rework: "F" }),
    );
  });

  it("offers a first screen with what to select and a sample table", async () => {
    const workbook = new MemoryWorkbook();
    workbook.readError = { zh: "工作表“Sheet1”是空的。请选中部门表格后再试。", en: "empty" };
    render(<App language="zh" theme={webLightTheme} workbook={workbook} now={NOW} />);
    const start = await screen
      .findByRole("group", { name: "开始" })
      .catch(() => screen.getByText("开始"));
    expect(start).toBeTruthy();
    workbook.readError = undefined;
    workbook.source = october;
    fireEvent.click(screen.getByRole("button", { name: "插入示例表格" }));
    await waitFor(() => expect(workbook.samples).toEqual(["zh"]));
    await screen.findByTestId("unit-count");
  });
});
