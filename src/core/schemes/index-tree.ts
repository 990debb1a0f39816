/**
 * The index tree, walked once: every reading of a scheme's index — its value for a unit, its
 * Excel formula, its words, the method sheet's rows, the leaves a validator checks — is an
 * algebra given to `foldIndex`: what a leaf becomes, and how a node's weighted parts combine.
 * The outer step (scale · Σ^power, rounding) is each reading's own.
 */
import type { Index, IndexNode } from "./scheme";

export type IndexLeaf = NonNullable<IndexNode["leaf"]>;

export interface WeightedPart<T> {
  weight: number;
  node: IndexNode;
  value: T;
}

export interface IndexAlgebra<T> {
  /** A leaf: the value it reads (per day or per item where asked), transformed. */
  leaf(leaf: IndexLeaf, node: IndexNode): T;
  /**
   * Σ weight · part: over a node's children (`node` given), or over the index's top-level nodes
   * (`node` undefined). `depth` is the depth of the parts (0 for the top level).
   */
  sum(parts: readonly WeightedPart<T>[], node: IndexNode | undefined, depth: number): T;
}

export function foldIndex<T>(index: Pick<Index, "nodes">, algebra: IndexAlgebra<T>): T {
  const parts = (nodes: readonly IndexNode[], depth: number): WeightedPart<T>[] =>
    nodes.map((node) => ({ weight: node.weight, node, value: visit(node, depth) }));
  const visit = (node: IndexNode, depth: number): T =>
    node.leaf
      ? algebra.leaf(node.leaf, node)
      : algebra.sum(parts(node.children ?? [], depth + 1), node, depth + 1);
  return algebra.sum(parts(index.nodes, 0), undefined, 0);
}
