/** Binary search bounds against a scan of the array, on sorted numbers with runs of equal values. */
import fc from "fast-check";
import { lowerBound, upperBound } from "../../../src/core/rank/sorted-bounds";

describe("lowerBound and upperBound", () => {
  it("find the first index not below, and the first above, a value", () => {
    const values = [1, 2, 2, 5];
    expect(lowerBound(values, 2)).toBe(1);
    expect(upperBound(values, 2)).toBe(3);
    expect(lowerBound(values, 0)).toBe(0);
    expect(upperBound(values, 9)).toBe(4);
    expect(lowerBound(Float64Array.of(-0, 0, 1), 0)).toBe(0);
    expect(upperBound(Float64Array.of(-0, 0, 1), -0)).toBe(2);
    expect(lowerBound([], 3)).toBe(0);
  });

  it("agree with a scan on any sorted array, in a typed array or a plain one", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5, max: 5 })),
        fc.integer({ min: -6, max: 6 }),
        fc.boolean(),
        (list, value, typed) => {
          const sorted = [...list].sort((a, b) => a - b);
          const values = typed ? Float64Array.from(sorted) : sorted;
          const below = sorted.filter((v) => v < value).length;
          const upTo = sorted.filter((v) => v <= value).length;
          expect(lowerBound(values, value)).toBe(below);
          expect(upperBound(values, value)).toBe(upTo);
        },
      ),
    );
  });
});
