import { builtinScheme } from "../../../src/core/schemes/builtin";
import type { Scheme } from "../../../src/core/schemes/scheme";
import { computeMeasures } from "../../../src/core/score/measures";

const composite = builtinScheme("hotline-composite") as Scheme;

describe("computeMeasures", () => {
  it("computes 华容县政府's rates from its counts (due 2569, handled 2569, late 10, rework 6)", () => {
    const out = computeMeasures(composite.measures, {
      due: 2569,
      handled: 2569,
      late: 10,
      rework: 6,
      satisfactionRate: 0.98,
    });
    expect(out.values["completionRate"]).toBe(1);
    expect(out.values["onTimeRate"]).toBeCloseTo(2559 / 2569, 15);
    expect(out.values["reworkRate"]).toBeCloseTo(6 / 2569, 15);
    expect(out.values["satisfactionRate"]).toBe(0.98);
    expect(out.parts["onTimeRate"]).toEqual({ numerator: 2559, denominator: 2569 });
    expect(out.zeroDenominator).toEqual([]);
  });

  it("applies each measure's zero rule and says which took it", () => {
    const out = computeMeasures(composite.measures, { due: 0, handled: 0, late: 0, rework: 0 });
    expect(out.values["reworkRate"]).toBe(0);
    expect(out.zeroDenominator).toContain("reworkRate");
    expect(out.values["satisfactionRate"]).toBeNull();
  });
});
