import { builtinScheme } from "../../../src/core/schemes/builtin";
import { schemeAsRun, schemeChanges } from "../../../src/core/schemes/edited-scheme";
import { withTopWeight, withZeroPolicy } from "../../../src/core/schemes/scheme-edits";
import { validateScheme } from "../../../src/core/schemes/validate-scheme";
import type { Scheme } from "../../../src/core/schemes/scheme";

const composite = builtinScheme("hotline-composite") as Scheme;

describe("schemeAsRun", () => {
  it("keeps the published scheme as it is", () => {
    expect(schemeAsRun(composite)).toBe(composite);
  });

  it("gives an edited scheme its own id and version, the same for the same edits", () => {
    const edited = schemeAsRun(withTopWeight(composite, 1, 40));
    expect(edited.id).toMatch(/^hotline-composite-edited-[0-9a-f]{8}$/);
    expect(edited.version).toBe(`${composite.version}+${edited.id.slice(-8)}`);
    expect(edited.basedOn).toEqual({
      id: "hotline-composite",
      version: composite.version,
      changes: [{ zh: "按期办结率的权重 30 → 40", en: "weight of On-time rate 30 → 40" }],
    });
    expect(schemeAsRun(withTopWeight(composite, 1, 40)).id).toBe(edited.id);
    expect(schemeAsRun(withTopWeight(composite, 1, 35)).id).not.toBe(edited.id);
    expect(validateScheme(edited).ok).toBe(true);
  });

  it("counts the clerk's grade bands as an edit", () => {
    const run = schemeAsRun(composite, {
      grades: [{ min: 90, label: "A" }, { min: 80, label: "B" }, { label: "C" }],
    });
    expect(run.grades?.map((b) => b.label)).toEqual(["A", "B", "C"]);
    expect(run.basedOn?.changes).toEqual([
      {
        zh: "等级标准 A:95,B:90,C:80,D:60,E → A:90,B:80,C",
        en: "grade bands A:95,B:90,C:80,D:60,E → A:90,B:80,C",
      },
    ]);
  });

  it("is the published scheme again when the edit is undone, and stays edited when edited twice", () => {
    const back = schemeAsRun(schemeAsRun(withZeroPolicy(composite, "completionRate", "zero")), {
      base: composite,
    });
    expect(back.id).toMatch(/-edited-/);
    const reverted = withZeroPolicy(
      withZeroPolicy(composite, "completionRate", "zero"),
      "completionRate",
      (composite.measures.find((m) => m.id === "completionRate") as { zeroPolicy: "error" })
        .zeroPolicy,
    );
    expect(schemeAsRun(reverted).id).toBe("hotline-composite");
  });
});

describe("schemeChanges", () => {
  it("names zero-rule changes in words", () => {
    const changed = withZeroPolicy(composite, "reworkRate", "blank");
    expect(schemeChanges(composite, changed)).toEqual([
      {
        zh: "返工率分母为0时：按0计 → 留空",
        en: "Rework rate with a zero denominator: counted as 0 → left blank",
      },
    ]);
  });
});
