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
  return orderByKeys([ranks], [false]);
}
