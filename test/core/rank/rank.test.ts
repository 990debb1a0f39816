import { rankInRows } from "../../../src/core/rank/rank";
import fc from "fast-check";
import { rank, rankWithinGroups } from "../../../src/core/rank/rank";

describe("rank", () => {
  it("gives ties the same rank: 1224 by default, 1223 when dense", () => {
    expect(rank([99.7, 99.9, 99.7, 98.5])).toEqual([2, 1, 2, 4]);
    expect(rank([99.7, 99.9, 99.7, 98.5], "desc", "dense")).toEqual([2, 1, 2, 3]);
  });

  it("ranks lower-is-better values ascending and leaves missing values unranked", () => {
    expect(rank([0.013, 0, null, 0.0052], "asc")).toEqual([3, 1, null, 2]);
  });

  it("ranks within groups", () => {
    expect(rankWithinGroups([666, 15, 587, 15], ["县市区", "市直", "县市区", "市直"])).toEqual([
      1, 1, 2, 1,
    ]);
  });

  const values = fc.array(fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }), {
    maxLength: 40,
  });

  it("ties share a rank, and a better value always ranks strictly better", () => {
    fc.assert(
      fc.property(
        values,
        fc.constantFrom("competition" as const, "dense" as const),
        (vs, method) => {
          const r = rank(vs, "desc", method);
          vs.forEach((a, i) =>
            vs.forEach((b, j) => {
              if (a === null || b === null) return;
              if (a === b) expect(r[i]).toBe(r[j]);
              if (a > b) expect(r[i] ?? Infinity).toBeLessThan(r[j] ?? -Infinity);
            }),
          );
        },
      ),
    );
  });

  it("does not depend on the order of the input (permutation invariance)", () => {
    fc.assert(
      fc.property(
        values.chain((vs) =>
          fc.tuple(
            fc.constant(vs),
            fc.shuffledSubarray(
              vs.map((_, i) => i),
              { minLength: vs.length, maxLength: vs.length },
            ),
          ),
        ),
        ([vs, order]) => {
          const ranks = rank(vs);
          const permuted = rank(order.map((i) => vs[i]));
          order.forEach((i, k) => expect(permuted[k]).toBe(ranks[i]));
        },
      ),
    );
  });

  it("dense ranks never exceed competition ranks, and competition rank = 1 + the count of better values", () => {
    fc.assert(
      fc.property(values, (vs) => {
        const competition = rank(vs, "desc", "competition");
        const dense = rank(vs, "desc", "dense");
        vs.forEach((v, i) => {
          if (v === null) return expect(competition[i]).toBeNull();
          expect(dense[i] ?? Infinity).toBeLessThanOrEqual(competition[i] ?? -Infinity);
          expect(competition[i]).toBe(1 + vs.filter((w) => w !== null && w > v).length);
          expect(dense[i]).toBe(
            1 + new Set(vs.filter((w): w is number => w !== null && w > v)).size,
          );
        });
      }),
    );
  });
});

describe("rankInRows", () => {
  // As Excel hands a range: rows of cells, text and blanks among the numbers.
  const rows = [[95.5], ["—"], [99.1], [95.5], [""], [80], [99.1]];

  it("ranks with ties in competition order (99.1, 99.1, 95.5, 95.5, 80 → 1 1 3 3 5)", () => {
    expect(rankInRows(99.1, rows)).toBe(1);
    expect(rankInRows(95.5, rows)).toBe(3);
    expect(rankInRows(80, rows)).toBe(5);
  });

  it("ranks densely (中国式 1 1 2 2 3) and lower-is-better", () => {
    expect(rankInRows(80, rows, "desc", "dense")).toBe(3);
    expect(rankInRows(80, rows, "asc")).toBe(1);
    expect(rankInRows(99.1, rows, "asc", "dense")).toBe(3);
  });

  it("gives null for a value not in the range, and reads across columns", () => {
    expect(rankInRows(90, rows)).toBeNull();
    expect(rankInRows(2, [[1, 2, 3]], "desc")).toBe(2);
  });
});
