import { ratio, isZeroDenominatorPolicy } from "../../../src/core/measures/ratio";

describe("ratio", () => {
  it("divides when the denominator is not zero, whatever the policy", () => {
    // 办结率 of the petition bulletin: 5/6 → 83.33 %
    expect(ratio(5, 6, "error")).toEqual({ kind: "number", value: 5 / 6, zeroDenominator: false });
    expect(ratio(0, 1, "full")).toEqual({ kind: "number", value: 0, zeroDenominator: false });
  });

  it("applies the zero-denominator policy and says it did", () => {
    expect(ratio(0, 0, "zero")).toEqual({ kind: "number", value: 0, zeroDenominator: true });
    expect(ratio(0, 0, "full")).toEqual({ kind: "number", value: 1, zeroDenominator: true });
    expect(ratio(0, 0, "blank")).toEqual({ kind: "blank" });
    expect(ratio(3, 0, "error")).toEqual({ kind: "error", code: "zero-denominator" });
  });

  it("knows its policies", () => {
    expect(isZeroDenominatorPolicy("full")).toBe(true);
    expect(isZeroDenominatorPolicy("Full")).toBe(false);
  });
});
