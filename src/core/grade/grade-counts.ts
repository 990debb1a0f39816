/**
 * How many units have each grade: over a grade column (Evaluation.columns.grade), at the given
 * places or at every place.
 *
 * A ranking's grades come in runs (the units in rank order), so a run is counted as a number and
 * the Map is touched once a run: at 10^6 units a Map update per unit was a quarter of a second,
 * and an iterator over the places made an object per unit where the loop ran unoptimised (#21).
 *
 * @example gradeCounts(["A", "B", "B", null]) // Map { "A" => 1, "B" => 2 }
 * @example gradeCounts(["A", "B", "B", null], [1, 3]) // Map { "B" => 1 }
 */
export function gradeCounts(
  grades: readonly (string | null)[],
  /** The places to count (a group's slice of the ranking); every place when left out. */
  places?: ArrayLike<number>,
): Map<string, number> {
  const counts = new Map<string, number>();
  const count = places ? places.length : grades.length;
  let current: string | null = null;
  let run = 0;
  for (let i = 0; i < count; i++) {
    const grade = grades[places ? (places[i] as number) : i] ?? null;
    if (grade === current) {
      run++;
      continue;
    }
    if (current !== null) counts.set(current, (counts.get(current) ?? 0) + run);
    current = grade;
    run = 1;
  }
  if (current !== null) counts.set(current, (counts.get(current) ?? 0) + run);
  return counts;
}
