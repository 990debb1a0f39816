import fc from "fast-check";
import { gradeCounts } from "../../../src/core/report/charts-sheet";
import { publishedPlan } from "../../helpers/fixtures";

describe("charts sheet", () => {
  const { plan } = publishedPlan("yueyang-2017-q2-hotline-composite");
  const charts = plan.sheets.find((s) => s.key === "charts")!.charts;

  it("draws, per group, the score by unit (top 10 of a long list) and the grade distribution", () => {
    expect(charts.map((c) => c.title)).toEqual([
      "综合指标值排名（综合评价A类单位）：前10名",
      "综合指标值后10名（综合评价A类单位）",
      "等级分布（综合评价A类单位）",
      "综合指标值排名（综合评价B类单位）",
      "等级分布（综合评价B类单位）",
      "综合指标值排名（综合评价C类及以下单位）",
      "等级分布（综合评价C类及以下单位）",
    ]);
    expect(charts[0]).toMatchObject({ kind: "bar", firstCategoryOnTop: true });
    expect(charts[2]).toMatchObject({ kind: "column" });
  });

  it("reads scores on an axis from just below the lowest shown, not from 0 to 120", () => {
    // The A class's top 10 are all 100.0 (published): 98 to 100. Its bottom 10 run from 97.3
    // (岳阳职业技术学院) to 98.4: span 1.1 → step 0.5, 96.5 to 98.5.
    expect(charts[0]?.axis).toEqual({ min: 98, max: 100 });
    expect(charts[1]?.axis).toEqual({ min: 96.5, max: 98.5 });
  });
});

describe("gradeCounts", () => {
  it("counts each grade at the places, runs or not, the places' own units only", () => {
    // Places 1–4: B, B, null, B → B 3; place 0 (A) and 5 (C) are not among them.
    expect(gradeCounts(["A", "B", "B", null, "B", "C"], [1, 2, 3, 4])).toEqual(new Map([["B", 3]]));
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("A", "B", "C", null), { maxLength: 60 }).chain((grades) =>
          fc.tuple(
            fc.constant(grades),
            fc.array(fc.nat(Math.max(0, grades.length - 1)), {
              maxLength: grades.length === 0 ? 0 : 80,
            }),
          ),
        ),
        ([grades, places]) => {
          const expected = new Map<string, number>();
          for (const at of places) {
            const g = grades[at];
            if (g) expected.set(g, (expected.get(g) ?? 0) + 1);
          }
          const counts = gradeCounts(grades, places);
          expect(new Map([...counts].sort())).toEqual(new Map([...expected].sort()));
        },
      ),
    );
  });
});
