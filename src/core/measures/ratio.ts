/**
 * A ratio with the bulletin's zero-denominator rule.
 *
 * Bulletins disagree on what 0/0 means: the comprehensive evaluation assumes 100 % satisfaction when
 * there was no call-back, the monthly table prints 0 %, a spreadsheet would show #DIV/0!. The rule
 * is therefore data (a scheme's setting), and the outcome says when it was applied so the report
 * can mark the unit.
 */
import { z } from "zod";
import type { Language } from "../i18n";

/** The rules, once: the scheme's schema, the pane's choices and the functions' argument use this. */
export const ZeroPolicySchema = z.enum(["error", "zero", "full", "blank"]);
export type ZeroDenominatorPolicy = z.infer<typeof ZeroPolicySchema>;
export const ZERO_DENOMINATOR_POLICIES: readonly ZeroDenominatorPolicy[] = ZeroPolicySchema.options;

const POLICY_WORDS: Record<Language, Record<ZeroDenominatorPolicy, string>> = {
  zh: { error: "不计算（该单位列入数据有误）", zero: "按0计", full: "按100%计", blank: "留空" },
  en: {
    error: "not computed (the unit is listed as data to fix)",
    zero: "counted as 0",
    full: "counted as 100 %",
    blank: "left blank",
  },
};

/** What the rule does, in the clerk's words ("按0计"). */
export function zeroPolicyWord(lang: Language, policy: ZeroDenominatorPolicy): string {
  return POLICY_WORDS[lang][policy];
}

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
