/**
 * The edits a clerk makes in the task pane, as pure functions on a scheme: a top-level weight, a
 * zero-denominator rule, a copy saved under a new name; and the formula written out from the tree
 * so the pane shows what will really be computed after an edit.
 */
import { labelOf } from "./label-of";
import type { Language } from "../i18n";
import type { IndexNode, Scheme } from "./scheme";

type ZeroPolicy = "error" | "zero" | "full" | "blank";

/** What a top-level node is called: its own label, or the measure its leaf reads. */
export function nodeLabel(scheme: Scheme, node: IndexNode, lang: Language): string {
  if (node.label) return node.label[lang];
  if (node.leaf) return labelOf(scheme, node.leaf.value, lang);
  return "";
}

export function topLevelWeights(
  scheme: Scheme,
  lang: Language,
): { label: string; weight: number }[] {
  return (scheme.index?.nodes ?? []).map((node) => ({
    label: nodeLabel(scheme, node, lang),
    weight: node.weight,
  }));
}

/** The scheme with one top-level weight changed, and its formula text rewritten to match. */
export function withTopWeight(scheme: Scheme, index: number, weight: number): Scheme {
  if (!scheme.index) return scheme;
  const edited: Scheme = {
    ...scheme,
    // The table's printed scores and grades follow the old weights: no longer comparable.
    fields: scheme.fields.map((f) =>
      f.checks === "score" || f.checks === "grade" ? { ...f, checks: undefined } : f,
    ),
    index: {
      ...scheme.index,
      nodes: scheme.index.nodes.map((n, i) => (i === index ? { ...n, weight } : n)),
    },
  };
  const texts = { zh: formulaText(edited, "zh"), en: formulaText(edited, "en") };
  return { ...edited, index: { ...(edited.index ?? scheme.index), formula: texts } };
}

export function withZeroPolicy(scheme: Scheme, measureId: string, policy: ZeroPolicy): Scheme {
  return {
    ...scheme,
    measures: scheme.measures.map((m) =>
      m.id === measureId && m.kind === "ratio" ? { ...m, zeroPolicy: policy } : m,
    ),
  };
}

/** A copy to save in the workbook under the clerk's name, with an id of its own. */
export function namedCopy(scheme: Scheme, name: string, taken: readonly string[]): Scheme {
  let n = 1;
  while (taken.includes(`custom-${n}`)) n++;
  return {
    ...scheme,
    id: `custom-${n}`,
    name: { zh: name, en: name },
    source: {
      zh: `基于“${scheme.name.zh}”修改`,
      en: `adapted from “${scheme.name.en}”`,
    },
  };
}

function leafText(scheme: Scheme, node: IndexNode, lang: Language): string {
  const leaf = node.leaf;
  if (!leaf) return nodeLabel(scheme, node, lang);
  let x = labelOf(scheme, leaf.value, lang);
  if (leaf.per === "day") x = `${x}/${lang === "zh" ? "天数" : "days"}`;
  else if (leaf.per) x = `${x}/${labelOf(scheme, leaf.per.input, lang)}`;
  if (leaf.transform === "complement") return `(1 − ${x})`;
  if (leaf.transform === "identity") return x;
  return leaf.transform.ln === 1 ? `ln(${x} + 1)` : `ln(${leaf.transform.ln}·${x} + 1)`;
}

/** "综合指标值 = 30×办结率 + 30×按期办结率 + 20×(1 − 返工率) + 20×群众满意率". */
export function formulaText(scheme: Scheme, lang: Language): string {
  const index = scheme.index;
  if (!index) return "";
  const sum = index.nodes.map((n) => `${n.weight}×${leafText(scheme, n, lang)}`).join(" + ");
  let body = index.power === 1 ? sum : `(${sum})^${index.power}`;
  if (index.scale !== 1) body = `${body} × ${index.scale}`;
  return `${index.label[lang]} = ${body}`;
}
