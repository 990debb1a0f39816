/**
 * The edits a clerk makes in the task pane, as pure functions on a scheme: a top-level weight, a
 * zero-denominator rule, a copy saved under a new name. The formula the pane shows is derived from
 * the edited tree (index-words.ts), so it is what will really be computed.
 */
import type { Language } from "../i18n";
import type { ZeroDenominatorPolicy } from "../measures/ratio";
import { nodeLabel } from "./index-words";
import type { Scheme } from "./scheme";

export function topLevelWeights(
  scheme: Scheme,
  lang: Language,
): { label: string; weight: number }[] {
  return (scheme.index?.nodes ?? []).map((node) => ({
    label: nodeLabel(scheme, node, lang),
    weight: node.weight,
  }));
}

/** The scheme with one top-level weight changed (its formula, derived from the tree, follows). */
export function withTopWeight(scheme: Scheme, index: number, weight: number): Scheme {
  if (!scheme.index) return scheme;
  return {
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
}

export function withZeroPolicy(
  scheme: Scheme,
  measureId: string,
  policy: ZeroDenominatorPolicy,
): Scheme {
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
