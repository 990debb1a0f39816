/**
 * Last period's results for a comparison: from a raw table or from a workbook govrank wrote (its
 * ranking sheets and its copy of the source are tables of the same scheme). The sheet that yields
 * the most ranked units is taken — for a grouped report that is the source copy, not one group.
 */
import type { Scheme } from "../core/schemes/scheme";
import type { Evaluation } from "../core/score/evaluate";
import { scoreGrid, type ScoreOptions } from "../core/score/score-grid";
import { InputError, readAllGrids } from "./read-input";

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
