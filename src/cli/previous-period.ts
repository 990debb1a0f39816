/**
 * Last period's results for a comparison: from a raw table or from a workbook govrank wrote (its
 * ranking sheets and its copy of the source are tables of the same scheme). The sheet that yields
 * the most ranked units is taken — for a grouped report that is the source copy, not one group.
 */
import { compareEvaluations, type Comparison } from "../core/compare/compare";
import type { Scheme } from "../core/schemes/scheme";
import type { Evaluation } from "../core/score/evaluate";
import { scoreGrid, type ScoreOptions } from "../core/score/score-grid";
import { InputError, readAllGrids } from "./read-input";
import { UsageError } from "./scoring-options";

/** The options `report` and `bulletin` take for a comparison with last period. */
export const PREVIOUS_OPTIONS = {
  previous: { type: "string" },
  "previous-sheet": { type: "string" },
  rename: { type: "string", multiple: true },
  basis: { type: "string" },
} as const;

export interface PreviousValues {
  previous?: string | undefined;
  "previous-sheet"?: string | undefined;
  rename?: string[] | undefined;
  basis?: string | undefined;
}

/** --basis yoy|mom: 同比 or 环比 (checked before any file is read). */
export function basisOption(values: PreviousValues): "yoy" | "mom" | undefined {
  const basis = values.basis;
  if (basis !== undefined && basis !== "yoy" && basis !== "mom")
    throw new UsageError(
      `--basis 只能是 yoy 或 mom（收到 "${basis}"）。--basis must be yoy or mom.`,
    );
  return basis;
}

/** This period against the file given with --previous (and --rename), if any. */
export async function comparisonFromOptions(
  values: PreviousValues,
  current: Evaluation,
  options: ScoreOptions,
): Promise<Comparison | undefined> {
  if (values.previous === undefined) return undefined;
  const before = await previousEvaluation(
    values.previous,
    current.scheme,
    options,
    values["previous-sheet"],
  );
  return compareEvaluations(current, before, renameMap(values.rename ?? []));
}

export async function previousEvaluation(
  path: string,
  scheme: Scheme,
  options: ScoreOptions,
  sheet?: string,
): Promise<Evaluation> {
  const grids = (await readAllGrids(path)).filter((g) => sheet === undefined || g.sheet === sheet);
  let best: Evaluation | undefined;
  for (const grid of grids) {
    const { evaluation } = scoreGrid(grid, { ...options, scheme });
    if (evaluation && evaluation.units.length > (best?.units.length ?? 0)) best = evaluation;
  }
  if (!best)
    throw new InputError(
      `在 ${path}${sheet ? ` 的“${sheet}”工作表` : ""} 中没有找到方案“${scheme.name.zh}”的表格，无法与上期比较。`,
      `no table of the scheme ${scheme.name.en} was found in ${path}${sheet ? ` (sheet ${sheet})` : ""}: cannot compare.`,
    );
  return best;
}

/** --rename 旧名=新名 (repeatable) → { old: new }. */
export function renameMap(entries: readonly string[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const entry of entries) {
    const [from, to] = entry.split("=", 2).map((s) => s.trim());
    if (from && to) map[from] = to;
  }
  return map;
}
