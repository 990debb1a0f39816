/** The task pane's scheme edits, as pure functions. */
import { builtinScheme } from "../../../src/core/schemes/builtin";
import { formulaText } from "../../../src/core/schemes/index-words";
import {
  namedCopy,
  topLevelWeights,
  withTopWeight,
  withZeroPolicy,
} from "../../../src/core/schemes/scheme-edits";
import { validateScheme } from "../../../src/core/schemes/validate-scheme";

const composite = builtinScheme("hotline-composite");
if (!composite) throw new Error("no composite scheme");

describe("scheme edits", () => {
  it("writes the composite formula as the bulletin does (schemes.md §1)", () => {
    expect(formulaText(composite, "zh")).toBe(
      "综合指标值 = 30×办结率 + 30×按期办结率 + 20×(1 − 返工率) + 20×群众满意率",
    );
    expect(topLevelWeights(composite, "zh").map((w) => w.weight)).toEqual([30, 30, 20, 20]);
  });

  it("writes power and scale for the WCI", () => {
    const wci = builtinScheme("wechat-wci");
    expect(wci && formulaText(wci, "zh")).toBe(
      "WCI = (0.6×整体传播力 O + 0.2×篇均传播力 A + 0.1×头条传播力 H + 0.1×峰值传播力 P)^2 × 12",
    );
  });

  it("changes one weight, rewrites the formula and stops checking the printed score and grade", () => {
    const edited = withTopWeight(composite, 1, 40);
    expect(edited.index?.nodes.map((n) => n.weight)).toEqual([30, 40, 20, 20]);
    expect(formulaText(edited, "zh")).toBe(
      "综合指标值 = 30×办结率 + 40×按期办结率 + 20×(1 − 返工率) + 20×群众满意率",
    );
    const checks = edited.fields.flatMap((f) => (f.checks ? [f.checks] : []));
    expect(checks).not.toContain("score");
    expect(checks).not.toContain("grade");
    expect(checks).toContain("onTimeRate");
    expect(composite.index?.nodes[1]?.weight).toBe(30);
    expect(validateScheme(edited).ok).toBe(true);
  });

  it("sets a zero-denominator rule and saves a copy under a new id", () => {
    const edited = withZeroPolicy(composite, "completionRate", "zero");
    expect(edited.measures.find((m) => m.id === "completionRate")).toMatchObject({
      zeroPolicy: "zero",
    });
    const copy = namedCopy(edited, "本市版", ["custom-1"]);
    expect(copy.id).toBe("custom-2");
    expect(copy.name).toEqual({ zh: "本市版", en: "本市版" });
    expect(validateScheme(copy).ok).toBe(true);
  });
});
