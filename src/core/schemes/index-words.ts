/**
 * The index tree in words, as the bulletins write it: "综合指标值 = 30×办结率 + 30×按期办结率 +
 * 20×(1 − 返工率) + 20×群众满意率". A named inner node (BCI's W1, WCI's 整体传播力 O) appears by its
 * name, and its own sum is given among the definitions. Derived from the tree every time, so an
 * edited weight is never out of step with its formula.
 */
import type { Language } from "../i18n";
import { foldIndex, type IndexAlgebra } from "./index-tree";
import { labelOf } from "./label-of";
import { transformMeaning } from "./leaf-transforms";
import type { IndexNode, Scheme } from "./scheme";

/** What a node is called: its own label, or the measure its leaf reads. */
export function nodeLabel(scheme: Scheme, node: IndexNode, lang: Language): string {
  if (node.label) return node.label[lang];
  if (node.leaf) return labelOf(scheme, node.leaf.value, lang);
  return "";
}

function wordsAlgebra(scheme: Scheme, lang: Language, definitions: string[]): IndexAlgebra<string> {
  return {
    leaf(leaf) {
      let x = labelOf(scheme, leaf.value, lang);
      if (leaf.per === "day") x = `${x}/${lang === "zh" ? "天数" : "days"}`;
      else if (leaf.per) x = `${x}/${labelOf(scheme, leaf.per.input, lang)}`;
      return transformMeaning(leaf.transform).words(x, lang);
    },
    sum(parts, node) {
      const text = parts.map((p) => `${p.weight}×${p.value}`).join(" + ");
      if (!node) return text;
      if (!node.label) return `(${text})`;
      definitions.push(`${node.label[lang]} = ${text}`);
      return node.label[lang];
    },
  };
}

function words(scheme: Scheme, lang: Language): { formula: string; definitions: string[] } {
  const index = scheme.index;
  if (!index) return { formula: "", definitions: [] };
  const definitions: string[] = [];
  const sum = foldIndex(index, wordsAlgebra(scheme, lang, definitions));
  let body = index.power === 1 ? sum : `(${sum})^${index.power}`;
  // A scale multiplies the whole sum: written first when nothing else brackets the sum.
  if (index.scale !== 1)
    body = index.power === 1 ? `${index.scale} × (${body})` : `${body} × ${index.scale}`;
  return { formula: `${index.label[lang]} = ${body}`, definitions };
}

/** "综合指标值 = 30×办结率 + 30×按期办结率 + 20×(1 − 返工率) + 20×群众满意率". */
export function formulaText(scheme: Scheme, lang: Language): string {
  return words(scheme, lang).formula;
}

/** The sums behind the formula's named parts: "W1 = 0.3×ln(发博数 + 1) + 0.7×ln(原创微博数 + 1)". */
export function formulaDefinitions(scheme: Scheme, lang: Language): string[] {
  return words(scheme, lang).definitions;
}
