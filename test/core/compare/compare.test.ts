/** This period against the last, on the Yueyang table against itself with edits made by hand. */
import {
  compareEvaluations,
  movementText,
  type UnitComparison,
} from "../../../src/core/compare/compare";
import type { CellGrid } from "../../../src/core/table/cell-grid";
import { scoreGrid } from "../../../src/core/score/score-grid";
import { publishedGrid } from "../../helpers/fixtures";

function evaluationOf(grid: CellGrid) {
  const { evaluation } = scoreGrid(grid);
  if (!evaluation) throw new Error("not scored");
  return evaluation;
}

describe("compareEvaluations", () => {
  const current = publishedGrid("yueyang-2017-q2-hotline-composite");
  // Last period: 市审计局 renamed, 岳阳县政府 with 100 fewer tickets due (and as many fewer handled).
  const previous: CellGrid = {
    ...current,
    values: current.values.map((row) => {
      if (row[1] === "市审计局") return [row[0], "市审计处", ...row.slice(2)];
      if (row[1] === "岳阳县政府") return [row[0], row[1], 4095, 4094, ...row.slice(4)];
      return row;
    }),
  };

  it("matches units by name and by the renames given, and counts volume growth Σ against Σ", () => {
    const comparison = compareEvaluations(evaluationOf(current), evaluationOf(previous), {
      市审计处: "市审计局",
    });
    expect(comparison.unmatched).toEqual({ current: [], previous: [] });
    const due = comparison.volumes.find((v) => v.id === "due");
    expect(due).toMatchObject({ current: 38742, previous: 38642, change: 100 });
    expect(due?.growth).toBeCloseTo(100 / 38642, 12);
  });

  it("lists a name it cannot match on both sides", () => {
    const comparison = compareEvaluations(evaluationOf(current), evaluationOf(previous));
    expect(comparison.unmatched).toEqual({ current: ["市审计局"], previous: ["市审计处"] });
    expect(comparison.units.find((u) => u.unit === "市审计局")?.status).toBe("new");
  });
});

describe("movementText", () => {
  const base: UnitComparison = {
    unit: "市规划局",
    group: null,
    rank: 3,
    previousRank: 5,
    rankChange: 2,
    status: "up",
    grade: "A",
    previousGrade: "A",
    gradeChange: "same",
    score: 99,
    previousScore: 98,
    scoreChange: 1,
  };
  it("writes ↑/↓ with the places, 新上榜 and 未参评", () => {
    expect(movementText(base, "zh")).toBe("↑2");
    expect(movementText({ ...base, status: "down", rankChange: -4 }, "zh")).toBe("↓4");
    expect(movementText({ ...base, status: "new" }, "zh")).toBe("新上榜");
    expect(movementText({ ...base, status: "gone" }, "en")).toBe("not ranked");
    expect(movementText({ ...base, status: "same" }, "zh")).toBe("—");
  });
});
