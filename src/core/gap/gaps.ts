/**
 * What would move each unit up (#22): the smallest change of each input it can change that takes
 * it to the next grade, and that takes it past the unit above it in its list (its group's, when
 * the table has groups), in its own counts. A unit in the top grade gets the margin it holds over
 * that grade's floor instead. Each unit's inputs are given as its row was scored (analysis.ts).
 */
import { gradeFor, type GradeBand } from "../grade/grade";
import type { Scheme, SortKey } from "../schemes/scheme";
import { CompiledScheme } from "../score/compiled-scheme";
import type { Evaluation } from "../score/evaluate";
import { keyValue } from "../score/key-value";
import type { ScoredUnit } from "../score/scored-unit";
import { roundHalfUp } from "../values/decimal-round";
import { keyEffects, type HeldInput, type KeyEffects } from "./input-effects";
import { inputGap, type GapContext, type InputGap } from "./unit-gap";

export type GradeGap =
  /** Below the top grade: what reaches the next one up. */
  | {
      kind: "next";
      grade: string;
      floor: number;
      changes: InputGap[];
      /** Per change (in `changes`' order), the grade its score reaches: it may be past the next one. */
      reaches: (string | null)[];
    }
  /** In the top grade: how far above its floor (the line to the grade below). */
  | { kind: "top"; margin: number; below: string | null };

export type PassGap =
  | { kind: "first" }
  /** `above`: the nearest unit with a better key in the unit's list; `value` its key. */
  | { kind: "next"; above: string; value: number; changes: InputGap[] };

export interface UnitGap {
  unit: ScoredUnit;
  /** Null when the scheme has no grades, or the unit none. */
  grade: GradeGap | null;
  /** Null when the unit has no rank. */
  pass: PassGap | null;
}

export interface Gaps {
  /** What moves the score (for grades); null without an index and grades. */
  gradeEffects: KeyEffects | null;
  /** What moves the ranking key. */
  rankEffects: KeyEffects;
  rankKey: SortKey;
  /** One per ranked unit, in the evaluation's order (or the one asked for). */
  units: UnitGap[];
}

/**
 * Every ranked unit's gaps; with `only`, that unit's alone (the pane's unit under the cursor): the
 * walk that finds the unit above is cheap, the search is what costs.
 */
export function evaluationGaps(
  evaluation: Evaluation,
  inputsOf: (unit: ScoredUnit) => Readonly<Record<string, number>> | undefined,
  only?: ScoredUnit,
): Gaps {
  const { scheme } = evaluation;
  const rankKey = evaluation.order[0] ?? { key: "score", direction: "desc" };
  const bands = scheme.grades;
  const gradeEffects = scheme.index && bands ? keyEffects(scheme, "score") : null;
  const rankEffects = keyEffects(scheme, rankKey.key);
  const days = evaluation.days ?? 30;
  const compiled = new CompiledScheme(scheme, days);
  const measure = scheme.measures.find((m) => m.id === rankKey.key);
  const keyOf = (u: ScoredUnit): number =>
    keyValue(measure, rankKey.key === "score" ? u.score : u.measures[rankKey.key]);
  const descending = rankKey.direction === "desc";

  const units: UnitGap[] = [];
  // The list a unit is ranked in: its group's run of the evaluation's order (or the whole table).
  let group: string | null | undefined;
  let aboveKey = Number.NaN;
  let aboveName = "";
  let lastKey = Number.NaN;
  let lastName = "";
  for (const u of evaluation.units) {
    if (u.group !== group) {
      group = u.group;
      aboveKey = lastKey = Number.NaN;
      aboveName = lastName = "";
    }
    const key = keyOf(u);
    if (!Number.isNaN(key) && key !== lastKey && !Number.isNaN(lastKey)) {
      aboveKey = lastKey;
      aboveName = lastName;
    }
    if (!only || u === only) {
      const inputs = inputsOf(u);
      const ctx: GapContext | undefined = inputs ? { scheme, days, inputs, compiled } : undefined;
      const grade =
        bands && gradeEffects && u.score !== null && u.grade !== null
          ? gradeGap(scheme, bands, gradeEffects, u.score, u.grade, ctx)
          : null;
      let pass: PassGap | null = null;
      if (!Number.isNaN(key) && u.rank !== null) {
        if (Number.isNaN(aboveKey)) pass = { kind: "first" };
        else if (ctx) {
          const target = { kind: "pass", key: rankKey.key, value: aboveKey, descending } as const;
          pass = {
            kind: "next",
            above: aboveName,
            value: aboveKey,
            changes: rankEffects.moves.map((move) => inputGap(ctx, move, target)),
          };
        }
      }
      units.push({ unit: u, grade, pass });
    }
    if (!Number.isNaN(key)) {
      lastKey = key;
      lastName = u.unit;
    }
  }
  return { gradeEffects, rankEffects, rankKey, units };
}

/**
 * The gap to the next grade of a unit scored `score` (as printed) and graded `grade`, or the
 * margin it holds over the top grade's floor; null without its inputs (below the top).
 */
export function gradeGap(
  scheme: Scheme,
  bands: readonly GradeBand[],
  effects: KeyEffects,
  score: number,
  grade: string,
  ctx: GapContext | undefined,
): GradeGap | null {
  const at = bands.findIndex((b) => b.label === grade);
  const band = bands[at];
  if (at < 0 || !band) return null;
  if (at === 0)
    return band.min === undefined
      ? null
      : {
          kind: "top",
          // A difference of two printed scores, printed alike (99.8 − 95 is 4.8, not 4.7999…).
          margin: roundHalfUp(score - band.min, scheme.index?.precision ?? 2),
          below: bands[1]?.label ?? null,
        };
  const up = bands[at - 1];
  if (up?.min === undefined || !ctx) return null;
  const target = { kind: "floor", floor: up.min } as const;
  const changes = effects.moves.map((move) => inputGap(ctx, move, target));
  return {
    kind: "next",
    grade: up.label,
    floor: up.min,
    changes,
    reaches: changes.map((c) => (c.reached ? (gradeFor(c.key, bands) ?? null) : null)),
  };
}

/** Every input the analysis holds as it is, once, with why: for the words that say so. */
export function heldInputs(gaps: Gaps): HeldInput[] {
  const held = [...(gaps.gradeEffects?.held ?? []), ...gaps.rankEffects.held];
  return held.filter((h, k) => held.findIndex((x) => x.input === h.input) === k);
}
