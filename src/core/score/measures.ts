/** A unit's measures from its inputs: inputs pass through, ratios apply the zero-denominator rule. */
import { ratio } from "../measures/ratio";
import type { Measure } from "../schemes/scheme";

export interface MeasureValues {
  values: Record<string, number | null>;
  /** Measures whose denominator was 0 and took the scheme's zero rule. */
  zeroDenominator: string[];
  /** Measures that could not be computed (denominator 0 under the "error" rule). */
  failed: string[];
  /** Σ numerator and Σ denominator parts, for overall rates (Σ/Σ, not the mean of rates). */
  parts: Record<string, { numerator: number; denominator: number }>;
}

export function computeMeasures(
  measures: readonly Measure[],
  inputs: Record<string, number>,
): MeasureValues {
  const out: MeasureValues = { values: {}, zeroDenominator: [], failed: [], parts: {} };
  for (const m of measures) {
    if (m.kind === "input") {
      out.values[m.id] = inputs[m.input] ?? null;
      continue;
    }
    const den = inputs[m.denominator];
    const terms = m.numerator.map((t) =>
      inputs[t.input] === undefined ? undefined : t.sign * (inputs[t.input] ?? 0),
    );
    if (den === undefined || terms.some((t) => t === undefined)) {
      out.values[m.id] = null;
      continue;
    }
    const num = terms.reduce<number>((a, b) => a + (b ?? 0), 0);
    out.parts[m.id] = { numerator: num, denominator: den };
    const r = ratio(num, den, m.zeroPolicy);
    if (r.kind === "number") {
      out.values[m.id] = r.value;
      if (r.zeroDenominator) out.zeroDenominator.push(m.id);
    } else {
      out.values[m.id] = null;
      if (r.kind === "error") out.failed.push(m.id);
      else out.zeroDenominator.push(m.id);
    }
  }
  return out;
}
