/**
 * This period against the previous one: per unit, the rank, grade and score movement (↑3, ↓2,
 * 新上榜, 未参评); overall, each count's change and growth. Units are matched by name (cleaned as
 * the table reader cleans them), through a rename map the clerk gives for units that changed
 * name; names that match nothing are listed, because renamed units are common.
 *
 * Like with like: a name held by several units (a duplicate row) is matched by volume, never by
 * order; the change of each count is over the units ranked in both periods, so a unit set aside
 * this month for a typo does not look like a fall in volume; and a unit set aside this period is
 * said to be so, not taken for one that left the list.
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
  /** Over the units ranked in both periods (`units` of them). */
  current: number;
  previous: number;
  units: number;
  /** Whether those are all the units ranked in either period (else the draft says which). */
  allUnits: boolean;
  change: number;
  /** (current − previous) ÷ previous; null when previous is 0. */
  growth: number | null;
}

export interface Comparison {
  units: UnitComparison[];
  /** Previous units that nothing matched this period (未参评) and current ones new to the list. */
  unmatched: { current: string[]; previous: string[] };
  /** Last period's units that are in this period's table but set aside (data to fix, no tickets). */
  setAsideNow: string[];
  volumes: VolumeChange[];
  /** Last period's units per grade, all of them (the bulletin's "较上季度增加2家"). */
  previousGrades: { label: string; count: number }[];
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
  const previousKey = (u: ScoredUnit) => renamed.get(key(u.unit)) ?? key(u.unit);
  const matches = matchUnits(current, previous, previousKey);
  const order = gradeOrder(current);
  const units: UnitComparison[] = [];
  const newNames: string[] = [];
  for (const u of current.units) {
    const before = matches.get(u);
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
  const matched = new Set(matches.values());
  const setAside = new Set(current.excluded.map((e) => key(e.unit)));
  const left = previous.units.filter((u) => !matched.has(u));
  const gone = left.filter((u) => !setAside.has(previousKey(u)));
  const setAsideNow = left.filter((u) => setAside.has(previousKey(u))).map((u) => u.unit);
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
  const pairs = [...matches.entries()];
  const allUnits = pairs.length === current.units.length && pairs.length === previous.units.length;
  const volumes: VolumeChange[] = Object.keys(current.overall.totals).map((id) => {
    const now = pairs.reduce((sum, [u]) => sum + (u.measures[id] ?? 0), 0);
    const before = pairs.reduce((sum, [, b]) => sum + (b.measures[id] ?? 0), 0);
    return {
      id,
      current: now,
      previous: before,
      units: pairs.length,
      allUnits,
      change: now - before,
      growth: before === 0 ? null : (now - before) / before,
    };
  });
  return {
    units,
    unmatched: { current: newNames, previous: gone.map((u) => u.unit) },
    setAsideNow,
    volumes,
    previousGrades: previous.overall.grades.map((g) => ({ label: g.label, count: g.count })),
  };
}

/**
 * This period's units to last period's, by name; where several share a name (a duplicated row),
 * the pairs whose volumes are closest go together, so a 12-ticket duplicate never takes the
 * 5 341-ticket bureau's history.
 */
function matchUnits(
  current: Evaluation,
  previous: Evaluation,
  previousKey: (u: ScoredUnit) => string,
): Map<ScoredUnit, ScoredUnit> {
  const volumeId = current.scheme.bulletin.volume;
  const volume = (u: ScoredUnit) => (volumeId ? (u.measures[volumeId] ?? 0) : 0);
  const byKey = new Map<string, { now: ScoredUnit[]; before: ScoredUnit[] }>();
  const entry = (k: string) => {
    let e = byKey.get(k);
    if (!e) byKey.set(k, (e = { now: [], before: [] }));
    return e;
  };
  for (const u of current.units) entry(key(u.unit)).now.push(u);
  for (const u of previous.units) entry(previousKey(u)).before.push(u);
  const matches = new Map<ScoredUnit, ScoredUnit>();
  for (const { now, before } of byKey.values()) {
    const candidates = now.flatMap((a, i) =>
      before.map((b, j) => ({ a, b, i, j, gap: Math.abs(volume(a) - volume(b)) })),
    );
    // Closest volumes first; among equals, the order of the rows.
    candidates.sort((x, y) => x.gap - y.gap || x.i - y.i || x.j - y.j);
    const taken = new Set<ScoredUnit>();
    for (const { a, b } of candidates) {
      if (matches.has(a) || taken.has(b)) continue;
      matches.set(a, b);
      taken.add(b);
    }
  }
  return matches;
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
