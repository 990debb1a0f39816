/**
 * What `govrank report` prints when done: the first five by rank over the whole table, read from
 * the rank column — ties in the workbook's order, units of every group together — worked by hand.
 */
import { reportSummary } from "../../src/cli/report-summary";
import { buildReport } from "../../src/core/report/build-report";
import { scoreGrid } from "../../src/core/score/score-grid";
import type { CellGrid } from "../../src/core/table/cell-grid";
import type { CellValue } from "../../src/core/values/parse-cell";

const HEADER = ["部门名称", "分组", "应办理数", "办理数", "超期办理数", "返工数", "群众满意率"];

/**
 * 100 tickets due, none late or reworked, every caller satisfied: the index is
 * 30·h/100 + 30·h/100 + 20·(1 − 0) + 20·1 = 40 + 0.6·h for h handled.
 */
function grid(units: [name: string, group: string, handled: number][]): CellGrid {
  const values: CellValue[][] = [
    HEADER,
    ...units.map(([name, group, handled]) => [name, group, 100, handled, 0, 0, 1]),
  ];
  return { sheet: "热线", top: 0, left: 0, values };
}

function summary(table: CellGrid, lang: "zh" | "en" = "zh"): string {
  const { reading, evaluation } = scoreGrid(table);
  if (!evaluation) throw new Error("not scored");
  const plan = buildReport(
    { grid: table, reading, evaluation },
    { generatedAt: "2026-01-01T00:00:00Z", generator: "test", lang, analysis: "none" },
  );
  return reportSummary("out.xlsx", plan, evaluation);
}

/** The printed ranking after its "first n" line (its header, then its rows), split into columns. */
function topRows(text: string, heading: RegExp): string[][] {
  const lines = text.trimEnd().split("\n");
  const at = lines.findIndex((l) => heading.test(l));
  return lines.slice(at + 1).map((l) => l.trim().split(/\s+/));
}

describe("reportSummary", () => {
  it("lists the first five by rank across groups, a tie in the workbook's order", () => {
    // Indices 40 + 0.6·h: 甲 100.0, 乙 97.0, 丙 94.0, 丁 100.0, 戊 88.0, 己 91.0, 庚 70.0.
    // The workbook lists 县市区 first (甲 丙 戊 庚), then 市直单位 (丁 乙 己); over the whole
    // table 甲 and 丁 tie 1st, 乙 is 3rd, 丙 4th, 己 5th. Grades: A ≥ 95, B ≥ 90.
    const text = summary(
      grid([
        ["甲", "县市区", 100],
        ["乙", "市直单位", 95],
        ["丙", "县市区", 90],
        ["丁", "市直单位", 100],
        ["戊", "县市区", 80],
        ["己", "市直单位", 85],
        ["庚", "县市区", 50],
      ]),
    );
    expect(text).toContain("前5名：");
    expect(topRows(text, /^前5名/)).toEqual([
      ["名次", "单位", "综合指标值", "等级"],
      ["1", "甲", "100.0", "A"],
      ["1", "丁", "100.0", "A"],
      ["3", "乙", "97.0", "A"],
      ["4", "丙", "94.0", "B"],
      ["5", "己", "91.0", "B"],
    ]);
  });

  it("lists every unit when there are fewer than five, in English too", () => {
    const text = summary(
      grid([
        ["甲", "县市区", 60],
        ["乙", "县市区", 90],
        ["丙", "县市区", 75],
      ]),
      "en",
    );
    // 40 + 0.6·h: 乙 94.0 (B), 丙 85.0 (C), 甲 76.0 (D).
    const rows = topRows(text, /^Top 3:/);
    expect(rows[0]?.[0]).toBe("Rank");
    expect(rows.slice(1)).toEqual([
      ["1", "乙", "94.0", "B"],
      ["2", "丙", "85.0", "C"],
      ["3", "甲", "76.0", "D"],
    ]);
  });
});
