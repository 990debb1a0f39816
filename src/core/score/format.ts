/** Numbers as the bulletins print them: half-up at the printed precision, trailing zeros kept. */
import { roundHalfUp } from "../values/decimal-round";

export function formatFixed(value: number, precision: number): string {
  return roundHalfUp(value, precision).toFixed(precision);
}

export function formatPercent(fraction: number, precision: number): string {
  return `${formatFixed(fraction * 100, precision)}%`;
}
