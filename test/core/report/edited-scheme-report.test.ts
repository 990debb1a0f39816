/** A report made with the clerk's own weights says so: its own scheme id and version, and what changed. */
import { buildReport } from "../../../src/core/report/build-report";
import { builtinScheme } from "../../../src/core/schemes/builtin";
import { withTopWeight } from "../../../src/core/schemes/scheme-edits";
import type { Scheme } from "../../../src/core/schemes/scheme";
import { scoreGrid } from "../../../src/core/score/score-grid";
import { publishedGrid } from "../../helpers/fixtures";

const composite = builtinScheme("hotline-composite") as Scheme;

function planWith(scheme: Scheme) {
  const grid = publishedGrid("yueyang-2017-q2-hotline-composite");
  const { reading, evaluation } = scoreGrid(grid, { scheme });
  if (!evaluation) throw new Error("not scored");
  return buildReport(
    { grid, reading, evaluation },
    { generatedAt: "2026-12-02T08:00:00.000Z", generator: "govrank test" },
  );
}

describe("a report with edited weights", () => {
  it("stamps the published scheme when nothing was edited", () => {
    const plan = planWith(composite);
    expect(plan.stamp.schemeId).toBe("hotline-composite");
    expect(plan.stamp.schemeVersion).toBe(composite.version);
  });

  it("stamps its own id and version, and the method sheet says what it is based on", () => {
    const plan = planWith(withTopWeight(composite, 1, 40));
    expect(plan.stamp.schemeId).toMatch(/^hotline-composite-edited-[0-9a-f]{8}$/);
    expect(plan.stamp.schemeVersion).toMatch(
      new RegExp(`^${composite.version.replace(/\./g, "\\.")}\\+[0-9a-f]{8}$`),
    );
    const method = plan.sheets.find((s) => s.key === "method");
    const texts = (method?.rows ?? []).flatMap((r) =>
      r.map((c) => (c?.value.kind === "text" ? c.value.text : null)),
    );
    expect(texts).toContain(`12345热线综合评价 ${composite.version}`);
    expect(texts).toContain("按期办结率的权重 30 → 40");
    expect(texts).toContain(
      "综合指标值 = 30×办结率 + 40×按期办结率 + 20×(1 − 返工率) + 20×群众满意率",
    );
  });
});
