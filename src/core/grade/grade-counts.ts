/**
 * How many units have each grade: over a grade column (Evaluation.columns.grade, grades as codes),
 * at the given places or at every place. Counted as codes, one array slot per grade, and named
 * once at the end: no string is compared or Map touched per unit (#21).
 *
 * @example gradeCounts({ codes: Int32Array.of(0, 1, 1, -1), names: ["A", "B"] })
 *   // Map { "A" => 1, "B" => 2 }
 * @example gradeCounts({ codes: Int32Array.of(0, 1, 1, -1), names: ["A", "B"] }, [1, 3])
 *   // Map { "B" => 1 }
 */
import type { CodedColumn } from "../score/coded-texts";

export function gradeCounts(
  grades: CodedColumn,
  /** The places to count (a group's slice of the ranking); every place when left out. */
  places?: ArrayLike<number>,
): Map<string, number> {
  const { codes, names } = grades;
  const perCode = new Array<number>(names.length).fill(0);
  const count = places ? places.length : codes.length;
  for (let i = 0; i < count; i++) {
    const code = codes[places ? (places[i] as number) : i] as number;
    if (code >= 0) perCode[code] = (perCode[code] as number) + 1;
  }
  const counts = new Map<string, number>();
  names.forEach((name, code) => {
    const n = perCode[code] as number;
    if (n > 0) counts.set(name, n);
  });
  return counts;
}
