import type { Problem } from "../problems";
import type { LocalText } from "../schemes/scheme";

/** One unit's result, in the bulletin's units: score as printed (rounded), rates as fractions. */
export interface ScoredUnit {
  unit: string;
  group: string | null;
  section: string | null;
  score: number | null;
  /** The score before rounding, for charts and audits. */
  rawScore: number | null;
  grade: string | null;
  rank: number | null;
  groupRank: number | null;
  /** Its place in its evaluation's `units` (0-based): where its figures are in `columns`. */
  order: number;
  approximate: boolean;
  /** The unit's name cell, sheet-qualified. */
  cell: string;
  sheetRow: number;
  measures: Record<string, number | null>;
  /** Measures whose 0 denominator took the scheme's zero rule. */
  zeroDenominator: string[];
  /** Measures at 0 that the bulletin names (及时签收率为零…). */
  zeroMeasures: string[];
  /** Inputs that are truncated lower bounds (W+) or stand-ins. */
  approximateInputs: string[];
  /** Rows whose printed values disagree with their counts. */
  inconsistent: boolean;
  notes: LocalText[];
  /** Printed values from the table (printed field id → number or text). */
  printed: Record<string, number | string>;
}

export type ExclusionReason = "no-tickets" | "invalid-input";

export interface ExcludedUnit {
  unit: string;
  group: string | null;
  section: string | null;
  reason: ExclusionReason;
  cell: string;
  /** For invalid input: the codes of the problems that stopped the row. */
  codes: string[];
}

export type { Problem };
