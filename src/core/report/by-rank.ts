/**
 * The first and the last few units of a list by rank: rank 1 first, tied and unranked units in the
 * list's own order, the unranked last — the order a stable sort by rank gives. The summary's top
 * and bottom, the charts and the command line's closing lines read them from here.
 *
 * A few of a long list are picked in one pass, keeping the best (or worst) k seen, instead of
 * sorting every unit: the summary sheet sorted 10^6 keys for its top 10, and each chart copied
 * its slice's ranks into a fresh column to sort (#21). Where k is large, the whole list is sorted
 * once after all.
 *
 *   firstByRank(Float64Array.of(3, 1, NaN, 2, 1), 3) → [1, 4, 3]   (ranks 1, 1, 2)
 *   lastByRank(Float64Array.of(3, 1, NaN, 2, 1), 2)  → [0, 2]      (rank 3, then the unranked)
 */
import { lowerBound, upperBound } from "../rank/sorted-bounds";
import { orderByKeys } from "../score/rank-order";

/** Beyond this many, the whole list is sorted: keeping k in order costs up to k moves a unit. */
const KEPT_IN_ORDER = 64;

/**
 * The first k of the list by rank, in that order, as indices into the list. The list is `ranks`
 * itself, or the units at `places` in it (a sheet's slice): indices are then into `places`.
 */
export function firstByRank(ranks: Float64Array, k: number, places?: ArrayLike<number>): number[] {
  const n = places ? places.length : ranks.length;
  const size = Math.max(0, Math.min(k, n));
  if (size > KEPT_IN_ORDER) return [...sortedByRank(ranks, places).subarray(0, size)];
  // Kept in the stable sort's order; the list is read from its start, so a unit that ties the
  // last one kept comes after it and is left out.
  const keys: number[] = [];
  const kept: number[] = [];
  for (let i = 0; i < n && size > 0; i++) {
    const key = rankKey(ranks, places, i);
    if (kept.length === size && !(key < (keys[size - 1] as number))) continue;
    const at = upperBound(keys, key);
    keys.splice(at, 0, key);
    kept.splice(at, 0, i);
    if (kept.length > size) {
      keys.pop();
      kept.pop();
    }
  }
  return kept;
}

/** The last k of the list by rank, in that order (the worst last), as firstByRank's indices. */
export function lastByRank(ranks: Float64Array, k: number, places?: ArrayLike<number>): number[] {
  const n = places ? places.length : ranks.length;
  const size = Math.max(0, Math.min(k, n));
  if (size > KEPT_IN_ORDER) return [...sortedByRank(ranks, places).subarray(n - size)];
  // Read from the list's end: a unit that ties the first one kept comes before it in the list,
  // so it is the better of the two and is left out.
  const keys: number[] = [];
  const kept: number[] = [];
  for (let i = n - 1; i >= 0 && size > 0; i--) {
    const key = rankKey(ranks, places, i);
    if (kept.length === size && !(key > (keys[0] as number))) continue;
    const at = lowerBound(keys, key);
    keys.splice(at, 0, key);
    kept.splice(at, 0, i);
    if (kept.length > size) {
      keys.shift();
      kept.shift();
    }
  }
  return kept;
}

/** A unit's rank as ordered here: the unranked (NaN) after every rank. */
function rankKey(ranks: Float64Array, places: ArrayLike<number> | undefined, i: number): number {
  const rank = ranks[places ? (places[i] as number) : i] as number;
  return Number.isNaN(rank) ? Number.POSITIVE_INFINITY : rank;
}

/** The whole list in rank order (a stable sort of packed keys). */
function sortedByRank(ranks: Float64Array, places: ArrayLike<number> | undefined): Int32Array {
  if (!places) return orderByKeys([ranks], [false]);
  const picked = new Float64Array(places.length);
  for (let i = 0; i < places.length; i++) picked[i] = ranks[places[i] as number] as number;
  return orderByKeys([picked], [false]);
}
