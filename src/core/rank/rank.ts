/**
 * Ranking with ties. Competition ranking ("1224", the bulletins' 并列) gives tied values the same
 * rank and skips the places they take; dense ranking ("1223", 中国式排名) does not skip. Values that
 * are missing get no rank. Ties are exact: pass values already rounded to the printed precision.
 */
import { z } from "zod";

export const RankMethodSchema = z.enum(["competition", "dense"]);
export type RankMethod = z.infer<typeof RankMethodSchema>;
export type Direction = "desc" | "asc";

export function rank(
  values: readonly (number | null | undefined)[],
  direction: Direction = "desc",
  method: RankMethod = "competition",
): (number | null)[] {
  const present = values
    .map((value, index) => ({ value, index }))
    .filter(
      (e): e is { value: number; index: number } =>
        typeof e.value === "number" && !Number.isNaN(e.value),
    );
  present.sort((a, b) => (direction === "desc" ? b.value - a.value : a.value - b.value));
  const ranks: (number | null)[] = values.map(() => null);
  let dense = 0;
  let previous: number | undefined;
  let competition = 0;
  present.forEach((entry, position) => {
    if (previous === undefined || entry.value !== previous) {
      dense += 1;
      competition = position + 1;
      previous = entry.value;
    }
    ranks[entry.index] = method === "dense" ? dense : competition;
  });
  return ranks;
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
 * The rank one value takes among others, as Excel's RANK.EQ does (competition) or densely: null
 * when the value is not among them. One pass, no sort: fast when called once per cell.
 */
export function rankOf(
  value: number,
  values: readonly (number | null | undefined)[],
  direction: Direction = "desc",
  method: RankMethod = "competition",
): number | null {
  let present = false;
  let better = 0;
  const distinct = method === "dense" ? new Set<number>() : undefined;
  for (const v of values) {
    if (typeof v !== "number" || Number.isNaN(v)) continue;
    if (v === value) present = true;
    else if (direction === "desc" ? v > value : v < value) {
      better++;
      distinct?.add(v);
    }
  }
  if (!present) return null;
  return 1 + (distinct ? distinct.size : better);
}
