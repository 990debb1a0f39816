/**
 * Numbers sorted once, so each value's rank is two binary searches instead of a pass over them:
 * what 10 000 single-cell `GOVRANK.RANK` calls on one range need, and what `rank` uses for a whole
 * list (#21). Gives exactly what `rankInRows` gives — numbers only (text, blanks and NaN left out),
 * competition ranks count the values strictly better, dense ranks the distinct ones, null for a
 * value not there.
 */
import type { Direction, RankMethod } from "./rank";
import { lowerBound, upperBound } from "./sorted-bounds";

export class RankedRange {
  /** The numbers, ascending. */
  private readonly sorted: Float64Array;
  /** The distinct numbers, ascending (for dense ranks). */
  private readonly distinct: Float64Array;

  private constructor(sorted: Float64Array) {
    sorted.sort();
    const distinct = new Float64Array(sorted.length);
    let distinctCount = 0;
    for (let i = 0; i < sorted.length; i++)
      if (i === 0 || sorted[i] !== sorted[i - 1]) distinct[distinctCount++] = sorted[i] as number;
    this.sorted = sorted;
    this.distinct = distinct.subarray(0, distinctCount);
  }

  /** The numbers of a range as Excel hands it: rows of cells. */
  static ofRows(rows: readonly (readonly unknown[])[]): RankedRange {
    let count = 0;
    for (const row of rows) for (let c = 0; c < row.length; c++) if (isNumber(row[c])) count++;
    const sorted = new Float64Array(count);
    let at = 0;
    for (const row of rows)
      for (let c = 0; c < row.length; c++) {
        const x = row[c];
        if (isNumber(x)) sorted[at++] = x;
      }
    return new RankedRange(sorted);
  }

  /** The numbers of a list (anything else left out). */
  static ofValues(values: readonly unknown[]): RankedRange {
    let count = 0;
    for (const x of values) if (isNumber(x)) count++;
    const sorted = new Float64Array(count);
    let at = 0;
    for (const x of values) if (isNumber(x)) sorted[at++] = x;
    return new RankedRange(sorted);
  }

  rank(
    value: number,
    direction: Direction = "desc",
    method: RankMethod = "competition",
  ): number | null {
    const values = method === "dense" ? this.distinct : this.sorted;
    const below = lowerBound(values, value); // values < value
    const upTo = upperBound(values, value); // values <= value
    if (upTo === below) return null; // not among them
    const better = direction === "desc" ? values.length - upTo : below;
    return better + 1;
  }
}

function isNumber(x: unknown): x is number {
  return typeof x === "number" && !Number.isNaN(x);
}
