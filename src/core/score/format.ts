/** Numbers as the bulletins print them: half-up at the printed precision, trailing zeros kept. */
import { roundHalfUp } from "../values/decimal-round";

export function formatFixed(value: number, precision: number): string {
  return roundHalfUp(value, precision).toFixed(precision);
}

export function formatPercent(fraction: number, precision: number): string {
  return `${formatFixed(fraction * 100, precision)}%`;
}

/** The Excel number format for a value printed this way: "0.00%" for a percent at 2 decimals, "0.0" for a number at 1, "0" for a count. */
export function numberFormat(kind: "percent" | "number", precision: number): string {
  const decimals = precision > 0 ? `.${"0".repeat(precision)}` : "";
  return kind === "percent" ? `0${decimals}%` : `0${decimals}`;
}
