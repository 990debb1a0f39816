/**
 * A ratio with the bulletin's zero-denominator rule.
 *
 * Bulletins disagree on what 0/0 means: the comprehensive evaluation assumes 100 % satisfaction when
 * there was no call-back, the monthly table prints 0 %, a spreadsheet would show #DIV/0!. The rule
 * is therefore data (a scheme's setting), and the outcome says when it was applied so the report
 * can mark the unit.
 */
export type ZeroDenominatorPolicy = "error" | "zero" | "full" | "blank";

export const ZERO_DENOMINATOR_POLICIES: readonly ZeroDenominatorPolicy[] = [
  "error",
  "zero",
  "full",
  "blank",
];

export type RatioOutcome =
  | { kind: "number"; value: number; zeroDenominator: boolean }
  | { kind: "blank" }
  | { kind: "error"; code: "zero-denominator" };

export function ratio(
  numerator: number,
  denominator: number,
  policy: ZeroDenominatorPolicy,
): RatioOutcome {
  if (denominator !== 0)
    return { kind: "number", value: numerator / denominator, zeroDenominator: false };
  switch (policy) {
    case "zero":
      return { kind: "number", value: 0, zeroDenominator: true };
    case "full":
      return { kind: "number", value: 1, zeroDenominator: true };
    case "blank":
      return { kind: "blank" };
    case "error":
      return { kind: "error", code: "zero-denominator" };
  }
}

export function isZeroDenominatorPolicy(text: string): text is ZeroDenominatorPolicy {
  return (ZERO_DENOMINATOR_POLICIES as readonly string[]).includes(text);
}
