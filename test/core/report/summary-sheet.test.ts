/** 汇总 of the Yueyang report: the counts, totals and Σ/Σ rates the published table gives. */
import { planTexts, publishedPlan } from "../../helpers/fixtures";

describe("summary sheet", () => {
  const { plan } = publishedPlan("yueyang-2017-q2-hotline-composite");
  const texts = planTexts(plan.sheets.find((s) => s.key === "summary")!);
  const after = (label: string) => texts[texts.indexOf(label) + 1];

  it("counts 82 ranked, 8 with no tickets, 90 in all", () => {
    expect(after("参评单位数")).toBe(82);
    expect(after("无工单单位数（不参评）")).toBe(8);
    expect(after("单位总数（含无工单、数据有误单位）")).toBe(90);
  });

  it("totals the counts and gives rates as Σ ÷ Σ with their parts", () => {
    expect(after("应办理数")).toBe(38742);
    expect(after("超期办理数")).toBe(270);
    expect(texts).toContain(38695 / 38742);
    expect(texts).toContain("= 38695 / 38742");
    expect(texts).toContain("= 38425 / 38742");
  });
});
