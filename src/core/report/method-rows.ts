/**
 * The index tree as the method sheet lists it: one row per node, in reading order, indented by
 * depth, with its weight and (for a leaf) what it does to x ("1 − x", "ln(x + 1)").
 */
import type { Language } from "../i18n";
import { foldIndex, type IndexAlgebra } from "../schemes/index-tree";
import { labelOf } from "../schemes/label-of";
import { transformMeaning } from "../schemes/leaf-transforms";
import type { Scheme } from "../schemes/scheme";
import { word } from "./report-text";

export interface MethodRow {
  depth: number;
  label: string;
  weight: number;
  /** The leaf's transform of x; absent for a node with children. */
  transform?: string | undefined;
}

function rowsAlgebra(scheme: Scheme, lang: Language): IndexAlgebra<MethodRow[]> {
  return {
    // A leaf's row is made by its parent, which knows its weight and depth.
    leaf: () => [],
    sum: (parts, _node, depth) =>
      parts.flatMap((part) => {
        const leaf = part.node.leaf;
        const per = !leaf?.per
          ? ""
          : leaf.per === "day"
            ? ` ${word(lang, "perDay")}`
            : ` ${word(lang, "per")}${labelOf(scheme, leaf.per.input, lang)}`;
        const label = part.node.label?.[lang] ?? (leaf ? labelOf(scheme, leaf.value, lang) : "");
        const row: MethodRow = {
          depth,
          label: `${label}${per}`,
          weight: part.weight,
          transform: leaf ? transformMeaning(leaf.transform).words("x", lang) : undefined,
        };
        return [row, ...part.value];
      }),
  };
}

export function methodRows(scheme: Scheme, lang: Language): MethodRow[] {
  return scheme.index ? foldIndex(scheme.index, rowsAlgebra(scheme, lang)) : [];
}
