/**
 * Which of a unit's inputs it can change to move a ranking key, and which way each moves it — read
 * off the scheme, not written for one scheme (#22). The score's effects come from the index tree
 * (a leaf's transform slope, the signs of its weights, a ratio's numerator terms); a measure key's
 * from the measure. An input is held as it is when it is a denominator or a per-item divisor (the
 * volume a rate is taken over, not something a unit "improves"), when the key is the bulletin's
 * volume alone (a ranking by how many, not how well), or when it moves the key both ways (a clerk's index that adds and subtracts the same input): then no gap
 * can be read off it, and the analysis says so instead of leaving it out.
 */
import { foldIndex } from "../schemes/index-tree";
import { transformMeaning } from "../schemes/leaf-transforms";
import type { FieldKind, Scheme } from "../schemes/scheme";

export type Effect = 1 | -1;

export interface InputEffect {
  input: string;
  /** +1: the key rises as the input grows; −1: it falls. */
  effect: Effect;
}

export type HeldReason = "denominator" | "volume" | "both-ways";

export interface HeldInput {
  input: string;
  reason: HeldReason;
}

export interface KeyEffects {
  /** Inputs a unit can change, in the scheme's field order. */
  moves: InputEffect[];
  /** Inputs the key reads that are held as they are, and why. */
  held: HeldInput[];
}

/** Field kinds a unit's own work changes (not printed checks, helpers, names). */
const CHANGEABLE: ReadonlySet<FieldKind> = new Set(["count", "rate", "value"]);

/** What a part of the key reads: each input's signs, and the inputs it divides by. */
interface Reads {
  signs: [string, Effect][];
  divisors: string[];
}

export function keyEffects(scheme: Scheme, key: string): KeyEffects {
  const reads = key === "score" ? scoreReads(scheme) : valueReads(scheme, key, 1);
  const signs = new Map<string, Set<Effect>>();
  for (const [input, sign] of reads.signs) {
    const set = signs.get(input) ?? new Set<Effect>();
    set.add(sign);
    signs.set(input, set);
  }
  const held = new Map<string, HeldReason>();
  for (const d of reads.divisors) held.set(d, "denominator");
  // A key that reads nothing but the volume (the monthly table's 任务总数) ranks by how many, not
  // how well: there is nothing to advise. Elsewhere the volume is an input like any other (BCI's
  // 发博数), unless it is a denominator.
  const volume = scheme.bulletin?.volume;
  if (volume !== undefined && signs.size === 1 && signs.has(volume)) held.set(volume, "volume");
  const moves: InputEffect[] = [];
  for (const field of scheme.fields) {
    const set = signs.get(field.id);
    if (!set || held.has(field.id) || !CHANGEABLE.has(field.kind)) continue;
    if (set.size > 1) held.set(field.id, "both-ways");
    else moves.push({ input: field.id, effect: set.has(1) ? 1 : -1 });
  }
  return {
    moves,
    held: scheme.fields.flatMap((f) => {
      const reason = held.get(f.id);
      return reason ? [{ input: f.id, reason }] : [];
    }),
  };
}

/** The score through the index tree: scale and power are positive, so the tree's signs stand. */
function scoreReads(scheme: Scheme): Reads {
  const index = scheme.index;
  if (!index) return { signs: [], divisors: [] };
  return foldIndex<Reads>(index, {
    leaf(leaf) {
      const slope = transformMeaning(leaf.transform).slope;
      const reads = valueReads(scheme, leaf.value, slope);
      if (leaf.per !== undefined && leaf.per !== "day") reads.divisors.push(leaf.per.input);
      return reads;
    },
    sum(parts) {
      const out: Reads = { signs: [], divisors: [] };
      for (const part of parts) {
        if (part.weight === 0) continue;
        const sign: Effect = part.weight > 0 ? 1 : -1;
        for (const [input, s] of part.value.signs) out.signs.push([input, (s * sign) as Effect]);
        out.divisors.push(...part.value.divisors);
      }
      return out;
    },
  });
}

/** A measure (or an input read directly), taken with the sign it enters the key with. */
function valueReads(scheme: Scheme, id: string, sign: Effect): Reads {
  const measure = scheme.measures.find((m) => m.id === id);
  if (!measure) return { signs: [[id, sign]], divisors: [] };
  if (measure.kind === "input") return { signs: [[measure.input, sign]], divisors: [] };
  return {
    signs: measure.numerator.map((t): [string, Effect] => [t.input, (t.sign * sign) as Effect]),
    divisors: [measure.denominator],
  };
}
