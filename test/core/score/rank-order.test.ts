/**
 * The packed-key order and ranks must be what the plain way gives: a comparator sort by group,
 * then each key with `compareKeys`, then the row, and `rank` / `rankWithinGroups` on the first
 * key — on random tables with ties, missing values, -0, groups and both rank methods.
 */
import fc from "fast-check";
import { rank, rankWithinGroups, type RankMethod } from "../../../src/core/rank/rank";
import { compareKeys } from "../../../src/core/score/compare-keys";
import { orderByKeys, rankOrder } from "../../../src/core/score/rank-order";

interface Table {
  keys: number[][];
  descending: boolean[];
  groups: (number | null)[] | null;
  method: RankMethod;
}

/** The plain way, written out as the ranking's rules say it. */
function reference(t: Table): { order: number[]; rank: number[]; groupRank: number[] | null } {
  const n = t.keys[0]?.length ?? t.groups?.length ?? 0;
  const groupCount = t.groups ? Math.max(-1, ...t.groups.map((g) => g ?? -1)) + 1 : 0;
  const code = (i: number): number => (t.groups ? (t.groups[i] ?? groupCount) : 0);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => {
    const d = code(a) - code(b);
    if (d !== 0) return d;
    for (let k = 0; k < t.keys.length; k++) {
      const column = t.keys[k] as number[];
      const c = compareKeys(column[a] as number, column[b] as number, !!t.descending[k]);
      if (c !== 0) return c;
    }
    return a - b;
  });
  const first = t.keys[0]?.map((v) => (Number.isNaN(v) ? null : v)) ?? new Array(n).fill(null);
  const direction = t.descending[0] === false ? "asc" : "desc";
  const toNumber = (r: number | null): number => r ?? Number.NaN;
  return {
    order,
    rank: rank(first, direction, t.method).map(toNumber),
    groupRank: t.groups
      ? rankWithinGroups(
          first,
          t.groups.map((g) => (g === null ? null : `g${g}`)),
          direction,
          t.method,
        ).map(toNumber)
      : null,
  };
}

function run(
  t: Table,
  ranksInOrder = false,
): { order: number[]; rank: number[]; groupRank: number[] | null } {
  const out = rankOrder({
    ranksInOrder,
    keys: t.keys.map((k) => Float64Array.from(k)),
    descending: t.descending,
    groupCode: t.groups
      ? Int32Array.from(
          t.groups,
          (g) => g ?? Math.max(-1, ...(t.groups ?? []).map((x) => x ?? -1)) + 1,
        )
      : null,
    method: t.method,
  });
  return {
    order: [...out.order],
    rank: [...out.rank],
    groupRank: out.groupRank ? [...out.groupRank] : null,
  };
}

describe("rankOrder", () => {
  it("orders and ranks a worked example (competition: tied 90s share 2nd, the blank last and unranked)", () => {
    const out = run({
      keys: [[90, 95, 90, Number.NaN, 80]],
      descending: [true],
      groups: null,
      method: "competition",
    });
    expect(out.order).toEqual([1, 0, 2, 4, 3]);
    expect(out.rank).toEqual([2, 1, 2, Number.NaN, 4]);
    expect(out.groupRank).toBeNull();
  });

  it("ranks densely and within groups, the second key breaking the tie in the order only", () => {
    // Group 0: units 0, 2, 3; group 1: unit 1; no group: unit 4 (sorted last).
    const out = run({
      keys: [
        [90, 70, 90, 85, 99],
        [1, 0, 2, 0, 0],
      ],
      descending: [true, true],
      groups: [0, 1, 0, 0, null],
      method: "dense",
    });
    expect(out.order).toEqual([2, 0, 3, 1, 4]);
    // Dense over the table: 99 → 1, 90 → 2, 85 → 3, 70 → 4.
    expect(out.rank).toEqual([2, 4, 2, 3, 1]);
    expect(out.groupRank).toEqual([1, 1, 1, 2, 1]);
  });

  const value = fc.oneof(
    fc.constantFrom(0, -0, 50, 80.5, 100, Number.NaN),
    fc.integer({ min: 0, max: 20 }).map((x) => x / 4),
  );
  const table = fc.integer({ min: 0, max: 40 }).chain((n) =>
    fc.record({
      keys: fc.array(fc.array(value, { minLength: n, maxLength: n }), {
        minLength: 0,
        maxLength: 3,
      }),
      descending: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
      groups: fc.option(
        fc.array(fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }), {
          minLength: n,
          maxLength: n,
        }),
        { nil: null },
      ),
      method: fc.constantFrom<RankMethod>("competition", "dense"),
    }),
  );

  it("gives the comparator sort's order and rank's ranks on random tables", () => {
    fc.assert(
      fc.property(table, (t) => {
        // Group codes must be as evaluate makes them: 0..k-1 with none skipped.
        if (t.groups) {
          const used = [...new Set(t.groups.filter((g): g is number => g !== null))].sort();
          t.groups = t.groups.map((g) => (g === null ? null : used.indexOf(g)));
        }
        const expected = reference(t);
        expect(run(t)).toEqual(expected);
        // Ranks asked for in the ranking's order: the reference's, read at each place's unit.
        const atPlaces = (ranks: number[]) => expected.order.map((i) => ranks[i] as number);
        expect(run(t, true)).toEqual({
          order: expected.order,
          rank: atPlaces(expected.rank),
          groupRank: expected.groupRank && atPlaces(expected.groupRank),
        });
        // The order alone (as the print order uses it) is the ungrouped comparator sort's.
        if (t.keys.length > 0) {
          const order = orderByKeys(
            t.keys.map((k) => Float64Array.from(k)),
            t.descending,
          );
          expect([...order]).toEqual(reference({ ...t, groups: null }).order);
        }
      }),
      { numRuns: 500 },
    );
  });

  // Keys counted (whole numbers of 10^-d) and keys sorted (any double) must give the same order:
  // 0.1 + 0.2 is not 0.3, a score of 87.25 is counted in hundredths, 1e-7 is sorted.
  const anyValue = fc.oneof(
    fc.constantFrom(0.3, 0.1 + 0.2, 87.25, 87.3, 1e-7, -2.5, 1e15, Number.NaN),
    fc.integer({ min: -1000, max: 1000 }).map((x) => x / 10),
    fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  );
  const mixed = fc.integer({ min: 0, max: 30 }).chain((n) =>
    fc.record({
      keys: fc.array(fc.array(anyValue, { minLength: n, maxLength: n }), {
        minLength: 1,
        maxLength: 2,
      }),
      descending: fc.array(fc.boolean(), { minLength: 2, maxLength: 2 }),
      groups: fc.constant(null),
      method: fc.constantFrom<RankMethod>("competition", "dense"),
    }),
  );

  it("counts keys of few decimals and sorts the others, to the same order and ranks", () => {
    fc.assert(
      fc.property(mixed, (t) => {
        expect(run(t)).toEqual(reference(t));
      }),
      { numRuns: 500 },
    );
    // One column of each kind, checked by hand: 0.1 + 0.2 ranks above 0.3 (it is larger).
    const t: Table = {
      keys: [[0.3, 0.1 + 0.2, 0.3, Number.NaN]],
      descending: [true],
      groups: null,
      method: "competition",
    };
    expect(run(t).order).toEqual([1, 0, 2, 3]);
    expect(run(t).rank).toEqual([2, 1, 2, Number.NaN]);
  });

  it("packs the codes into one sortable number when together they take many values", () => {
    // Three keys of ~60 distinct values: 61^3 codes, past the counting sort's 65 536, short of 2^53.
    const wide = fc.integer({ min: 60, max: 90 }).chain((n) =>
      fc.record({
        keys: fc.array(
          fc.array(
            fc.integer({ min: 0, max: 5000 }).map((x) => x / 7),
            { minLength: n, maxLength: n },
          ),
          { minLength: 3, maxLength: 3 },
        ),
        descending: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
        groups: fc.constant(null),
        method: fc.constantFrom<RankMethod>("competition", "dense"),
      }),
    );
    fc.assert(
      fc.property(wide, (t) => {
        expect(run(t)).toEqual(reference(t));
      }),
      { numRuns: 100 },
    );
  });

  it("falls back to comparing codes when the packed key would pass 2^53, with the same result", () => {
    // Five keys of ~2 000 distinct values over 2 000 rows: 2001^5 × 2000 is far past 2^53.
    let seed = 7;
    const next = (): number => ((seed = (seed * 16807) % 2147483647) % 2000) / 10;
    const n = 2000;
    // Every odd row a copy of the row before, so the row itself must break the ties.
    const column = (): number[] => {
      const values = Array.from({ length: n }, next);
      return values.map((v, i) => (i % 2 === 1 ? (values[i - 1] as number) : v));
    };
    const t: Table = {
      keys: Array.from({ length: 5 }, column),
      descending: [true, false, true, false, true],
      groups: Array.from({ length: n }, (_, i) =>
        Math.floor(i / 2) % 7 === 0 ? null : Math.floor(i / 2) % 3,
      ),
      method: "competition",
    };
    expect(run(t)).toEqual(reference(t));
  });
});
