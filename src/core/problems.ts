/**
 * Everything govrank finds doubtful is a Problem: where (a sheet-qualified cell), what (a stable
 * code programs can test), how bad, and a message in Chinese and English that says what to fix.
 */
import type { LocalText } from "./schemes/scheme";

export type Severity = "error" | "warning" | "info";

export interface Problem {
  severity: Severity;
  code: string;
  /** Sheet-qualified address, e.g. Sheet1!F9; absent only for problems about the whole table. */
  cell?: string | undefined;
  /** The other cell a problem compares with (办理数 against 应办理数). */
  related?: string | undefined;
  unit?: string | undefined;
  message: LocalText;
  /** For consistency checks: what the table printed and what govrank computes from the counts. */
  printed?: number | string | undefined;
  recomputed?: number | string | undefined;
  /** How printed and recomputed numbers are shown (an Excel number format such as "0.00%"). */
  valueFormat?: string | undefined;
  /**
   * For a problem of a whole range (a column mapped wrongly): that range. The row problems inside
   * it follow from it and are shown folded under it.
   */
  covers?: string | undefined;
}

export function problem(
  severity: Severity,
  code: string,
  zh: string,
  en: string,
  extra: Partial<
    Pick<Problem, "cell" | "related" | "unit" | "printed" | "recomputed" | "valueFormat">
  > = {},
): Problem {
  return { severity, code, message: { zh, en }, ...extra };
}
