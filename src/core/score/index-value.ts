/**
 * The index tree evaluated for one unit: score = scale · (Σ weight · node)^power, where a node is a
 * weighted sum of its children and a leaf reads one value (per day or per item where asked) and
 * transforms it (see leaf-transforms.ts). Returns which values it used, so approximation can be
 * traced to the score.
 */
import { foldIndex, type IndexAlgebra, type IndexLeaf } from "../schemes/index-tree";
import { transformMeaning } from "../schemes/leaf-transforms";
import type { Index } from "../schemes/scheme";

export interface IndexContext {
  /** Measures and inputs by id. */
  value(id: string): number | undefined;
  days: number;
}

export type IndexOutcome =
  { ok: true; raw: number; used: Set<string> } | { ok: false; missing: string };

/** A part's value, or the id of the first value it lacked. */
export type Part = number | { missing: string };

/** What one leaf contributes before its weight: its value (per day or per item) transformed. */
export function leafValue(leaf: IndexLeaf, ctx: IndexContext, used?: Set<string>): Part {
  const x = ctx.value(leaf.value);
  if (x === undefined) return { missing: leaf.value };
  used?.add(leaf.value);
  let v = x;
  const per = leaf.per;
  if (per === "day") v = x / ctx.days;
  else if (per) {
    const d = ctx.value(per.input);
    if (d === undefined) return { missing: per.input };
    used?.add(per.input);
    v = d === 0 ? 0 : x / d;
  }
  return transformMeaning(leaf.transform).value(v);
}

function valueAlgebra(ctx: IndexContext, used: Set<string>): IndexAlgebra<Part> {
  return {
    leaf: (leaf) => leafValue(leaf, ctx, used),
    sum(parts) {
      let sum = 0;
      for (const part of parts) {
        if (typeof part.value !== "number") return part.value;
        sum += part.weight * part.value;
      }
      return sum;
    },
  };
}

export function indexValue(index: Index, ctx: IndexContext): IndexOutcome {
  const used = new Set<string>();
  const sum = foldIndex(index, valueAlgebra(ctx, used));
  if (typeof sum !== "number") return { ok: false, missing: sum.missing };
  return { ok: true, raw: index.scale * Math.pow(sum, index.power), used };
}
