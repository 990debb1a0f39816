/**
 * The note a ranked row carries: why a value is approximate, where the printed table contradicts
 * its counts, which rates took the zero-denominator rule, which rates are 0.
 */
import { labelOf } from "../schemes/label-of";
import type { Scheme } from "../schemes/scheme";
import type { ScoredUnit } from "../score/scored-unit";
import type { Language } from "../i18n";
import { zeroPolicyWord } from "../measures/ratio";
import { listJoin, separator, word } from "./report-text";

export function unitNote(scheme: Scheme, unit: ScoredUnit, lang: Language): string {
  // Most units carry no note: say so without building one.
  if (
    unit.notes.length === 0 &&
    unit.approximateInputs.length === 0 &&
    !unit.inconsistent &&
    unit.zeroDenominator.length === 0 &&
    unit.zeroMeasures.length === 0
  )
    return "";
  const parts: string[] = unit.notes.map((n) => n[lang]);
  const substituted = new Set(scheme.substitutes.map((s) => s.input));
  const truncated = unit.approximateInputs.filter((id) => !substituted.has(id));
  if (truncated.length > 0) {
    const labels = listJoin(
      lang,
      truncated.map((id) => labelOf(scheme, id, lang)),
    );
    parts.push(
      lang === "zh"
        ? `近似值：${labels}为截断的下限（如“64W+”）`
        : `approximate: ${labels} truncated to a lower bound (e.g. “64W+”)`,
    );
  }
  if (unit.inconsistent) parts.push(word(lang, "inconsistent"));
  for (const id of unit.zeroDenominator) {
    const measure = scheme.measures.find((m) => m.id === id);
    const policy = measure?.kind === "ratio" ? measure.zeroPolicy : "zero";
    parts.push(
      lang === "zh"
        ? `${labelOf(scheme, id, lang)}分母为0，${zeroPolicyWord(lang, policy)}`
        : `${labelOf(scheme, id, lang)}: denominator 0, ${zeroPolicyWord(lang, policy)}`,
    );
  }
  for (const id of unit.zeroMeasures)
    parts.push(
      lang === "zh" ? `${labelOf(scheme, id, lang)}为0` : `${labelOf(scheme, id, lang)} is 0`,
    );
  return [...new Set(parts)].join(separator(lang));
}
