/**
 * Where each unit of a list stands by its rank: the list's indices, rank 1 first, tied and
 * unranked units in the list's own order (the unranked last). The summary's top and bottom and the
 * charts read them from here; a sort of packed keys, so a long list costs no object per unit.
 */
import { orderByKeys } from "../score/rank-order";
import type { ScoredUnit } from "../score/scored-unit";

export function byRank(units: readonly ScoredUnit[] | Float64Array): Int32Array {
  // Straight from a column of ranks (NaN for unranked) where the caller has one.
  const ranks =
    units instanceof Float64Array ? units : Float64Array.from(units, (u) => u.rank ?? Number.NaN);
  // A list already in rank order (the evaluation's own, and each group's slice of it, unless the
  // clerk's print order moved units) is its own answer: one look instead of a sort of 10^6 keys.
  if (inRankOrder(ranks)) {
    const same = new Int32Array(ranks.length);
    for (let i = 0; i < same.length; i++) same[i] = i;
    return same;
  }
  return orderByKeys([ranks], [false]);
}

/** Ranks that never fall, the unranked (NaN) only after every ranked one. */
function inRankOrder(ranks: Float64Array): boolean {
  let previous = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < ranks.length; i++) {
    const rank = ranks[i] as number;
    if (Number.isNaN(rank)) {
      for (let j = i + 1; j < ranks.length; j++)
        if (!Number.isNaN(ranks[j] as number)) return false;
      return true;
    }
    if (rank < previous) return false;
    previous = rank;
  }
  return true;
}
