/**
 * A ranking key's value as the ranking compares it: the score as printed, or a measure as printed
 * (a rate in percent points, rounded to its precision) — so units printed alike tie. One place
 * for the ranking (evaluate) and for the gap analysis that must beat it.
 */
import type { Measure } from "../schemes/scheme";
import { roundHalfUp } from "../values/decimal-round";

export function keyValue(measure: Measure | undefined, value: number | null | undefined): number {
  if (value === null || value === undefined || Number.isNaN(value)) return Number.NaN;
  if (!measure) return value;
  return roundHalfUp(measure.format === "percent" ? value * 100 : value, measure.precision);
}
