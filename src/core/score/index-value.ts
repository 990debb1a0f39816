/**
 * The index tree evaluated for one unit: score = scale · (Σ weight · node)^power, where a node is a
 * weighted sum of its children and a leaf reads one value (per day or per item where asked) and
 * transforms it (identity, 1 − x, ln(k·x + 1)). Returns which values it used, so approximation can
 * be traced to the score.
 */
import type { Index, IndexNode, LeafTransform } from "../schemes/scheme";

export interface IndexContext {
  /** Measures and inputs by id. */
  value(id: string): number | undefined;
  days: number;
}

export type IndexOutcome =
  { ok: true; raw: number; used: Set<string> } | { ok: false; missing: string };

function transform(x: number, t: LeafTransform): number {
  if (t === "identity") return x;
  if (t === "complement") return 1 - x;
  return Math.log(t.ln * x + 1);
}

function nodeValue(node: IndexNode, ctx: IndexContext, used: Set<string>): number | string {
  if (node.leaf) {
    const x = ctx.value(node.leaf.value);
    if (x === undefined) return node.leaf.value;
    used.add(node.leaf.value);
    let v = x;
    const per = node.leaf.per;
    if (per === "day") v = x / ctx.days;
    else if (per) {
      const d = ctx.value(per.input);
      if (d === undefined) return per.input;
      used.add(per.input);
      v = d === 0 ? 0 : x / d;
    }
    return transform(v, node.leaf.transform);
  }
  let sum = 0;
  for (const child of node.children ?? []) {
    const v = nodeValue(child, ctx, used);
    if (typeof v === "string") return v;
    sum += child.weight * v;
  }
  return sum;
}

export function indexValue(index: Index, ctx: IndexContext): IndexOutcome {
  const used = new Set<string>();
  let sum = 0;
  for (const node of index.nodes) {
    const v = nodeValue(node, ctx, used);
    if (typeof v === "string") return { ok: false, missing: v };
    sum += node.weight * v;
  }
  return { ok: true, raw: index.scale * Math.pow(sum, index.power), used };
}
