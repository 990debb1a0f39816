/**
 * Where a value falls in ascending numbers, by binary search: the ranked range's ranks (how many
 * values are below, how many at or below) and by-rank.ts's kept few (where a new one goes).
 *
 * @example lowerBound([1, 2, 2, 5], 2) // 1: the first index not below 2
 * @example upperBound([1, 2, 2, 5], 2) // 3: the first index above 2
 */

/** The first index whose value is not below `value` (-0 and 0 are one value, as `===` has it). */
export function lowerBound(values: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index whose value is above `value`. */
export function upperBound(values: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
