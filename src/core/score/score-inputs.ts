/**
 * A scheme's score from plain inputs (field id → number), as the custom functions need it: the
 * same measures, zero-denominator rules, index tree and rounding as a scored table row, without
 * the table. Checks the scheme's count relations (handled ≤ due …) and says which one fails.
 */
import type { LocalText, Scheme } from "../schemes/scheme";
import { roundHalfUp } from "../values/decimal-round";
import { indexValue } from "./index-value";
import { computeMeasures } from "./measures";

export type InputsScore =
  | { ok: true; score: number; raw: number; measures: Record<string, number | null> }
  | { ok: false; kind: "invalid" | "not-available"; message: LocalText };

function label(scheme: Scheme, id: string): LocalText {
  const field = scheme.fields.find((f) => f.id === id);
  return field?.label ?? { zh: id, en: id };
}

export function scoreFromInputs(
  scheme: Scheme,
  inputs: Record<string, number>,
  days = 30,
): InputsScore {
  for (const [id, value] of Object.entries(inputs)) {
    const field = scheme.fields.find((f) => f.id === id);
    if (field?.kind === "count" && value < 0) {
      const l = label(scheme, id);
      return {
        ok: false,
        kind: "invalid",
        message: { zh: `${l.zh}不能为负数`, en: `${l.en} must not be negative` },
      };
    }
  }
  for (const rel of scheme.relations) {
    const lesser = inputs[rel.lesser];
    const greater = inputs[rel.greater];
    if (lesser !== undefined && greater !== undefined && lesser > greater) {
      const a = label(scheme, rel.lesser);
      const b = label(scheme, rel.greater);
      return {
        ok: false,
        kind: "invalid",
        message: {
          zh: `${a.zh}（${lesser}）大于${b.zh}（${greater}）`,
          en: `${a.en} (${lesser}) exceeds ${b.en} (${greater})`,
        },
      };
    }
  }
  const measured = computeMeasures(scheme.measures, inputs);
  if (measured.failed.length > 0) {
    const names = measured.failed.map(
      (id) => scheme.measures.find((m) => m.id === id)?.label ?? { zh: id, en: id },
    );
    return {
      ok: false,
      kind: "not-available",
      message: {
        zh: `分母为0，无法计算${names.map((n) => n.zh).join("、")}（无工单单位不参评）`,
        en: `a denominator is 0, so ${names.map((n) => n.en).join(", ")} cannot be computed (units with no tickets are not scored)`,
      },
    };
  }
  if (!scheme.index)
    return {
      ok: false,
      kind: "not-available",
      message: { zh: "该方案没有综合得分", en: "this scheme has no score" },
    };
  const outcome = indexValue(scheme.index, {
    value: (id) => measured.values[id] ?? inputs[id] ?? undefined,
    days,
  });
  if (!outcome.ok) {
    const l = label(scheme, outcome.missing);
    return {
      ok: false,
      kind: "not-available",
      message: { zh: `缺少${l.zh}`, en: `${l.en} is missing` },
    };
  }
  return {
    ok: true,
    raw: outcome.raw,
    score: roundHalfUp(outcome.raw, scheme.index.precision),
    measures: measured.values,
  };
}
