/**
 * The printed order (scheme data): Yueyang's A class by 应办理数, the rest by score. From the
 * published table: the A unit with most tickets due is 岳阳县政府 (4195), then 岳阳楼区政府 (3605),
 * 湘阴县政府 (3438); B begins with 市洞庭新城公司 (94.0) and E is 市审计局 (40.0), last.
 */
import { groupSlices, sliceUnits } from "../../../src/core/report/report-context";
import { publishedEvaluation } from "../../helpers/fixtures";

function unitsOf(evaluation: ReturnType<typeof publishedEvaluation>["evaluation"]) {
  return groupSlices(evaluation).flatMap((s) => sliceUnits(evaluation, s));
}

describe("the printed order", () => {
  it("lists the A class by volume and the other grades by score, ranks unchanged", () => {
    const { evaluation } = publishedEvaluation("yueyang-2017-q2-hotline-composite");
    const printed = unitsOf(evaluation);
    const a = printed.filter((u) => u.grade === "A");
    expect(a.slice(0, 3).map((u) => u.unit)).toEqual(["岳阳县政府", "岳阳楼区政府", "湘阴县政府"]);
    const dues = a.map((u) => u.measures["due"] ?? 0);
    expect(dues).toEqual([...dues].sort((x, y) => y - x));
    const rest = printed.filter((u) => u.grade !== "A").map((u) => u.score ?? 0);
    expect(rest).toEqual([...rest].sort((x, y) => y - x));
    expect(printed.at(-1)?.unit).toBe("市审计局");
    // Ranks stay on the score: 岳阳县政府's 99.2 is not first.
    expect(a[0]?.rank).not.toBe(1);
  });

  it("prints the clerk's own order as it is", () => {
    const { evaluation } = publishedEvaluation("yueyang-2017-q2-hotline-composite", {
      sortKey: { key: "reworkRate", direction: "asc" },
    });
    expect(unitsOf(evaluation).map((u) => u.unit)).toEqual(evaluation.units.map((u) => u.unit));
  });
});
