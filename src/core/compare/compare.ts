/**
 * This period against the previous one: per unit, the rank, grade and score movement (↑3, ↓2,
 * 新上榜, 未参评); overall, each count's change and growth. Units are matched by name (cleaned as
 * the table reader cleans them), through a rename map the clerk gives for units that changed
 * name; names that match nothing are listed, because renamed units are common.
 */
import type { Evaluation } from "../score/evaluate";
import type { ScoredUnit } from "../score/scored-unit";

export type Movement = "up" | "down" | "same" | "new" | "gone";

export interface UnitComparison {
  unit: string;
  group: string | null;
  rank: number | null;
  previousRank: number | null;
  /** Places gained (positive: moved up), null when either side has no rank. */
  rankChange: number | null;
  status: Movement;
  grade: string | null;
  previousGrade: string | null;
  /** Up or down the grade bands (A above B …), null when not both graded. */
  gradeChange: "up" | "down" | "same" | null;
  score: number | null;
  previousScore: number | null;
  scoreChange: number | null;
}

export interface VolumeChange {
  id: string;
  current: number;
  previous: number;
  change: number;
  /** (current − previous) ÷ previous; null when previous is 0. */
  growth: number | null;
}

export interface Comparison {
  units: UnitComparison[];
  /** Previous units that nothing matched this period (未参评) and current ones new to the list. */
  unmatched: { current: string[]; previous: string[] };
  volumes: VolumeChange[];
}

function key(name: string): string {
  return name.normalize("NFKC").replace(/\s+/g, "");
}

function gradeOrder(evaluation: Evaluation): Map<string, number> {
  return new Map((evaluation.scheme.grades ?? []).map((band, i) => [band.label, i]));
}

export function compareEvaluations(
  current: Evaluation,
  previous: Evaluation,
  renames: Readonly<Record<string, string>> = {},
): Comparison {
  const renamed = new Map(Object.entries(renames).map(([from, to]) => [key(from), key(to)]));
  // Previous units by (possibly renamed) name; duplicates are matched in order.
  const waiting = new Map<string, ScoredUnit[]>();
  for (const u of previous.units) {
    const k = renamed.get(key(u.unit)) ?? key(u.unit);
    const list = waiting.get(k) ?? [];
    list.push(u);
    waiting.set(k, list);
  }
  const order = gradeOrder(current);
  const units: UnitComparison[] = [];
  const newNames: string[] = [];
  for (const u of current.units) {
    const before = waiting.get(key(u.unit))?.shift();
    if (!before) newNames.push(u.unit);
    const rankChange =
      before && u.rank !== null && before.rank !== null ? before.rank - u.rank : null;
    const a = u.grade === null ? undefined : order.get(u.grade);
    const b = before?.grade === null || !before ? undefined : order.get(before.grade);
    units.push({
      unit: u.unit,
      group: u.group,
      rank: u.rank,
      previousRank: before?.rank ?? null,
      rankChange,
      status: !before
        ? "new"
        : rankChange === null || rankChange === 0
          ? "same"
          : rankChange > 0
            ? "up"
            : "down",
      grade: u.grade,
      previousGrade: before?.grade ?? null,
      gradeChange:
        a === undefined || b === undefined ? null : a < b ? "up" : a > b ? "down" : "same",
      score: u.score,
      previousScore: before?.score ?? null,
      scoreChange:
        before && u.score !== null && before.score !== null
          ? Math.round((u.score - before.score) * 1e9) / 1e9
          : null,
    });
  }
  const gone = [...waiting.values()].flat();
  for (const u of gone)
    units.push({
      unit: u.unit,
      group: u.group,
      rank: null,
      previousRank: u.rank,
      rankChange: null,
      status: "gone",
      grade: null,
      previousGrade: u.grade,
      gradeChange: null,
      score: null,
      previousScore: u.score,
      scoreChange: null,
    });
  const volumes: VolumeChange[] = Object.entries(current.overall.totals).map(([id, value]) => {
    const before = previous.overall.totals[id] ?? 0;
    return {
      id,
      current: value,
      previous: before,
      change: value - before,
      growth: before === 0 ? null : (value - before) / before,
    };
  });
  return {
    units,
    unmatched: { current: newNames, previous: gone.map((u) => u.unit) },
    volumes,
  };
}

/** "↑3", "↓2", "—", "新上榜", "未参评" (or English) for a unit's rank movement. */
export function movementText(c: UnitComparison, lang: "zh" | "en"): string {
  switch (c.status) {
    case "new":
      return lang === "zh" ? "新上榜" : "new";
    case "gone":
      return lang === "zh" ? "未参评" : "not ranked";
    case "same":
      return "—";
    case "up":
      return `↑${c.rankChange}`;
    case "down":
      return `↓${Math.abs(c.rankChange ?? 0)}`;
  }
}
