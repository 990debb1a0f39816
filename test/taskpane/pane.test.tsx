/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 *
 * The task pane's panels with the Workbook interface faked in memory: what each panel shows for a
 * published table, and what each control changes.
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { readInput } from "../../src/cli/read-input";
import type { SourceTable } from "../../src/excel/workbook";
import { App } from "../../src/taskpane/App";
import { MemoryWorkbook } from "../fakes/memory-workbook";
import { fixturePath } from "../helpers/fixtures";

async function sourceOf(file: string): Promise<SourceTable> {
  const { grid } = await readInput(fixturePath(file));
  return {
    grid,
    address: `Sheet1!A1:L${grid.values.length}`,
    sheetId: "{s1}",
    foundBy: "selection",
    notes: [],
  };
}

const NOW = () => new Date("2026-11-21T08:00:00Z");

// Fluent's accessible-role queries over the whole pane are slow in jsdom, more so in parallel.
jest.setTimeout(90_000);

async function open(workbook: MemoryWorkbook, language: "zh" | "en" = "zh") {
  render(
    <App
      language={language}
      theme={language === "zh" ? webLightTheme : webDarkTheme}
      workbook={workbook}
      now={NOW}
      generator="govrank test"
    />,
  );
  await screen.findByTestId("unit-count");
}

function section(name: RegExp): HTMLElement {
  return screen.getByRole("region", { name });
}

/** Opens a folded part of the pane (各列对应, 高级设置 …) by its heading button. */
function expand(name: RegExp): void {
  const button = screen.getByRole("button", { name });
  if (button.getAttribute("aria-expanded") !== "true") fireEvent.click(button);
}

describe("task pane", () => {
  let composite: SourceTable;
  beforeAll(async () => {
    composite = await sourceOf("yueyang-2017-q2-hotline-composite.xlsx");
  });

  it("shows the source table and reads it again on request and when the selection changes", async () => {
    const workbook = new MemoryWorkbook(composite);
    await open(workbook);
    const source = section(/数据来源/);
    expect(within(source).getByText("Sheet1")).toBeTruthy();
    expect(within(source).getByTestId("unit-count").textContent).toBe("90");
    const reads = workbook.reads;
    fireEvent.click(within(source).getByRole("button", { name: "使用当前选区" }));
    await waitFor(() => expect(workbook.reads).toBe(reads + 1));
    const bci = await sourceOf("jingzhou-2021-02-weibo-bci.xlsx");
    act(() => workbook.selectionChanged(bci));
    await waitFor(
      () => expect(within(section(/数据来源/)).getByTestId("unit-count").textContent).toBe("20"),
      {
        timeout: 3000,
      },
    );
  });

  it("says what to do when nothing usable is selected", async () => {
    const workbook = new MemoryWorkbook();
    workbook.readError = { zh: "工作表“空表”是空的。请选中部门表格后再试。", en: "empty" };
    render(<App language="zh" theme={webLightTheme} workbook={workbook} now={NOW} />);
    expect(await screen.findByText("工作表“空表”是空的。请选中部门表格后再试。")).toBeTruthy();
    // Nothing to generate from: the first screen, not a button that cannot be pressed.
    expect(screen.queryByRole("button", { name: "生成报告" })).toBeNull();
    expect(screen.getByRole("button", { name: "插入示例表格" })).toBeTruthy();
  });

  it("shows the recognised scheme, each field's column, and the problems with links to their cells", async () => {
    const workbook = new MemoryWorkbook(composite);
    await open(workbook);
    const recognition = section(/识别结果/);
    expect(within(recognition).getByText("12345热线综合评价")).toBeTruthy();
    expect(within(recognition).getByText("自动识别 · 把握大")).toBeTruthy();
    // Every required column found: the mapping is folded until she opens it.
    expect(within(recognition).queryByRole("combobox", { name: "“应办理数”所在列" })).toBeNull();
    expand(/各列对应/);
    const due = within(recognition).getByRole("combobox", { name: "“应办理数”所在列" });
    expect(due.textContent).toContain("B 应办理数");
    expand(/需要核对/);
    const link = within(recognition).getByRole("button", { name: "定位到 Sheet1!F11" });
    fireEvent.click(link);
    await waitFor(() => expect(workbook.visited).toEqual(["Sheet1!F11"]));
  });

  it("lets the clerk correct a column mapping", async () => {
    const workbook = new MemoryWorkbook(composite);
    await open(workbook);
    const recognition = section(/识别结果/);
    expand(/各列对应/);
    fireEvent.click(within(recognition).getByRole("combobox", { name: "“返工数”所在列" }));
    fireEvent.click(await screen.findByRole("option", { name: "（无）" }));
    // Without its column the rework count is missing: the pane says which column to add.
    await waitFor(() =>
      expect(within(section(/识别结果/)).getAllByText(/缺少“返工数”列/).length).toBeGreaterThan(0),
    );
  });

  it("shows the formula, and a changed weight changes the formula and the scores", async () => {
    const workbook = new MemoryWorkbook(composite);
    await open(workbook);
    const scheme = section(/计算方案/);
    expand(/高级设置/);
    expect(within(scheme).getByTestId("formula").textContent).toBe(
      "综合指标值 = 30×办结率 + 30×按期办结率 + 20×(1 − 返工率) + 20×群众满意率",
    );
    const weight = within(scheme).getByRole("textbox", { name: "按期办结率的权重" });
    fireEvent.change(weight, { target: { value: "40" } });
    await waitFor(() =>
      expect(within(section(/计算方案/)).getByTestId("formula").textContent).toBe(
        "综合指标值 = 30×办结率 + 40×按期办结率 + 20×(1 − 返工率) + 20×群众满意率",
      ),
    );
    // The scores follow: 市洞庭新城公司 (5 due, 5 handled, 1 late, no rework, 100 % satisfied)
    // scores 30·1 + 40·0.8 + 20·(1 − 0) + 20·1 = 102.0 with the new weight.
    fireEvent.click(within(section(/生成/)).getByRole("button", { name: "生成报告" }));
    await screen.findByRole("status", { name: "已生成" });
    const ranked = workbook.plans[0]?.sheets.filter((p) => p.role === "ranking") ?? [];
    const row = ranked
      .flatMap((p) => p.rows)
      .find((r) => r.some((c) => c?.value.kind === "text" && c.value.text === "市洞庭新城公司"));
    const numbers = (row ?? []).flatMap((c) => (c?.value.kind === "number" ? [c.value.value] : []));
    expect(numbers).toContain(30 * 1 + 40 * 0.8 + 20 * (1 - 0) + 20 * 1);
    fireEvent.change(
      within(section(/计算方案/)).getByRole("textbox", { name: "按期办结率的权重" }),
      {
        target: { value: "四十" },
      },
    );
    expect(await screen.findByText("请输入数字")).toBeTruthy();
  });

  it("checks grade bands in place and restores the defaults", async () => {
    const workbook = new MemoryWorkbook(composite);
    await open(workbook);
    expand(/高级设置/);
    const bands = within(section(/计算方案/)).getByRole("textbox", { name: /等级标准/ });
    fireEvent.change(bands, { target: { value: "A:90,B:95" } });
    expect(await within(section(/计算方案/)).findByText(/等级下限应从高到低/)).toBeTruthy();
    fireEvent.click(within(section(/计算方案/)).getByRole("button", { name: "恢复默认" }));
    await waitFor(() =>
      expect(
        (within(section(/计算方案/)).getByRole("textbox", { name: /等级标准/ }) as HTMLInputElement)
          .value,
      ).toBe(""),
    );
  });

  it("saves the edited scheme in the workbook under the clerk's name", async () => {
    const workbook = new MemoryWorkbook(composite);
    await open(workbook);
    expand(/高级设置/);
    fireEvent.change(within(section(/计算方案/)).getByRole("textbox", { name: "办结率的权重" }), {
      target: { value: "25" },
    });
    fireEvent.click(within(section(/计算方案/)).getByRole("button", { name: "保存为方案…" }));
    fireEvent.change(within(section(/计算方案/)).getByRole("textbox", { name: "方案名称" }), {
      target: { value: "本市2024版" },
    });
    fireEvent.click(within(section(/计算方案/)).getByRole("button", { name: "保存" }));
    await screen.findByText("已保存方案“本市2024版”。");
    expect(workbook.schemes.map((s) => [s.id, s.name.zh, s.index?.nodes[0]?.weight])).toEqual([
      ["custom-1", "本市2024版", 25],
    ]);
  });

  it("pre-fills the title from the table and keeps the output options", async () => {
    const workbook = new MemoryWorkbook(composite);
    await open(workbook);
    const options = section(/输出选项/);
    expect(
      (within(options).getByRole("textbox", { name: "报告标题" }) as HTMLInputElement).value,
    ).toBe("2017年二季度12345公众服务热线综合评价情况");
    expect(within(options).getByText("统计期：2017年第二季度")).toBeTruthy();
    expand(/更多输出选项/);
    fireEvent.click(within(options).getByRole("switch", { name: /写入Excel公式/ }));
    fireEvent.click(within(options).getByRole("radio", { name: "English" }));
    fireEvent.click(within(section(/生成/)).getByRole("button", { name: "生成报告" }));
    await screen.findByRole("status", { name: "已生成" });
    const plan = workbook.plans[0];
    expect(plan?.lang).toBe("en");
    expect(plan?.liveFormulas).toBe(true);
    expect(workbook.settings.get("{s1}")).toMatchObject({ lang: "en", liveFormulas: true });
  });

  it("generates, then shows units, grades, warnings and links to the sheets", async () => {
    const workbook = new MemoryWorkbook(composite);
    await open(workbook);
    fireEvent.click(within(section(/生成/)).getByRole("button", { name: "生成报告" }));
    const card = await screen.findByRole("status", { name: "已生成" });
    expect(within(card).getByText("参评单位 82 个")).toBeTruthy();
    expect(within(card).getByText(/A 73（81\.1%）/)).toBeTruthy();
    expect(within(card).getByText("需要核对 5 处")).toBeTruthy();
    fireEvent.click(within(card).getByRole("button", { name: "排名" }));
    await waitFor(() => expect(workbook.visited).toEqual(["排名!A1"]));
    expect(workbook.plans).toHaveLength(1);
    // The bulletin draft, to read and copy.
    const draft = screen.getByRole("textbox", { name: /通报草稿/ }) as HTMLTextAreaElement;
    expect(draft.value).toContain("一、总体情况");
    expect(draft.value).toContain("总体办结率99.88%");
    const copied: string[] = [];
    Object.assign(navigator, {
      clipboard: { writeText: async (t: string) => void copied.push(t) },
    });
    fireEvent.click(screen.getByRole("button", { name: "复制通报草稿" }));
    await screen.findByText("已复制。");
    expect(copied).toEqual([draft.value]);
  });

  it("says whether one Ctrl+Z removes the report, and how to remove it where it cannot", async () => {
    const newer = new MemoryWorkbook(composite);
    await open(newer);
    fireEvent.click(within(section(/生成/)).getByRole("button", { name: "生成报告" }));
    const card = await screen.findByRole("status", { name: "已生成" });
    expect(within(card).getByText(/按一次 Ctrl\+Z 即可删除本次生成的全部工作表/)).toBeTruthy();
    cleanup();

    const older = new MemoryWorkbook(composite);
    older.undoable = false;
    await open(older);
    fireEvent.click(within(section(/生成/)).getByRole("button", { name: "生成报告" }));
    const plain = await screen.findByRole("status", { name: "已生成" });
    expect(within(plain).getByText(/不能用 Ctrl\+Z 撤销.*删除上面列出的工作表/)).toBeTruthy();
  });

  it("keeps what was generated when the selection moves within the same table", async () => {
    const workbook = new MemoryWorkbook(composite);
    await open(workbook);
    fireEvent.click(within(section(/生成/)).getByRole("button", { name: "生成报告" }));
    await screen.findByRole("status", { name: "已生成" });
    // Writing the report (or a click in the table) moves the selection: same table, same source.
    act(() => workbook.selectionChanged({ ...composite }));
    await waitFor(() => expect(workbook.reads).toBeGreaterThan(1), { timeout: 3000 });
    expect(screen.getByRole("status", { name: "已生成" })).toBeTruthy();
  });

  it("shows what the source could not be read with (an older Excel's merged cells)", async () => {
    const note = { zh: "此版本的 Excel 不能读出合并单元格", en: "cannot report merged cells" };
    const workbook = new MemoryWorkbook({ ...composite, notes: [note] });
    await open(workbook);
    expect(await screen.findByText(/不能读出合并单元格/)).toBeTruthy();
  });

  it("shows an error in a message bar and writes nothing", async () => {
    const workbook = new MemoryWorkbook(composite);
    workbook.writeError = {
      zh: "写入报告时 Excel 出错，本次生成的工作表已删除，原有结果保持不变。",
      en: "x",
    };
    await open(workbook);
    fireEvent.click(within(section(/生成/)).getByRole("button", { name: "生成报告" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("原有结果保持不变");
    expect(workbook.plans).toHaveLength(0);
  });

  it("compares with last period's sheet chosen in the options", async () => {
    const workbook = new MemoryWorkbook(composite);
    // Last quarter: the same table with 市金融办 perfect.
    const previous = composite.grid.values.map((row) =>
      row[0] === "市金融办" ? row.map((v, i) => (i === 4 ? 0 : i === 6 ? 0 : v)) : row,
    );
    workbook.sheets.set("一季度", { ...composite.grid, sheet: "一季度", values: previous });
    await open(workbook);
    const options = section(/输出选项/);
    fireEvent.click(within(options).getByRole("combobox", { name: "与上期比较" }));
    fireEvent.click(await screen.findByRole("option", { name: "一季度" }));
    // The sheet is checked as soon as it is picked.
    // Under a loaded CI machine the check can take longer than findBy's default second.
    expect(
      (await screen.findByTestId("previous-status", undefined, { timeout: 8000 })).textContent,
    ).toContain("上期表格：82 个单位");
    // 市公路局 was called 市公路管理局 last quarter.
    expand(/更多输出选项/);
    const renames = await within(section(/输出选项/)).findByRole("textbox", { name: /更名/ });
    fireEvent.change(renames, { target: { value: "市公路管理局＝市公路局\n不完整的一行" } });
    fireEvent.blur(renames);
    fireEvent.click(within(section(/生成/)).getByRole("button", { name: "生成报告" }));
    await screen.findByRole("status", { name: "已生成" });
    expect(workbook.settings.get("{s1}")?.renames).toEqual({ 市公路管理局: "市公路局" });
    const ranking = workbook.plans[0]?.sheets.find((s) => s.role === "ranking");
    const header = ranking?.rows[2]?.map((c) => (c?.value.kind === "text" ? c.value.text : ""));
    expect(header).toEqual(expect.arrayContaining(["上期名次", "名次变化", "上期等级"]));
    const draft = screen.getByRole("textbox", { name: /通报草稿/ }) as HTMLTextAreaElement;
    expect(draft.value).toMatch(/与上(?:季度|期)相比/);
    expect(workbook.settings.get("{s1}")?.previousSheet).toBe("一季度");
  });

  it("shows hostile unit names as text, never as markup", async () => {
    const hostile = "<img src=x onerror=alert(1)>";
    const values = [
      ["部门名称", "信件总数", "终审总数"],
      [hostile, 10, 9],
      [hostile, 5, 5],
      ['=HYPERLINK("http://evil","点我")', 8, 8],
      ["局".repeat(3000), 3, 3],
    ];
    const workbook = new MemoryWorkbook({
      grid: { sheet: "问政", top: 0, left: 0, values },
      address: "问政!A1:C5",
      sheetId: "{s2}",
      foundBy: "selection",
      notes: [],
    });
    await open(workbook);
    expand(/需要核对/);
    // The duplicate name is reported in a message, as text.
    expect(
      screen.getAllByText(new RegExp(hostile.replace(/[()]/g, "\\$&"))).length,
    ).toBeGreaterThan(0);
    expect(document.querySelector("img")).toBeNull();
    fireEvent.click(within(section(/生成/)).getByRole("button", { name: "生成报告" }));
    await screen.findByRole("status", { name: "已生成" });
    const draft = screen.getByRole("textbox", { name: /通报草稿/ }) as HTMLTextAreaElement;
    expect(draft.value).toContain('=HYPERLINK("http://evil","点我")');
    expect(document.querySelector("img, a[href^='http']")).toBeNull();
    const ranking = workbook.plans[0]?.sheets.find((s) => s.role === "ranking");
    const names = ranking?.rows.slice(3).map((r) => r[1]?.value);
    expect(names).toContainEqual({ kind: "text", text: hostile });
  });

  it("speaks English when Office does", async () => {
    const workbook = new MemoryWorkbook(composite);
    await open(workbook, "en");
    expect(screen.getByRole("heading", { level: 1, name: "Department rankings" })).toBeTruthy();
    expect(section(/What govrank recognised/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Generate report" })).toBeTruthy();
  });
});
