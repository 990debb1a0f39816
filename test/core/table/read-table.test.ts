import { builtinScheme, builtinSchemes } from "../../../src/core/schemes/builtin";
import { scoreGrid } from "../../../src/core/score/score-grid";
import type { CellGrid } from "../../../src/core/table/cell-grid";
import { readTable } from "../../../src/core/table/read-table";
import { periodFromTitle } from "../../../src/core/table/period";

const schemes = builtinSchemes();

/** A small comprehensive-evaluation table the way Office hands it over: merged text only in the first cell. */
function officeGrid(): CellGrid {
  return {
    sheet: "二季度",
    top: 4,
    left: 1,
    values: [
      ["2017年二季度综合评价", null, null, null, null, null, null],
      [null, null, null, null, null, null, null],
      ["单位名称", "应办理数", "办理数", "超期办", "返工数", "抽查不", "群众"],
      [null, null, null, "理数", null, "满意数", "满意率"],
      ["综合评价A类单位", null, null, null, null, null, null],
      ["县 政 府", 100, 100, 0, 0, 0, "96.5%"],
      ["市局", "５０", 49, 2, 1, 0, null],
      ["合计", 150, 149, 2, 1, 0, null],
      ["无工单办理单位", null, null, null, null, null, null],
      ["市档案局", null, null, null, null, null, null],
      ["注：满意率空白表示无回访。", null, null, null, null, null, null],
      ["数据截至6月30日。", null, null, null, null, null, null],
    ],
    merges: [
      { top: 0, left: 0, bottom: 0, right: 6 },
      { top: 4, left: 0, bottom: 4, right: 6 },
      { top: 8, left: 0, bottom: 8, right: 6 },
    ],
  };
}

describe("readTable", () => {
  it("keeps the title, joins headers split over two rows and reads sections, totals and notes", () => {
    const reading = readTable(officeGrid(), { schemes });
    expect(reading.title).toBe("2017年二季度综合评价");
    expect(reading.scheme?.id).toBe("hotline-composite");
    expect(reading.headers["late"]).toBe("超期办理数");
    expect(reading.headers["dissatisfied"]).toBe("抽查不满意数");
    expect(reading.headerRange).toBe("二季度!B7:H8");
    expect(reading.rows.all().map((r) => [r.unit, r.section, r.unitCell])).toEqual([
      ["县政府", "综合评价A类单位", "二季度!B10"],
      ["市局", "综合评价A类单位", "二季度!B11"],
      ["市档案局", "无工单办理单位", "二季度!B14"],
    ]);
    expect(reading.problems.map((p) => [p.code, p.cell])).toEqual([["totals-row", "二季度!B12"]]);
    // Text after a note is more of it.
    expect(reading.notes).toEqual(["注:满意率空白表示无回访。", "数据截至6月30日。"]);
  });

  it("scores the Office-style grid: full-width digits, blank satisfaction as no call-back, no-ticket units", () => {
    const { evaluation } = scoreGrid(officeGrid());
    expect(evaluation?.units.map((u) => [u.unit, u.score, u.grade])).toEqual([
      ["县政府", 99.3, "A"], // 30 + 30 + 20 + 20·0.965
      ["市局", 97.2, "A"], // 29.4 + 28.2 + 19.6 + 20 (no call-back: 100 %)
    ]);
    expect(evaluation?.units[1]?.notes[0]?.zh).toContain("无回访");
    expect(evaluation?.excluded).toEqual([
      {
        unit: "市档案局",
        group: null,
        section: "无工单办理单位",
        reason: "no-tickets",
        cell: "二季度!B14",
        codes: [],
      },
    ]);
  });

  it("lets an explicit mapping (by header or column letter) override detection", () => {
    const grid = officeGrid();
    const byHeader = readTable(grid, {
      schemes,
      scheme: builtinScheme("hotline-composite"),
      mapping: { rework: "抽查不满意数" },
    });
    expect(byHeader.blocks[0]?.columns["rework"]).toBe(5);
    const byLetter = readTable(grid, { schemes, mapping: { rework: "G" } });
    expect(byLetter.blocks[0]?.columns["rework"]).toBe(5);
    const wrong = readTable(grid, { schemes, mapping: { rework: "完成数" } });
    expect(wrong.problems.map((p) => p.code)).toContain("mapping-not-found");
  });

  it("names a missing required column and the headers it would accept", () => {
    const grid: CellGrid = {
      sheet: "S",
      top: 0,
      left: 0,
      values: [
        ["部门名称", "应办理数", "办理数", "返工数", "群众满意率"],
        ["甲", 1, 1, 0, "100%"],
      ],
    };
    const { evaluation } = scoreGrid(grid, { scheme: builtinScheme("hotline-composite") });
    const missing = evaluation?.problems.find((p) => p.code === "missing-column");
    expect(missing?.message.zh).toContain("超期办理数");
    expect(missing?.cell).toBe("S!A1:E1");
    expect(evaluation?.units).toEqual([]);
    expect(evaluation?.excluded.map((e) => e.reason)).toEqual(["invalid-input"]);
  });

  it("reports a table with no header it knows", () => {
    const reading = readTable(
      {
        sheet: "S",
        top: 0,
        left: 0,
        values: [
          ["a", "b"],
          [1, 2],
        ],
      },
      { schemes },
    );
    expect(reading.problems.map((p) => [p.code, p.cell])).toEqual([["no-header-row", "S!A1:B2"]]);
  });
});

describe("periodFromTitle", () => {
  it.each([
    ["荆州市政务微信2021年2月排行榜", { kind: "month", year: 2021, month: 2, days: 28 }],
    ["2020年2月", { kind: "month", year: 2020, month: 2, days: 29 }],
    [
      "2017年二季度12345公众服务热线综合评价情况",
      { kind: "quarter", year: 2017, quarter: 2, days: 91 },
    ],
    ["2020年第一季度乡镇…", { kind: "quarter", year: 2020, quarter: 1, days: 91 }],
  ])("reads %p", (title, period) => {
    expect(periodFromTitle(title)).toEqual(period);
  });
});
