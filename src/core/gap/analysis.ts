/**
 * The advice a clerk can act on (#22), for a scored table: each unit's gap to the next grade and
 * past the unit above, and how robust its rank is to the weights. Both read each unit's inputs as
 * its row was scored. A table of more than ANALYSIS_LIMIT units is not analysed, and the report
 * says so where the analysis would be.
 */
import type { Evaluation } from "../score/evaluate";
import type { ScoredUnit } from "../score/scored-unit";
import { readUnitInputs } from "../score/unit-inputs";
import type { TableReading } from "../table/read-table";
import { evaluationGaps, type Gaps } from "./gaps";
import { rankRobustness, type Robustness, type RobustnessOptions } from "./rank-robustness";

export const ANALYSIS_LIMIT = 20000;

export type Analysis =
  | { kind: "done"; gaps: Gaps; robustness: Robustness }
  | { kind: "too-many-units"; units: number; limit: number };

/** Each unit's inputs as its row was scored, found by its name cell. */
export function unitInputsLookup(
  reading: TableReading,
  evaluation: Evaluation,
): (unit: ScoredUnit) => Record<string, number> | undefined {
  const rows = new Map(reading.rows.all().map((row) => [row.unitCell, row]));
  const cache = new Map<string, Record<string, number>>();
  return (unit) => {
    const cached = cache.get(unit.cell);
    if (cached) return cached;
    const row = rows.get(unit.cell);
    if (!row) return undefined;
    const values = readUnitInputs(evaluation.scheme, row).values;
    cache.set(unit.cell, values);
    return values;
  };
}

/** Every unit's gaps alone (what the bulletin reads); undefined for a table too large to analyse. */
export function analysisGaps(reading: TableReading, evaluation: Evaluation): Gaps | undefined {
  // Counted from the columns: a table too large to analyse makes no unit object to learn so.
  if (evaluation.columns.unit.length > ANALYSIS_LIMIT) return undefined;
  return evaluationGaps(evaluation, unitInputsLookup(reading, evaluation));
}

/**
 * The gaps and the robustness run. Gaps found already (for the bulletin) are given in `gaps`, so
 * a run finds them once; the robustness run is made only here, when a report is built.
 */
export function analyse(
  reading: TableReading,
  evaluation: Evaluation,
  options: RobustnessOptions & { gaps?: Gaps | undefined } = {},
): Analysis {
  const units = evaluation.columns.unit.length;
  if (units > ANALYSIS_LIMIT) return { kind: "too-many-units", units, limit: ANALYSIS_LIMIT };
  const inputsOf = unitInputsLookup(reading, evaluation);
  return {
    kind: "done",
    gaps: options.gaps ?? evaluationGaps(evaluation, inputsOf),
    robustness: rankRobustness({ evaluation, inputsOf }, options),
  };
}
