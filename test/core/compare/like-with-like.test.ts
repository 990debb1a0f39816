/**
 * Comparisons like with like (issue: publishable output): a unit set aside this period for a typo
 * is neither a fall in volume nor a unit that left; a duplicated name keeps the history of the
 * unit whose volume it continues. Figures worked by hand here.
 */
import { bulletinFor, bulletinText } from "../../../src/core/bulletin/bulletin";
import { compareEvaluations } from "../../../src/core/compare/compare";
import { scoreGrid } from "../../../src/core/score/score-grid";

const HEADER = ["部门名称", "应办理数", "办理数", "超期办理数", "返工数", "群众满意率"];
const row = (unit: string, due: number | string) => [unit, due, due, 0, 0, 1];

function evaluate(rows: (string | number)[][]) {
  const { reading, evaluation } = scoreGrid({
    sheet: "表",
    top: 0,
    left: 0,
    values: [HEADER, ...rows],
  });
  if (!evaluation) throw new Error("not scored");
  return { reading, evaluation };
}

describe("comparing like with like", () => {
  it("leaves a unit set aside this period out of both sides of the change, and says so", () => {
    // Last month: 1000 + 2000 + 3000 = 6000. This month 1100 + 2200, and 市交通局's 3300 typed
    // as 33OO (set aside). Over the two units ranked in both: 3300 against 3000, +300, +10.0 %,
    // not 3300 against 6000 (−45.0 %).
    const before = evaluate([row("市水务局", 1000), row("市民政局", 2000), row("市交通局", 3000)]);
    const now = evaluate([row("市水务局", 1100), row("市民政局", 2200), row("市交通局", "33OO")]);
    const comparison = compareEvaluations(now.evaluation, before.evaluation);
    const due = comparison.volumes.find((v) => v.id === "due");
    expect(due).toMatchObject({ current: 3300, previous: 3000, change: 300, units: 2 });
    expect(due?.growth).toBeCloseTo(0.1, 12);
    expect(comparison.unmatched.previous).toEqual([]);
    expect(comparison.setAsideNow).toEqual(["市交通局"]);
    const text = bulletinText(
      bulletinFor(now.reading, now.evaluation, { previous: comparison, basis: "mom" }),
    );
    expect(text).toContain("承办工单环比增加300件，增幅10.0%（按两期均参评的2家计）");
    expect(text).toContain("市交通局上期参评，本期未参评");
    expect(text).not.toContain("上期有而本期无市交通局");
  });

  it("gives a duplicated name's history to the row whose volume continues it", () => {
    // The 12-ticket duplicate comes first; the bureau (5 341) had 5 000 last month.
    const before = evaluate([row("市城管局", 5000), row("市水务局", 100)]);
    const now = evaluate([row("市城管局", 12), row("市水务局", 110), row("市城管局", 5341)]);
    const comparison = compareEvaluations(now.evaluation, before.evaluation);
    const bureaus = comparison.units.filter((c) => c.unit === "市城管局");
    expect(bureaus).toHaveLength(2);
    const matched = bureaus.filter((c) => c.status !== "new");
    expect(matched).toHaveLength(1);
    // Which row took the history shows in the volumes paired: 5 341 + 110 against 5 000 + 100
    // (matched by order, the 12-ticket row would give 122 against 5 100).
    const due = comparison.volumes.find((v) => v.id === "due");
    expect(due).toMatchObject({ current: 5451, previous: 5100, change: 351 });
    expect(comparison.unmatched.current).toEqual(["市城管局"]);
  });
});
