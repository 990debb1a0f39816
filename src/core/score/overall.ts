/**
 * Figures for the whole table, computed as the bulletins do: overall rates are Σ numerators over
 * Σ denominators (not the mean of the units' rates), and grade shares are over every unit,
 * including those excluded for having no tickets or for data to fix (72 / 92 = 78.3 %).
 */
import { gradeCounts } from "../grade/grade-counts";
import type { Scheme } from "../schemes/scheme";
import type { ExcludedUnit, ScoredUnit } from "./scored-unit";
import type { UnitColumns } from "./unit-columns";

export interface GradeCount {
  label: string;
  count: number;
  /** count / population (scored units plus the no-ticket units). */
  share: number;
}

export interface Overall {
  scoredCount: number;
  noTicketCount: number;
  invalidCount: number;
  /**
   * The denominator of grade shares: every unit in the table (scored, no tickets, set aside for data
   * to fix), or the clerk's 参评单位总数
   * when she set one (a bulletin's 78.3 % is 72 of 92 units under assessment, two of them not in
   * the table).
   */
  population: number;
  populationSource: "table" | "setting";
  totals: Record<string, number>;
  /** Which totals rest on truncated or substituted values. */
  approximateTotals: string[];
  rates: Record<string, { value: number | null; numerator: number; denominator: number }>;
  grades: GradeCount[];
  /** Measure id → units whose value is 0. */
  zeroUnits: Record<string, string[]>;
}

export function overallFigures(
  scheme: Scheme,
  /** Every scored unit's figures, in rank order (Evaluation.columns). */
  columns: UnitColumns,
  /** The units with something to say (approximate inputs, 0 rates), in rank order. */
  flagged: readonly ScoredUnit[],
  excluded: readonly ExcludedUnit[],
  parts: readonly Record<string, { numerator: number; denominator: number }>[],
  populationSetting?: number,
): Overall {
  const scoredCount = columns.score.length;
  const noTicketCount = excluded.filter((e) => e.reason === "no-tickets").length;
  // Every unit in the table is under assessment: one set aside for a typo still counts, as it will
  // once she fixes the cell (its grade is missing, not the unit).
  const inTable = scoredCount + excluded.length;
  // A total below the units in the table cannot be right; evaluate() says so and keeps the table's.
  const fromSetting = populationSetting !== undefined && populationSetting >= inTable;
  const population = fromSetting ? populationSetting : inTable;
  // Totals and grade counts from the columns; approximate totals and 0 lists from the few units
  // that carry them (#21).
  const countIds = scheme.fields.filter((f) => f.kind === "count").map((f) => f.id);
  const sums = countIds.map((id) => {
    const column = columns.measures[id];
    let sum = 0;
    if (column)
      for (let i = 0; i < column.length; i++) {
        const v = column[i] as number;
        if (!Number.isNaN(v)) sum += v;
      }
    return sum;
  });
  const approximate = countIds.map((id) =>
    flagged.some((u) => u.approximateInputs.length > 0 && u.approximateInputs.includes(id)),
  );
  const bands = scheme.grades ?? [];
  const counted = gradeCounts(columns.grade);
  const zeroUnits: Record<string, string[]> = {};
  for (const id of scheme.flagZero) zeroUnits[id] = [];
  for (const u of flagged) for (const id of u.zeroMeasures) zeroUnits[id]?.push(u.unit);
  const totals: Record<string, number> = {};
  const approximateTotals: string[] = [];
  countIds.forEach((id, k) => {
    totals[id] = sums[k] as number;
    if (approximate[k]) approximateTotals.push(id);
  });
  const rates: Overall["rates"] = {};
  for (const m of scheme.measures) {
    if (m.kind !== "ratio") continue;
    let numerator = 0;
    let denominator = 0;
    for (const p of parts) {
      const part = p[m.id];
      if (!part) continue;
      numerator += part.numerator;
      denominator += part.denominator;
    }
    rates[m.id] = {
      value: denominator === 0 ? null : numerator / denominator,
      numerator,
      denominator,
    };
  }
  const grades: GradeCount[] = bands.map((band) => {
    const count = counted.get(band.label) ?? 0;
    return { label: band.label, count, share: population === 0 ? 0 : count / population };
  });
  return {
    scoredCount,
    noTicketCount,
    invalidCount: excluded.length - noTicketCount,
    population,
    populationSource: fromSetting ? "setting" : "table",
    totals,
    approximateTotals,
    rates,
    grades,
    zeroUnits,
  };
}
