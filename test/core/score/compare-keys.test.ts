import { compareKeys } from "../../../src/core/score/compare-keys";

describe("compareKeys", () => {
  it("orders by value either way, a missing value (NaN) last either way, ties 0", () => {
    const values = [3, Number.NaN, 1, 2, Number.NaN];
    expect([...values].sort((a, b) => compareKeys(a, b, true))).toEqual([3, 2, 1, NaN, NaN]);
    expect([...values].sort((a, b) => compareKeys(a, b, false))).toEqual([1, 2, 3, NaN, NaN]);
    expect(compareKeys(2, 2, true)).toBe(0);
    expect(compareKeys(-0, 0, false)).toBe(0);
    expect(compareKeys(Number.NaN, Number.NaN, true)).toBe(0);
  });
});
