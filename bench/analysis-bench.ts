/**
 * The advice (#22) on synthetic tables with groups: every unit's gap to the next grade and past the
 * unit above, and the rank ranges of the robustness run (500 draws, ±10 %), each timed on its own;
 * and whether one seed gives one result (two runs compared).
 */
import { unitInputsLookup } from "../src/core/gap/analysis";
import { evaluationGaps } from "../src/core/gap/gaps";
import { rankRobustness } from "../src/core/gap/rank-robustness";
import { scoreGrid } from "../src/core/score/score-grid";
import { time } from "./harness";
import { syntheticGrid } from "./synthetic";

export async function analysisTimings(units: number, runs: number) {
  const { reading, evaluation } = scoreGrid(syntheticGrid(units, true));
  if (!evaluation) throw new Error("not scored");
  const inputsOf = unitInputsLookup(reading, evaluation);
  const gaps = await time(() => evaluationGaps(evaluation, inputsOf), { runs });
  const robustness = await time(() => rankRobustness({ evaluation, inputsOf }), { runs });
  const a = rankRobustness({ evaluation, inputsOf });
  const b = rankRobustness({ evaluation, inputsOf });
  const reproducible = JSON.stringify(a) === JSON.stringify(b);
  const bounds = a.kind === "done" ? a.bounds : "not-by-score";
  return { units, gaps, robustness, reproducible, bounds };
}
