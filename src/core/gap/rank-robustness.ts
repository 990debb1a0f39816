/**
 * How robust each rank is to the weights (#22). Every weight of the index tree moves within a band
 * (default ±10 %), each sibling group renormalised to its own sum, in a seeded Monte-Carlo run
 * (xoroshiro128+, so the same seed gives the same ranges); each unit's rank in its list (its
 * group's when the table has groups) is taken at every draw, with the rounding and tie rule of
 * the ranking, and its range kept. For a one-level linear index (the comprehensive evaluation,
 * the petition rate) the run also computes rank bounds no weights in the band can pass: a unit's
 * score difference with another is linear-fractional in the weights, so its extremes sit at the
 * box's corners; a unit that is ahead at every corner by more than the rounding can close is
 * ahead for all weights, one never ahead at a corner never is. The corners are drawn too, so where
 * the ranks seen reach those bounds the range is exact. Each leaf's leave-one-out effect (its
 * weight 0, its siblings renormalised) says which indicator the ranking leans on.
 */
import { unsafeUniformIntDistribution, xoroshiro128plus, type RandomGenerator } from "pure-rand";
import type { IndexLeaf } from "../schemes/index-tree";
import type { Index, IndexNode } from "../schemes/scheme";
import type { Evaluation } from "../score/evaluate";
import { leafValue } from "../score/index-value";
import { rankOrder } from "../score/rank-order";
import type { ScoredUnit } from "../score/scored-unit";
import { roundHalfUp } from "../values/decimal-round";

export interface RobustnessOptions {
  /** How far each weight moves either way, as a fraction (0.1: ±10 %). */
  band?: number | undefined;
  draws?: number | undefined;
  seed?: number | undefined;
}

export const DEFAULT_BAND = 0.1;
export const DEFAULT_DRAWS = 500;
export const DEFAULT_SEED = 20260101;
/** Above this many units the corner bounds (a pass over every pair) are not computed, and said so. */
export const EXACT_LIMIT = 2000;

export interface RankRange {
  /** The rank as published, and the best and worst seen over the draws (and corners). */
  nominal: number;
  best: number;
  worst: number;
  /** For a one-level linear index: ranks no weights in the band can pass. */
  bound?: { best: number; worst: number } | undefined;
}

export interface LeaveOneOut {
  /** The leaf's value (a measure or input id). */
  value: string;
  meanShift: number;
  maxShift: number;
  /** Units whose rank changes. */
  moved: number;
}

export type Robustness =
  | {
      kind: "done";
      band: number;
      draws: number;
      seed: number;
      /** Per unit of the evaluation, in its order; null for a unit without a rank. */
      ranges: (RankRange | null)[];
      /** Why there are no corner bounds, when there are none. */
      bounds: "computed" | "not-linear" | "dense-ranks" | "too-many-units";
      leaveOneOut: LeaveOneOut[];
    }
  /** The ranking is not by the index (the weights cannot move it), or there is no index. */
  | { kind: "not-by-score" };

/** The index tree as arrays: what a draw changes (weights) apart from what it reads (leaves). */
interface FlatTree {
  weights: Float64Array;
  /** Each node's leaf index, or -1 for an inner node. */
  leafOf: Int32Array;
  /** Each node's children (inner nodes), in order. */
  children: number[][];
  /** The top level's nodes, in order. */
  top: number[];
  /** Sibling groups (the top level, then each inner node's children): what is renormalised. */
  groups: number[][];
  leaves: IndexLeaf[];
}

function flatten(index: Index): FlatTree {
  const weights: number[] = [];
  const leafOf: number[] = [];
  const children: number[][] = [];
  const leaves: IndexLeaf[] = [];
  const groups: number[][] = [];
  const visit = (node: IndexNode): number => {
    const at = weights.length;
    weights.push(node.weight);
    children.push([]);
    if (node.leaf) {
      leafOf.push(leaves.length);
      leaves.push(node.leaf);
    } else leafOf.push(-1);
    if (!node.leaf) {
      const kids = (node.children ?? []).map(visit);
      children[at] = kids;
      groups.push(kids);
    }
    return at;
  };
  const top = index.nodes.map(visit);
  groups.unshift(top);
  return {
    weights: Float64Array.from(weights),
    leafOf: Int32Array.from(leafOf),
    children,
    top,
    groups,
    leaves,
  };
}

/**
 * A unit's raw index for weights: the general path's sum, part by part in order, then
 * scale · Σ^power. Nodes are numbered parent before children, so walking them backwards has every
 * inner node's children summed before it; `scratch` holds the node values (no object per call).
 */
function rawScore(
  tree: FlatTree,
  index: Index,
  weights: Float64Array,
  leafValues: Float64Array,
  scratch: Float64Array,
): number {
  for (let node = scratch.length - 1; node >= 0; node--) {
    const leaf = tree.leafOf[node] as number;
    if (leaf >= 0) {
      scratch[node] = leafValues[leaf] as number;
      continue;
    }
    let sum = 0;
    for (const c of tree.children[node] as number[])
      sum += (weights[c] as number) * (scratch[c] as number);
    scratch[node] = sum;
  }
  let sum = 0;
  for (const t of tree.top) sum += (weights[t] as number) * (scratch[t] as number);
  return index.scale * Math.pow(sum, index.power);
}

/** Weights moved by factors (1 + u), each sibling group brought back to its own sum. */
function movedWeights(tree: FlatTree, factors: Float64Array): Float64Array {
  const out = new Float64Array(tree.weights.length);
  for (let k = 0; k < out.length; k++)
    out[k] = (tree.weights[k] as number) * (factors[k] as number);
  for (const group of tree.groups) {
    let before = 0;
    let after = 0;
    for (const k of group) {
      before += tree.weights[k] as number;
      after += out[k] as number;
    }
    if (before === 0 || after === 0) continue;
    for (const k of group) out[k] = ((out[k] as number) * before) / after;
  }
  return out;
}

export interface RobustnessInput {
  evaluation: Evaluation;
  /** A unit's inputs, as its row was scored (undefined when its row cannot be found). */
  inputsOf(unit: ScoredUnit): Readonly<Record<string, number>> | undefined;
}

export function rankRobustness(
  input: RobustnessInput,
  options: RobustnessOptions = {},
): Robustness {
  const { evaluation } = input;
  const { scheme } = evaluation;
  const index = scheme.index;
  const key = evaluation.order[0];
  if (!index || key?.key !== "score") return { kind: "not-by-score" };
  const band = options.band ?? DEFAULT_BAND;
  const draws = Math.max(0, Math.floor(options.draws ?? DEFAULT_DRAWS));
  const seed = options.seed ?? DEFAULT_SEED;
  const tree = flatten(index);
  const scratch = new Float64Array(tree.weights.length);
  const days = evaluation.days ?? 30;
  const precision = index.precision;
  const descending = key.direction === "desc";

  // The ranked units, with each leaf's value read once.
  const units = evaluation.units;
  const ranked: number[] = [];
  const leafValues: Float64Array[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as ScoredUnit;
    const inputs = input.inputsOf(u);
    if (u.rank === null || u.rawScore === null || !inputs) continue;
    const values = new Float64Array(tree.leaves.length);
    let complete = true;
    tree.leaves.forEach((leaf, k) => {
      const v = leafValue(leaf, { value: (id) => u.measures[id] ?? inputs[id] ?? undefined, days });
      if (typeof v === "number") values[k] = v;
      else complete = false;
    });
    if (!complete) continue;
    ranked.push(i);
    leafValues.push(values);
  }
  const n = ranked.length;
  const grouped = units.some((u) => u.group !== null);
  const groupCode = grouped ? groupCodes(ranked.map((i) => (units[i] as ScoredUnit).group)) : null;
  const nominal = ranked.map((i) => {
    const u = units[i] as ScoredUnit;
    return (grouped ? u.groupRank : u.rank) ?? 0;
  });
  const ranksFor = (weights: Float64Array): Float64Array => {
    const scores = new Float64Array(n);
    for (let k = 0; k < n; k++)
      scores[k] = roundHalfUp(
        rawScore(tree, index, weights, leafValues[k] as Float64Array, scratch),
        precision,
      );
    const order = rankOrder({
      keys: [scores],
      descending: [descending],
      groupCode,
      method: evaluation.rankMethod,
    });
    return (grouped ? order.groupRank : order.rank) ?? order.rank;
  };

  const best = Float64Array.from(nominal);
  const worst = Float64Array.from(nominal);
  const take = (ranks: Float64Array): void => {
    for (let k = 0; k < n; k++) {
      const r = ranks[k] as number;
      if (r < (best[k] as number)) best[k] = r;
      if (r > (worst[k] as number)) worst[k] = r;
    }
  };
  const rng = xoroshiro128plus(seed);
  const factors = new Float64Array(tree.weights.length);
  for (let d = 0; d < draws; d++) {
    for (let k = 0; k < factors.length; k++) factors[k] = 1 + band * (2 * uniform(rng) - 1);
    take(ranksFor(movedWeights(tree, factors)));
  }

  const linear =
    index.power === 1 &&
    tree.top.every((t) => (tree.leafOf[t] as number) >= 0) &&
    [...tree.weights].every((w) => w > 0);
  let bounds: "computed" | "not-linear" | "dense-ranks" | "too-many-units" = "computed";
  let bound: { best: number; worst: number }[] | undefined;
  if (!linear) bounds = "not-linear";
  else if (evaluation.rankMethod !== "competition") bounds = "dense-ranks";
  else if (n > EXACT_LIMIT) bounds = "too-many-units";
  else {
    const corners = cornerWeights(tree, band);
    const atCorner = corners.map((w) => {
      take(ranksFor(w));
      return Float64Array.from(leafValues, (values) => rawScore(tree, index, w, values, scratch));
    });
    bound = cornerBounds(atCorner, groupCode, n, Math.pow(10, -precision));
  }

  const ranges: (RankRange | null)[] = units.map(() => null);
  ranked.forEach((i, k) => {
    ranges[i] = {
      nominal: nominal[k] as number,
      best: best[k] as number,
      worst: worst[k] as number,
      bound: bound?.[k],
    };
  });

  // Each leaf left out: its weight 0, its siblings renormalised to their sum.
  const leaveOneOut: LeaveOneOut[] = tree.leaves.map((leaf, l) => {
    const node = tree.leafOf.indexOf(l);
    const factorsOut = new Float64Array(tree.weights.length).fill(1);
    factorsOut[node] = 0;
    const ranks = ranksFor(movedWeights(tree, factorsOut));
    let total = 0;
    let max = 0;
    let moved = 0;
    for (let k = 0; k < n; k++) {
      const shift = Math.abs((ranks[k] as number) - (nominal[k] as number));
      total += shift;
      if (shift > max) max = shift;
      if (shift > 0) moved++;
    }
    return { value: leaf.value, meanShift: n ? total / n : 0, maxShift: max, moved };
  });

  return { kind: "done", band, draws, seed, ranges, bounds, leaveOneOut };
}

/** A uniform double in [0, 1) from 53 random bits (26 + 27, as the usual construction takes them). */
function uniform(rng: RandomGenerator): number {
  const high = unsafeUniformIntDistribution(0, (1 << 26) - 1, rng);
  const low = unsafeUniformIntDistribution(0, (1 << 27) - 1, rng);
  return (high * 134217728 + low) / 9007199254740992;
}

/** Group codes 0, 1, … in order of first appearance; units without a group last. */
function groupCodes(groups: readonly (string | null)[]): Int32Array {
  const codes = new Map<string, number>();
  for (const g of groups) if (g !== null && !codes.has(g)) codes.set(g, codes.size);
  return Int32Array.from(groups, (g) => (g === null ? codes.size : (codes.get(g) ?? codes.size)));
}

/** The weights at each corner of the band (each top-level weight at −band or +band), renormalised. */
function cornerWeights(tree: FlatTree, band: number): Float64Array[] {
  const k = tree.top.length;
  const out: Float64Array[] = [];
  for (let mask = 0; mask < 1 << k; mask++) {
    const factors = new Float64Array(tree.weights.length).fill(1);
    tree.top.forEach((t, bit) => (factors[t] = mask & (1 << bit) ? 1 + band : 1 - band));
    out.push(movedWeights(tree, factors));
  }
  return out;
}

/**
 * Competition ranks no weights in the band can pass: a unit can be no better than 1 + the units
 * ahead of it at every corner by more than the rounding step, no worse than 1 + those ahead at
 * some corner. Scores at each corner, per unit; units compared only within their group.
 */
function cornerBounds(
  atCorner: readonly Float64Array[],
  groupCode: Int32Array | null,
  n: number,
  step: number,
): { best: number; worst: number }[] {
  const out: { best: number; worst: number }[] = [];
  const margin = step * (1 + 1e-9);
  for (let i = 0; i < n; i++) {
    let always = 0;
    let ever = 0;
    for (let j = 0; j < n; j++) {
      if (j === i || (groupCode && groupCode[j] !== groupCode[i])) continue;
      let min = Number.POSITIVE_INFINITY;
      let max = Number.NEGATIVE_INFINITY;
      for (const scores of atCorner) {
        const d = (scores[j] as number) - (scores[i] as number);
        if (d < min) min = d;
        if (d > max) max = d;
      }
      if (min > margin) always++;
      if (max > 0) ever++;
    }
    out.push({ best: 1 + always, worst: 1 + ever });
  }
  return out;
}
