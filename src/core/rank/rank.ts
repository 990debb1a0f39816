/**
 * Ranking with ties. Competition ranking ("1224", the bulletins' 并列) gives tied values the same
 * rank and skips the places they take; dense ranking ("1223", 中国式排名) does not skip. Values that
 * are missing get no rank. Ties are exact: pass values already rounded to the printed precision.
 */
import { z } from "zod";
import { RankedRange } from "./ranked-range";

export const RankMethodSchema = z.enum(["competition", "dense"]);
export type RankMethod = z.infer<typeof RankMethodSchema>;
export type Direction = "desc" | "asc";

export function rank(
  values: readonly (number | null | undefined)[],
  direction: Direction = "desc",
  method: RankMethod = "competition",
): (number | null)[] {
  // One numeric sort, then two binary searches a value: no object per value (#21).
  const ranked = RankedRange.ofValues(values);
  return values.map((v) =>
    typeof v === "number" && !Number.isNaN(v) ? ranked.rank(v, direction, method) : null,
  );
}

/** Ranks within each group; units without a group are ranked together as one group. */
export function rankWithinGroups(
  values: readonly (number | null | undefined)[],
  groups: readonly (string | null | undefined)[],
  direction: Direction = "desc",
  method: RankMethod = "competition",
): (number | null)[] {
  const byGroup = new Map<string, number[]>();
  groups.forEach((g, i) => {
    const key = g ?? "";
    const list = byGroup.get(key) ?? [];
    list.push(i);
    byGroup.set(key, list);
  });
  const ranks: (number | null)[] = values.map(() => null);
  for (const indices of byGroup.values()) {
    const groupRanks = rank(
      indices.map((i) => values[i]),
      direction,
      method,
    );
    indices.forEach((i, k) => (ranks[i] = groupRanks[k] ?? null));
  }
  return ranks;
}

/**
 * The rank of one value among the numbers of a two-dimensional range, as Excel hands a range to a
 * function (text and blanks left out): one pass over its rows, with indexed loops (several times
 * faster than for-of over Excel's one-cell rows). Null when the value is not among them.
 */
export function rankInRows(
  value: number,
  rows: readonly (readonly unknown[])[],
  direction: Direction = "desc",
  method: RankMethod = "competition",
): number | null {
  let present = false;
  let better = 0;
  const distinct = method === "dense" ? new Set<number>() : undefined;
  const desc = direction === "desc";
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const x = row[c];
      if (typeof x !== "number" || Number.isNaN(x)) continue;
      if (x === value) present = true;
      else if (desc ? x > value : x < value) {
        better++;
        distinct?.add(x);
      }
    }
  }
  if (!present) return null;
  return (distinct ? distinct.size : better) + 1;
}
