import fc from "fast-check";
import { byRank } from "../../../src/core/report/by-rank";
import type { ScoredUnit } from "../../../src/core/score/scored-unit";

const unit = (name: string, rank: number | null): ScoredUnit =>
  ({ unit: name, rank }) as unknown as ScoredUnit;

describe("byRank", () => {
  it("puts rank 1 first, ties in list order, the unranked last", () => {
    // Printed order (Yueyang's A class by volume): ranks 3, 1, null, 2, 1.
    const units = [unit("a", 3), unit("b", 1), unit("c", null), unit("d", 2), unit("e", 1)];
    expect([...byRank(units)]).toEqual([1, 4, 3, 0, 2]);
  });

  it("gives nothing for no units", () => {
    expect([...byRank([])]).toEqual([]);
  });

  it("keeps a list already in rank order as it is, ties and the unranked included", () => {
    expect([...byRank(Float64Array.of(1, 1, 3, 4, Number.NaN, Number.NaN))]).toEqual([
      0, 1, 2, 3, 4, 5,
    ]);
    // One unranked before a ranked unit: not in order, so sorted.
    expect([...byRank(Float64Array.of(1, Number.NaN, 2))]).toEqual([0, 2, 1]);
    expect([...byRank(Float64Array.of(2, 1))]).toEqual([1, 0]);
  });

  it("orders any ranks as a stable sort does: rank 1 first, ties by place, the unranked last", () => {
    const rank = fc.oneof(fc.integer({ min: 1, max: 6 }), fc.constant(Number.NaN));
    fc.assert(
      fc.property(fc.array(rank, { maxLength: 30 }), fc.boolean(), (values, sorted) => {
        // Half the lists already in rank order, the case the sort is skipped for.
        const list = sorted
          ? [...values].sort((a, b) => (Number.isNaN(a) ? 1 : Number.isNaN(b) ? -1 : a - b))
          : values;
        const key = (r: number) => (Number.isNaN(r) ? Number.POSITIVE_INFINITY : r);
        const expected = list
          .map((r, i) => ({ r, i }))
          .sort((a, b) => key(a.r) - key(b.r) || a.i - b.i)
          .map((x) => x.i);
        expect([...byRank(Float64Array.from(list))]).toEqual(expected);
      }),
    );
  });
});
