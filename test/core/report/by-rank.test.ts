/**
 * The first and last few by rank must be the ends of a stable sort by rank (rank 1 first, ties in
 * list order, the unranked last): worked by hand, and against a plain sort on random lists — in
 * order, reversed and shuffled, with and without places, k below and above the kept-in-order size.
 */
import fc from "fast-check";
import { firstByRank, lastByRank } from "../../../src/core/report/by-rank";

/** The list's indices as a stable sort by rank puts them (the unranked last). */
function stableSort(ranks: readonly number[]): number[] {
  const key = (r: number) => (Number.isNaN(r) ? Number.POSITIVE_INFINITY : r);
  return ranks
    .map((r, i) => ({ r, i }))
    .sort((a, b) => key(a.r) - key(b.r) || a.i - b.i)
    .map((x) => x.i);
}

describe("firstByRank and lastByRank", () => {
  it("takes the ends of the rank order, ties in list order, the unranked last", () => {
    // Printed order (Yueyang's A class by volume): ranks 3, 1, none, 2, 1.
    const ranks = Float64Array.of(3, 1, Number.NaN, 2, 1);
    expect(firstByRank(ranks, 3)).toEqual([1, 4, 3]);
    expect(firstByRank(ranks, 5)).toEqual([1, 4, 3, 0, 2]);
    expect(lastByRank(ranks, 2)).toEqual([0, 2]);
    expect(lastByRank(ranks, 4)).toEqual([4, 3, 0, 2]);
  });

  it("breaks a tie at the cut by list order: the earlier unit is in the top, the later in the bottom", () => {
    const ranks = Float64Array.of(1, 2, 2, 2, 5);
    expect(firstByRank(ranks, 2)).toEqual([0, 1]);
    expect(lastByRank(ranks, 2)).toEqual([3, 4]);
  });

  it("reads the list through places when given, and gives indices into the places", () => {
    // The whole table's ranks; a sheet's slice holds places 4, 1, 3 (ranks 2, 9, 5).
    const ranks = Float64Array.of(7, 9, 1, 5, 2);
    expect(firstByRank(ranks, 2, Int32Array.of(4, 1, 3))).toEqual([0, 2]);
    expect(lastByRank(ranks, 1, Int32Array.of(4, 1, 3))).toEqual([1]);
  });

  it("gives nothing for no units or k of 0, and every unit for k past the list", () => {
    expect(firstByRank(new Float64Array(0), 5)).toEqual([]);
    expect(lastByRank(new Float64Array(0), 5)).toEqual([]);
    expect(firstByRank(Float64Array.of(2, 1), 0)).toEqual([]);
    expect(lastByRank(Float64Array.of(2, 1), 0)).toEqual([]);
    expect(firstByRank(Float64Array.of(2, 1), 10)).toEqual([1, 0]);
    expect(lastByRank(Float64Array.of(2, 1), 10)).toEqual([1, 0]);
  });

  it("equals the ends of a stable sort on any list", () => {
    const rank = fc.oneof(fc.integer({ min: 1, max: 8 }), fc.constant(Number.NaN));
    const layout = fc.constantFrom("as-is", "sorted", "reversed");
    fc.assert(
      fc.property(
        fc.array(rank, { maxLength: 200 }),
        layout,
        fc.integer({ min: 0, max: 90 }),
        fc.boolean(),
        (values, order, k, viaPlaces) => {
          const sorted = stableSort(values).map((i) => values[i] as number);
          const list =
            order === "sorted" ? sorted : order === "reversed" ? sorted.reverse() : values;
          const expected = stableSort(list);
          const size = Math.min(k, list.length);
          if (viaPlaces) {
            // The list laid out at every other place of a longer column.
            const column = new Float64Array(list.length * 2 + 1).fill(1);
            const places = Int32Array.from(list, (_, i) => 2 * i + 1);
            list.forEach((r, i) => (column[2 * i + 1] = r));
            expect(firstByRank(column, k, places)).toEqual(expected.slice(0, size));
            expect(lastByRank(column, k, places)).toEqual(expected.slice(list.length - size));
          } else {
            const ranks = Float64Array.from(list);
            expect(firstByRank(ranks, k)).toEqual(expected.slice(0, size));
            expect(lastByRank(ranks, k)).toEqual(expected.slice(list.length - size));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
