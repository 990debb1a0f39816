/**
 * The smallest change of one input that takes a unit to a target (#22): the next grade's floor,
 * or past the unit above it. Exact, not estimated: the key is recomputed from the changed inputs
 * by the scheme's own arithmetic and rounding (`scoreFromInputs`, `keyValue`), and since the key
 * moves one way with the input (input-effects.ts), the first change that reaches the target is
 * found by doubling then bisecting over whole steps — a count in whole tickets, a rate in steps of
 * 0.01 percentage point. A change stays inside what the table allows (counts ≥ 0, rates within
 * 0–100 %, the scheme's relations such as 超期办理数 ≤ 办理数 ≤ 应办理数); when even the furthest
 * allowed change falls short, the gap says so.
 */
import type { Scheme } from "../schemes/scheme";
import { keyValue } from "../score/key-value";
import { computeMeasures } from "../score/measures";
import type { CompiledScheme } from "../score/compiled-scheme";
import { scoreFromInputs } from "../score/score-inputs";
import { roundHalfUp } from "../values/decimal-round";
import type { InputEffect } from "./input-effects";

export type GapTarget =
  /** The score (as printed) at or above a grade's floor. */
  | { kind: "floor"; floor: number }
  /** The ranking key (as printed) strictly better than the unit above's. */
  | { kind: "pass"; key: string; value: number; descending: boolean };

export type InputGap =
  | {
      input: string;
      reached: true;
      /** The change, signed, in the input's own units (a rate as a fraction). */
      change: number;
      /** Whole steps: tickets, or 0.01 percentage points for a rate. */
      steps: number;
      /** The key after the change. */
      key: number;
    }
  | { input: string; reached: false };

/** Steps of a rate: 0.01 percentage point. */
export const RATE_STEP = 1e-4;

/** Whether an input is a rate (changed in 0.01-point steps, said in percentage points), not a count. */
export function isRateInput(scheme: Scheme, input: string): boolean {
  return scheme.fields.find((f) => f.id === input)?.kind === "rate";
}

/** How far an input without an upper bound is searched (in steps) before it is called out of reach. */
const FURTHEST = 2 ** 40;

export interface GapContext {
  scheme: Scheme;
  days: number;
  /** The unit's inputs, as its row was scored. */
  inputs: Readonly<Record<string, number>>;
  /**
   * The scheme compiled over slots, shared by every unit of a table: each changed unit is then
   * scored without an object per try. Without it (or where it cannot score: a 0 denominator), the
   * general way — the same numbers, as gaps.test.ts checks.
   */
  compiled?: CompiledScheme | undefined;
}

/** The key (as printed) the target reads, for changed inputs; NaN when it cannot be computed. */
export function keyFor(ctx: GapContext, inputs: Record<string, number>, target: GapTarget): number {
  const key = target.kind === "floor" ? "score" : target.key;
  if (key === "score") {
    const scored = scoreFromInputs(ctx.scheme, inputs, ctx.days);
    return scored.ok ? scored.score : Number.NaN;
  }
  const measure = ctx.scheme.measures.find((m) => m.id === key);
  if (!measure) return inputs[key] ?? Number.NaN;
  const measured = computeMeasures([measure], inputs);
  return keyValue(measure, measured.values[key]);
}

/** The key after one input is set to a value, the rest as they are. */
function keyWith(ctx: GapContext, input: string, value: number, target: GapTarget): number {
  const c = ctx.compiled;
  const slot = c ? c.slotOf(input) : -1;
  if (c && slot >= 0) {
    c.fields.forEach((f, k) => (c.inputs[k] = ctx.inputs[f.id] ?? Number.NaN));
    c.inputs[slot] = value;
    if (c.measure()) {
      const key = target.kind === "floor" ? "score" : target.key;
      if (key === "score") {
        const raw = c.raw();
        return Number.isFinite(raw)
          ? roundHalfUp(raw, ctx.scheme.index?.precision ?? 2)
          : Number.NaN;
      }
      const k = ctx.scheme.measures.findIndex((m) => m.id === key);
      if (k >= 0) return keyValue(ctx.scheme.measures[k], c.measures[k]);
    }
  }
  return keyFor(ctx, { ...ctx.inputs, [input]: value }, target);
}

export function reaches(target: GapTarget, key: number): boolean {
  if (Number.isNaN(key)) return false;
  if (target.kind === "floor") return key >= target.floor;
  return target.descending ? key > target.value : key < target.value;
}

/** How far the input may move its way, in steps, inside the table's bounds. */
function allowedSteps(ctx: GapContext, input: string, direction: 1 | -1): number {
  const field = ctx.scheme.fields.find((f) => f.id === input);
  const x = ctx.inputs[input];
  if (x === undefined || !field) return 0;
  if (field.kind === "rate") {
    const room = direction > 0 ? 1 - x : x;
    return Math.max(0, Math.floor(room / RATE_STEP + 1e-9));
  }
  // Counts and values: not below 0, and inside each relation the input is part of.
  let low = 0;
  let high = Number.POSITIVE_INFINITY;
  for (const rel of ctx.scheme.relations) {
    if (rel.lesser === input) high = Math.min(high, ctx.inputs[rel.greater] ?? high);
    if (rel.greater === input) low = Math.max(low, ctx.inputs[rel.lesser] ?? low);
  }
  const room = direction > 0 ? high - x : x - low;
  if (room === Number.POSITIVE_INFINITY) return FURTHEST;
  return Math.max(0, Math.floor(room + 1e-9));
}

/** The input moved its way by whole steps, kept within 0–100 % for a rate. */
function changedValue(ctx: GapContext, input: string, direction: 1 | -1, steps: number): number {
  const rate = isRateInput(ctx.scheme, input);
  const value = (ctx.inputs[input] ?? 0) + direction * steps * (rate ? RATE_STEP : 1);
  return rate ? Math.min(1, Math.max(0, value)) : value;
}

/**
 * The smallest change of one input that reaches the target, moving it the way that helps (the
 * move's `effect` says which way raises the key; the target, whether it wants the key higher).
 */
export function inputGap(ctx: GapContext, move: InputEffect, target: GapTarget): InputGap {
  const higher = target.kind === "floor" || target.descending;
  const direction: 1 | -1 = (higher ? move.effect : -move.effect) as 1 | -1;
  const furthest = allowedSteps(ctx, move.input, direction);
  const keyAt = (steps: number): number =>
    keyWith(ctx, move.input, changedValue(ctx, move.input, direction, steps), target);
  if (furthest < 1) return { input: move.input, reached: false };
  // Double until the target is reached (or the bound is), then bisect: the key is monotone in the steps.
  let low = 0;
  let high = 1;
  while (high < furthest && !reaches(target, keyAt(high))) {
    low = high;
    high = Math.min(furthest, high * 2);
  }
  let key = keyAt(high);
  if (!reaches(target, key)) return { input: move.input, reached: false };
  while (high - low > 1) {
    const mid = low + Math.floor((high - low) / 2);
    const at = keyAt(mid);
    if (reaches(target, at)) {
      high = mid;
      key = at;
    } else low = mid;
  }
  const step = isRateInput(ctx.scheme, move.input) ? RATE_STEP : 1;
  return {
    input: move.input,
    reached: true,
    change: direction * high * step,
    steps: high,
    key,
  };
}
