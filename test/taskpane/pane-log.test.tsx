/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 *
 * The pane on a ticket log: what was counted and left unread, the rules and days she sets (saved
 * for the sheet), a unit's tickets shown in the log, and a long read's progress and cancel.
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { webLightTheme } from "@fluentui/react-components";
import type { SourceTable } from "../../src/excel/workbook";
import { App } from "../../src/taskpane/App";
import { MemoryWorkbook } from "../fakes/memory-workbook";
import { hubeiMay2019 } from "../helpers/ticket-logs";

jest.setTimeout(90_000);

const VALUES = [
  ["某市12345工单明细（2022年1月）"],
  [
    "工单编号",
    "受理时间",
    "来电人",
    "联系电话",
    "办理方式",
    "承办单位",
    "办结时间",
    "办结时限",
    "重办次数",
    "回访结果",
  ],
  [
    "G1",
    "2022-01-03 09:00",
    "张伟",
    "13912345678",
    "转办",
    "市住建局",
    "2022-01-05 10:00",
    "2022-01-06 18:00",
    "0",
    "满意",
  ],
  [
    "G2",
    "2022-01-04 09:00",
    "李芳",
    "13800001111",
    "转办",
    "市住建局",
    "2022-02-08 10:00",
    "2022-01-06 18:00",
    "1",
    "不满意",
  ],
  [
    "G3",
    "2022-01-05 09:00",
    "王敏",
    "13700002222",
    "转办",
    "市交通局",
    "2022-01-06 10:00",
    "2022-01-09 18:00",
    "0",
    "满意",
  ],
  ["G4", "2022-01-06 09:00", "赵静", "13600003333", "当场答复", null, null, null, null, null],
];

const source = (values: unknown[][]): SourceTable => ({
  grid: { sheet: "工单明细", top: 0, left: 0, values: values as SourceTable["grid"]["values"] },
  address: `'工单明细'!A1:J${values.length}`,
  sheetId: "{log}",
  foundBy: "selection",
  notes: [],
});

async function open(workbook: MemoryWorkbook) {
  render(
    <App
      language="zh"
      theme={webLightTheme}
      workbook={workbook}
      now={() => new Date("2022-02-07T02:00:00Z")}
      generator="govrank test"
    />,
  );
  await screen.findByTestId("log-recognised");
}

afterEach(cleanup);

describe("the pane on a ticket log", () => {
  it("says what was counted and which personal columns were not read", async () => {
    const workbook = new MemoryWorkbook(source(VALUES));
    await open(workbook);
    expect(screen.getByTestId("log-recognised").textContent).toBe(
      "识别为工单明细，按“工单明细→综合评价”统计：计入 4 件，2 个单位。",
    );
    expect(screen.getByText(/含个人信息的列不读取、不写入任何输出：来电人、联系电话/)).toBeTruthy();
    expect(screen.getByTestId("ticket-count").textContent).toBe("4");
    // Nothing personal anywhere in the pane.
    expect(document.body.textContent).not.toMatch(/张伟|13912345678/);
  });

  it("keeps the cut-off she sets for the sheet and counts by it", async () => {
    const workbook = new MemoryWorkbook(source(VALUES));
    await open(workbook);
    const field = screen.getByLabelText(/办结截止日/);
    fireEvent.change(field, { target: { value: "2022-02-06" } });
    await waitFor(() => expect(workbook.settings.get("{log}")?.tickets?.cutoff).toBe("2022-02-06"));
    // G2 closed on 8 February: after the cut-off, so not handled.
    expand(/通报开头的数字/);
    await waitFor(() => expect(screen.getByText("已办结 2（66.67%）")).toBeTruthy());
  });

  it("shows a unit's late, sent-back and dissatisfied tickets in the log", async () => {
    const workbook = new MemoryWorkbook(source(VALUES));
    await open(workbook);
    expand(/核对某单位的工单/);
    fireEvent.click(screen.getByRole("combobox", { name: /单位/ }));
    fireEvent.click(await screen.findByRole("option", { name: "市住建局" }));
    fireEvent.click(screen.getByRole("button", { name: /只显示这 1 张工单/ }));
    await waitFor(() =>
      expect(workbook.filters).toEqual([{ sheet: "工单明细", column: 0, values: ["G2"] }]),
    );
    expect(await screen.findByText(/已在明细中筛选出 1 张工单/)).toBeTruthy();
  });

  it("counts a message log by the message rules", async () => {
    const workbook = new MemoryWorkbook(source(hubeiMay2019().rows));
    await open(workbook);
    expect(screen.getByTestId("log-recognised").textContent).toContain(
      "按“留言明细→网上问政办结率”统计：计入 242 件",
    );
  });

  it("shows a long read's progress and stops it when asked, keeping nothing half-read", async () => {
    const workbook = new MemoryWorkbook(source(VALUES));
    workbook.readBlocks = [
      { rows: 20000, total: 100000 },
      { rows: 40000, total: 100000 },
      { rows: 60000, total: 100000 },
    ];
    workbook.blockPauseMs = 300;
    render(
      <App
        language="zh"
        theme={webLightTheme}
        workbook={workbook}
        now={() => new Date()}
        generator="govrank test"
      />,
    );
    await screen.findByText("正在读取：20000 / 100000 行");
    fireEvent.click(screen.getByRole("button", { name: "取消读取" }));
    await screen.findByText(/已取消读取/);
    expect(screen.queryByTestId("log-recognised")).toBeNull();
    act(() => undefined);
  });
});

function expand(name: RegExp): void {
  const button = screen.getByRole("button", { name });
  if (button.getAttribute("aria-expanded") !== "true") fireEvent.click(button);
}
