/**
 * A value axis a clerk can read: from a round number just below the lowest value to a round
 * number at or above the highest, instead of Excel's automatic 0 to a round number past the
 * largest (ten bars at 100.0 on an axis to 120; scores of 80–100 that all look alike).
 *
 *   [80, 100] → 75 to 100     [40, 100] → 20 to 100     [100 × 10] → 90 to 100
 *
 * Values below 0 (a change of rank) keep Excel's automatic axis, which centres on 0.
 */
const NICE = [1, 2, 5];

/** The round step (1, 2 or 5 × 10^k) nearest above `rough`. */
function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  for (const n of NICE) if (n * power >= rough) return n * power;
  return 10 * power;
}

/** Rounds away the binary noise of k × step (0.1 × 3 = 0.30000000000000004). */
const tidy = (x: number) => Math.round(x * 1e9) / 1e9;

export function readableAxis(values: readonly number[]): { min: number; max: number } | undefined {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return undefined;
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  if (lo < 0 || hi <= 0) return undefined;
  const span = hi - lo;
  // Five steps across the values; a flat list gets a step of 2 % of its value.
  const step = niceStep(span > 0 ? span / 5 : hi * 0.02);
  const min = Math.max(0, tidy(Math.floor((lo - step) / step) * step));
  const max = tidy(Math.ceil(hi / step) * step);
  // From 0 anyway: Excel's own axis does that.
  return min === 0 ? undefined : { min, max };
}
