import fc from "fast-check";
import { rankInRows } from "../../../src/core/rank/rank";
import { RankedRange } from "../../../src/core/rank/ranked-range";

describe("RankedRange", () => {
  // As Excel hands a range: rows of cells, text and blanks among the numbers.
  const rows = [[99.1], ["缺报"], [97], [null], [97], [95.5], [""]];

  it("ranks by competition (1224) and dense (1223), either direction, worked by hand", () => {
    const ranked = RankedRange.ofRows(rows);
    expect([99.1, 97, 95.5].map((v) => ranked.rank(v))).toEqual([1, 2, 4]);
    expect([99.1, 97, 95.5].map((v) => ranked.rank(v, "desc", "dense"))).toEqual([1, 2, 3]);
    expect([99.1, 97, 95.5].map((v) => ranked.rank(v, "asc"))).toEqual([4, 2, 1]);
    expect(ranked.rank(96)).toBeNull();
  });

  it("gives what one pass over the range gives, for every value and method", () => {
    const cell = fc.oneof(
      fc.integer({ min: -5, max: 5 }),
      fc.constantFrom(0.5, -0, 0, Number.NaN, 1e300, -Infinity, "文字", "", null, true),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { maxLength: 30 }),
        fc.oneof(fc.integer({ min: -6, max: 6 }), fc.constantFrom(0.5, -0, 1e300, -Infinity)),
        fc.constantFrom("desc" as const, "asc" as const),
        fc.constantFrom("competition" as const, "dense" as const),
        (range, value, direction, method) => {
          expect(RankedRange.ofRows(range).rank(value, direction, method)).toBe(
            rankInRows(value, range, direction, method),
          );
        },
      ),
    );
  });
});
