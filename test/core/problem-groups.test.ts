import { groupProblems, withoutOwnCell } from "../../src/core/problem-groups";
import { problem } from "../../src/core/problems";
import { scoreGrid } from "../../src/core/score/score-grid";

const typo = (row: number) =>
  problem(
    "error",
    "unreadable-number",
    `表!C${row}（单位${row}的应办理数）“12O”不是数字，请改为数字。`,
    `表!C${row} (单位${row}, Tickets due) “12O” is not a number: type a number.`,
    { cell: `表!C${row}`, unit: `单位${row}` },
  );

describe("groupProblems", () => {
  it("folds the same problem in the same column into one line with its count and cells", () => {
    const groups = groupProblems([typo(2), typo(3), typo(4)]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({
      code: "unreadable-number",
      count: 3,
      cells: ["表!C2", "表!C3", "表!C4"],
    });
    // The address is the link beside the message, not in it again.
    expect(groups[0]?.message.zh).toBe("单位2的应办理数“12O”不是数字，请改为数字。");
    expect(groups[0]?.message.en).toBe("单位2, Tickets due: “12O” is not a number: type a number.");
  });

  it("keeps problems of other columns, codes and severities apart, errors first", () => {
    const other = { ...typo(2), cell: "表!D2" };
    const info = problem("info", "totals-row", "第9行是“合计”行", "Row 9 is a totals row", {
      cell: "表!B9",
    });
    expect(groupProblems([info, typo(2), other]).map((g) => [g.severity, g.cells])).toEqual([
      ["error", ["表!C2"]],
      ["error", ["表!D2"]],
      ["info", ["表!B9"]],
    ]);
  });

  it("folds a column's row problems under the problem of the whole column", () => {
    const column = {
      ...problem(
        "error",
        "column-looks-like-serial",
        "C列像是序号",
        "Column C looks like a serial",
        {
          cell: "表!C2:C9",
        },
      ),
      covers: "表!C2:C9",
    };
    const groups = groupProblems([typo(2), column, typo(5)]);
    expect(groups).toEqual([
      {
        severity: "error",
        code: "column-looks-like-serial",
        message: { zh: "C列像是序号", en: "Column C looks like a serial" },
        cells: ["表!C2:C9"],
        count: 3,
      },
    ]);
  });

  it("leaves a message without its cell as it is", () => {
    const m = { zh: "第9行是合计行", en: "Row 9 is a totals row" };
    expect(withoutOwnCell(m, "表!B9")).toEqual(m);
  });
});

describe("whole-column mistakes", () => {
  const header = ["序号", "部门名称", "应办理数", "办理数", "超期办理数", "返工数", "群众满意率"];
  const rows = [1, 2, 3, 4, 5].map((i) => [i, `单位${i}`, 100 + i, 100, 0, 0, 1]);

  it("says once that the column mapped to 应办理数 is the 序号 column", () => {
    const { evaluation } = scoreGrid(
      { sheet: "表", top: 0, left: 0, values: [header, ...rows] },
      { mapping: { due: "A" } },
    );
    const serial = evaluation?.problems.filter((p) => p.code === "column-looks-like-serial");
    expect(serial?.map((p) => p.cell)).toEqual(["表!A2:A6"]);
    expect(serial?.[0]?.message.zh).toContain("A列（“序号”）是 1、2、3…，像是序号，不是“应办理数”");
    // However many row problems follow from it, the pane shows one line.
    const groups = groupProblems(evaluation?.problems ?? []).filter((g) => g.severity === "error");
    expect(groups.map((g) => g.code)).toEqual(["column-looks-like-serial"]);
  });

  it("says once that a column of names is not a column of counts", () => {
    const { evaluation } = scoreGrid(
      { sheet: "表", top: 0, left: 0, values: [header, ...rows] },
      { mapping: { handled: "B" } },
    );
    const text = evaluation?.problems.filter((p) => p.code === "column-of-text");
    expect(text?.map((p) => p.cell)).toEqual(["表!B2:B6"]);
    expect(text?.[0]?.message.zh).toContain("B列（“部门名称”）大多是文字（如“单位1”）");
  });

  it("says nothing of a real count column, even a small one", () => {
    const { evaluation } = scoreGrid({ sheet: "表", top: 0, left: 0, values: [header, ...rows] });
    expect(evaluation?.problems.filter((p) => p.covers)).toEqual([]);
  });
});
