/**
 * What the core pipeline benchmarks time: a grid scored and its report planned, as the CLI does
 * it — without the 分析 sheet, so the figures stay beside peers that compute scores, grades and
 * ranks only (the analysis has its own section, analysis-bench.ts).
 */
import { NODE_DIGEST } from "../src/cli/digest-host";
import { buildReport } from "../src/core/report/build-report";
import { scoreGrid } from "../src/core/score/score-grid";
import type { Evaluation } from "../src/core/score/evaluate";
import type { CellGrid } from "../src/core/table/cell-grid";

export function scoreAndPlan(grid: CellGrid, units: number): Evaluation {
  const { reading, evaluation } = scoreGrid(grid);
  if (!evaluation || evaluation.overall.scoredCount !== units)
    throw new Error("not all units scored");
  const plan = buildReport(
    { grid, reading, evaluation },
    // The digest with Node's encoder and SHA-256, as the command line lends them.
    {
      generatedAt: "2026-01-01T00:00:00Z",
      generator: "bench",
      digest: NODE_DIGEST,
      analysis: "none",
    },
  );
  if (plan.sheets.length < 4) throw new Error("no plan");
  return evaluation;
}
