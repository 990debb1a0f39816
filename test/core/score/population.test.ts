/**
 * 参评单位总数: the denominator of grade shares is a setting (issue: publishable output). Worked
 * by hand: three A of a table of four units (one without tickets) is 3 / 4 = 75.0 %; of the 10
 * units the clerk says are assessed it is 3 / 10 = 30.0 %.
 */
import { scoreGrid } from "../../../src/core/score/score-grid";

const grid = {
  sheet: "表",
  top: 0,
  left: 0,
  values: [
    ["部门名称", "应办理数", "办理数", "超期办理数", "返工数", "群众满意率"],
    ["市水务局", 10, 10, 0, 0, 1],
    ["市民政局", 20, 20, 0, 0, 1],
    ["市交通局", 30, 30, 0, 0, 1],
    ["市科技局", null, null, null, null, null],
  ],
};

function shareOfA(population?: number) {
  const { evaluation } = scoreGrid(grid, { population });
  if (!evaluation) throw new Error("not scored");
  const a = evaluation.overall.grades.find((g) => g.label === "A");
  return { share: a?.share, evaluation };
}

describe("the population for shares", () => {
  it("defaults to the units in the table, no-ticket units included", () => {
    const { share, evaluation } = shareOfA();
    expect(share).toBe(3 / 4);
    expect(evaluation.overall.populationSource).toBe("table");
  });

  it("is the clerk's 参评单位总数 when she sets one", () => {
    const { share, evaluation } = shareOfA(10);
    expect(share).toBe(3 / 10);
    expect(evaluation.overall.population).toBe(10);
    expect(evaluation.overall.populationSource).toBe("setting");
  });

  it("refuses a total below the table's units, says so and keeps the table's", () => {
    const { share, evaluation } = shareOfA(3);
    expect(share).toBe(3 / 4);
    const warning = evaluation.problems.find((p) => p.code === "population-below-table");
    expect(warning?.message.zh).toContain("参评单位总数设为3，少于表中的4个单位");
  });
});

describe("the default population", () => {
  it("counts a unit set aside for a typo: it is still under assessment", () => {
    // Four units, one with 应办理数 typed as "1O": three A of four, 75.0 %, not three of three.
    const { evaluation } = scoreGrid({
      ...grid,
      values: [...grid.values.slice(0, 4), ["市科技局", "1O", 10, 0, 0, 1]],
    });
    if (!evaluation) throw new Error("not scored");
    expect(evaluation.overall.invalidCount).toBe(1);
    expect(evaluation.overall.population).toBe(4);
    expect(evaluation.overall.grades.find((g) => g.label === "A")?.share).toBe(3 / 4);
  });
});
