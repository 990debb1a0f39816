/**
 * Units put in ranking order and ranked with no comparator call (#21): each sort key becomes a
 * dense integer code (0 for the best value, the same code for equal values, the last code for a
 * unit without one) — counted where the values are whole numbers of 10^-d, sorted otherwise. Where
 * group and key codes together take few values (a score in tenths, ranks, counts) the units are
 * put in order by a stable counting sort; otherwise group code, key codes and row are packed into
 * one exact integer of a Float64Array, which sorts numerically. Ranks come from the same codes:
 * competition = 1 + the units with a better first key (a prefix sum over its codes), dense = its
 * code + 1; within a group, from the group's run of the sorted order.
 *
 * Gives what a comparator sort by (group, keys with `compareKeys`, row) and `rank` /
 * `rankWithinGroups` on the first key give: test/core/score/rank-order.test.ts checks that on
 * random tables. When the packed integer would pass 2^53 (several keys of many distinct values),
 * the codes are compared instead — the same order, only slower.
 */
import type { RankMethod } from "../rank/rank";

export interface RankOrderInput {
  /** Each sort key's value per unit, in table order; NaN where a unit has none. */
  keys: readonly Float64Array[];
  /** Per key: whether a higher value ranks first. */
  descending: readonly boolean[];
  /** Each unit's group code (0, 1, … in the order groups appear; units without a group last), or null for a table without groups. */
  groupCode: Int32Array | null;
  method: RankMethod;
  /**
   * Ranks in the ranking's order (`rank[at]` is the rank of the unit at place `at`) instead of in
   * table order: what a caller that moves its columns into rank order wants, with no second move
   * of the ranks (#21).
   */
  ranksInOrder?: boolean;
}

export interface RankOrder {
  /** The unit (its table index) at each place of the ranking. */
  order: Int32Array;
  /** Each unit's rank over the whole table by the first key, in table order (or ranksInOrder); NaN without one. */
  rank: Float64Array;
  /** Each unit's rank within its group, in table order (or ranksInOrder); null for a table without groups. */
  groupRank: Float64Array | null;
}

/** A key's values as dense codes, best first; `size` is the code of a missing value. */
interface KeyCodes {
  codes: Int32Array;
  size: number;
}

export function rankOrder(input: RankOrderInput): RankOrder {
  const n = input.keys[0]?.length ?? input.groupCode?.length ?? 0;
  const codes = input.keys.map((column, k) => keyCodes(column, !!input.descending[k]));
  const order = sortedOrder(n, codes, input.groupCode);
  const first = codes[0];
  const inOrder = input.ranksInOrder ? order : null;
  const rank = first
    ? overallRanks(first, input.method, inOrder)
    : new Float64Array(n).fill(Number.NaN);
  const groupRank = input.groupCode
    ? groupRanks(order, input.groupCode, first, input.method, !!input.ranksInOrder)
    : null;
  return { order, rank, groupRank };
}

/**
 * Only the order: rows sorted by each key in turn (`compareKeys`: a missing value last), ties in
 * row order — what a comparator sort gives, from the same packed keys.
 */
export function orderByKeys(
  keys: readonly Float64Array[],
  descending: readonly boolean[],
): Int32Array {
  const n = keys[0]?.length ?? 0;
  return sortedOrder(
    n,
    keys.map((column, k) => keyCodes(column, !!descending[k])),
    null,
  );
}

function keyCodes(column: Float64Array, descending: boolean): KeyCodes {
  return countedCodes(column, descending) ?? sortedCodes(column, descending);
}

/** The largest power of ten a key may be counted in (a score to 0.0001, a rate in percent to 0.01 pp). */
const MAX_DECIMALS = 4;

/**
 * Codes by counting, with no sort: where every value is a whole number of 10^-d (d ≤ 4) — ranks,
 * counts, a score or a rate as printed — and their span is not much more than the units. A value
 * counted is `Math.round(v · 10^d)`, taken only when dividing it back gives v itself, so equal
 * counts are equal values and the order is the values' order. Undefined otherwise.
 */
function countedCodes(column: Float64Array, descending: boolean): KeyCodes | undefined {
  const n = column.length;
  const limit = Math.max(1 << 16, 4 * n);
  for (let d = 0, scale = 1; d <= MAX_DECIMALS; d++, scale *= 10) {
    let min = Infinity;
    let max = -Infinity;
    let exact = true;
    for (let i = 0; i < n; i++) {
      const v = column[i] as number;
      if (Number.isNaN(v)) continue;
      const k = Math.round(v * scale);
      if (k / scale !== v) {
        exact = false;
        break;
      }
      if (k < min) min = k;
      if (k > max) max = k;
    }
    if (!exact) continue;
    if (min > max) return { codes: new Int32Array(n), size: 0 }; // no value at all
    if (!Number.isFinite(min) || !Number.isFinite(max) || max - min >= limit) return undefined;
    // code[k - min] = how many distinct values lie below k.
    const code = new Int32Array(max - min + 1);
    for (let i = 0; i < n; i++) {
      const v = column[i] as number;
      if (!Number.isNaN(v)) code[Math.round(v * scale) - min] = 1;
    }
    let distinct = 0;
    for (let c = 0; c < code.length; c++) {
      const present = code[c] === 1;
      code[c] = distinct;
      if (present) distinct++;
    }
    const codes = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const v = column[i] as number;
      if (Number.isNaN(v)) codes[i] = distinct;
      else {
        const at = code[Math.round(v * scale) - min] as number;
        codes[i] = descending ? distinct - 1 - at : at;
      }
    }
    return { codes, size: distinct };
  }
  return undefined;
}

function sortedCodes(column: Float64Array, descending: boolean): KeyCodes {
  // Ascending with NaN last (a typed array's own sort), then each distinct value once.
  const sorted = Float64Array.from(column).sort();
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) {
    const v = sorted[i] as number;
    if (Number.isNaN(v)) break;
    if (distinct === 0 || v !== sorted[distinct - 1]) sorted[distinct++] = v;
  }
  const values = sorted.subarray(0, distinct);
  const codes = new Int32Array(column.length);
  for (let i = 0; i < column.length; i++) {
    const v = column[i] as number;
    if (Number.isNaN(v)) {
      codes[i] = distinct;
      continue;
    }
    const at = indexOf(values, v);
    codes[i] = descending ? distinct - 1 - at : at;
  }
  return { codes, size: distinct };
}

/** Where a value present in an ascending list of distinct numbers is (-0 and 0 are one value). */
function indexOf(values: Float64Array, value: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Each row's codes made one number, in `into`: its group's code, then each key's after it
 * (key · (size + 1) + code). A key at a time, over typed arrays only: the loop over rows reads no
 * key object, so a key object's shape never throws the loop's optimised code away (#21).
 */
function combinedCodes<T extends Int32Array | Float64Array>(
  into: T,
  keys: readonly KeyCodes[],
  groupCode: Int32Array | null,
): T {
  const n = into.length;
  if (groupCode) into.set(groupCode.subarray(0, n));
  for (const k of keys) {
    const size = k.size + 1;
    const codes = k.codes;
    for (let i = 0; i < n; i++) into[i] = (into[i] as number) * size + (codes[i] as number);
  }
  return into;
}

function sortedOrder(
  n: number,
  keys: readonly KeyCodes[],
  groupCode: Int32Array | null,
): Int32Array {
  let groups = 1;
  if (groupCode)
    for (let i = 0; i < n; i++) groups = Math.max(groups, (groupCode[i] as number) + 1);
  // The codes' range together: groups × (codes + 1 for "none") of each key.
  let codeRange = groups;
  for (const k of keys) codeRange *= k.size + 1;
  const order = new Int32Array(n);
  if (codeRange <= Math.max(1 << 16, 4 * n)) {
    // Few distinct keys (a score in tenths, ranks, counts): a stable counting sort, no comparison.
    const combined = combinedCodes(new Int32Array(n), keys, groupCode);
    const start = new Int32Array(codeRange + 1);
    for (let i = 0; i < n; i++) {
      const key = combined[i] as number;
      start[key + 1] = (start[key + 1] as number) + 1;
    }
    for (let c = 1; c <= codeRange; c++) start[c] = (start[c] as number) + (start[c - 1] as number);
    for (let i = 0; i < n; i++) {
      const key = combined[i] as number;
      order[start[key] as number] = i;
      start[key] = (start[key] as number) + 1;
    }
    return order;
  }
  // The packed key's range: the codes' × rows.
  const range = codeRange * Math.max(n, 1);
  if (range <= Number.MAX_SAFE_INTEGER) {
    const packed = combinedCodes(new Float64Array(n), keys, groupCode);
    for (let i = 0; i < n; i++) packed[i] = (packed[i] as number) * n + i;
    packed.sort();
    for (let at = 0; at < n; at++) order[at] = (packed[at] as number) % n;
    return order;
  }
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => {
    if (groupCode) {
      const d = (groupCode[a] as number) - (groupCode[b] as number);
      if (d !== 0) return d;
    }
    for (const k of keys) {
      const d = (k.codes[a] as number) - (k.codes[b] as number);
      if (d !== 0) return d;
    }
    return a - b;
  });
  return order;
}

/** Ranks by the first key's codes: in table order, or at each place of `order` when given. */
function overallRanks(first: KeyCodes, method: RankMethod, order: Int32Array | null): Float64Array {
  const { codes, size } = first;
  const rank = new Float64Array(codes.length);
  // better[c] = the units whose code is below c.
  const better = new Float64Array(size + 1);
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i] as number;
    if (c < size) better[c + 1] = (better[c + 1] as number) + 1;
  }
  for (let c = 1; c <= size; c++) better[c] = (better[c] as number) + (better[c - 1] as number);
  for (let i = 0; i < codes.length; i++) {
    const c = codes[order ? (order[i] as number) : i] as number;
    rank[i] = c === size ? Number.NaN : method === "dense" ? c + 1 : (better[c] as number) + 1;
  }
  return rank;
}

/**
 * Ranks within each group from the sorted order, where a group's units are one run ordered by the
 * first key; in table order, or (inOrder) at each place.
 */
function groupRanks(
  order: Int32Array,
  groupCode: Int32Array,
  first: KeyCodes | undefined,
  method: RankMethod,
  inOrder: boolean,
): Float64Array {
  const rank = new Float64Array(order.length).fill(Number.NaN);
  if (!first) return rank;
  let group = -1;
  let start = 0;
  let code = -1;
  let current = 0;
  let distinct = 0;
  for (let at = 0; at < order.length; at++) {
    const i = order[at] as number;
    const g = groupCode[i] as number;
    if (g !== group) {
      group = g;
      start = at;
      code = -1;
      distinct = 0;
    }
    const c = first.codes[i] as number;
    if (c === first.size) continue; // no value, no rank (these come last in the group)
    if (c !== code) {
      code = c;
      distinct++;
      current = method === "dense" ? distinct : at - start + 1;
    }
    rank[inOrder ? at : i] = current;
  }
  return rank;
}
