import { keyValue } from "../../../src/core/score/key-value";
import type { Measure } from "../../../src/core/schemes/scheme";

const rate: Measure = {
  kind: "ratio",
  id: "onTimeRate",
  label: { zh: "按期办结率", en: "On-time rate" },
  numerator: [{ input: "handled", sign: 1 }],
  denominator: "due",
  zeroPolicy: "error",
  format: "percent",
  precision: 2,
  direction: "higher",
};

describe("keyValue", () => {
  it("compares a rate as printed: 2/3 is 66.67 %, 0.666666 is 66.67 % too (they tie)", () => {
    expect(keyValue(rate, 2 / 3)).toBe(66.67);
    expect(keyValue(rate, 0.666666)).toBe(66.67);
  });

  it("takes the score as it is, and gives NaN for no value", () => {
    expect(keyValue(undefined, 89.5)).toBe(89.5);
    expect(keyValue(rate, null)).toBeNaN();
    expect(keyValue(undefined, undefined)).toBeNaN();
  });
});
