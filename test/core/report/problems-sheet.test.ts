import { planTexts, publishedPlan } from "../../helpers/fixtures";

describe("problems sheet", () => {
  const { plan } = publishedPlan("yueyang-2017-q2-hotline-composite");
  const texts = planTexts(plan.sheets.find((s) => s.key === "problems")!);

  it("lists the contradictions first, each with its cell, the printed and the recomputed value", () => {
    const first = texts.indexOf(1);
    expect(texts.slice(first, first + 3)).toEqual([1, "警告", "华容县政府"]);
    expect(texts).toContain("'yueyang-2017-q2-hotline-composite'!G9");
    expect(texts).toContain(98.5);
    expect(texts).toContain(99.1);
    expect(texts.filter((t) => t === "警告")).toHaveLength(5);
  });
});
