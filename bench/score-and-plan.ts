/**
 * What the core pipeline benchmarks time: a grid scored and its report planned, as the CLI does
 * it — without the 分析 sheet, so the figures stay beside peers that compute scores, grades and
 * ranks only (the analysis has its own section, analysis-bench.ts).
 */
import { NODE_DIGEST } from "../src/cli/digest-host";
import { buildReport } from "../src/core/report/build-report";
import { inputHash } from "../src/core/report/input-hash";
import type { ReportPlan } from "../src/core/report/plan";
import { builtinSchemes } from "../src/core/schemes/builtin";
import { evaluate, type Evaluation } from "../src/core/score/evaluate";
import { scoreGrid } from "../src/core/score/score-grid";
import type { CellGrid } from "../src/core/table/cell-grid";
import { readTable, type TableReading } from "../src/core/table/read-table";

function plan(grid: CellGrid, reading: TableReading, evaluation: Evaluation): ReportPlan {
  const planned = buildReport(
    { grid, reading, evaluation },
    // The digest with Node's SHA-256, as the command line lends it.
    {
      generatedAt: "2026-01-01T00:00:00Z",
      generator: "bench",
      digest: NODE_DIGEST,
      analysis: "none",
    },
  );
  if (planned.sheets.length < 4) throw new Error("no plan");
  return planned;
}

export function scoreAndPlan(grid: CellGrid, units: number): Evaluation {
  const { reading, evaluation } = scoreGrid(grid);
  if (!evaluation || evaluation.overall.scoredCount !== units)
    throw new Error("not all units scored");
  plan(grid, reading, evaluation);
  return evaluation;
}

/** Where one run's time goes, in ms: reading the table, scoring and ranking, planning the report, and (inside the plan) the input digest alone. */
export interface Phases {
  read: number;
  score: number;
  plan: number;
  digest: number;
}

/** The same run as scoreAndPlan, its steps timed one by one; the digest then timed alone. */
export function scoreAndPlanPhases(grid: CellGrid, units: number): Phases {
  let start = performance.now();
  const reading = readTable(grid, { schemes: builtinSchemes() });
  const read = performance.now() - start;
  if (!reading.scheme) throw new Error("no scheme");
  start = performance.now();
  const evaluation = evaluate({ ...reading, scheme: reading.scheme });
  const score = performance.now() - start;
  if (evaluation.overall.scoredCount !== units) throw new Error("not all units scored");
  start = performance.now();
  plan(grid, reading, evaluation);
  const planned = performance.now() - start;
  start = performance.now();
  inputHash(grid, NODE_DIGEST);
  return { read, score, plan: planned, digest: performance.now() - start };
}
