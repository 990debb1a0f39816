/**
 * One size of the core pipeline, in its own process: table → score → grade → rank → ReportPlan,
 * timed after a warm-up, with the process's peak memory. Prints one line of JSON.
 */
import { median, peakRss } from "./harness";
import { scoreAndPlan, scoreAndPlanPhases } from "./score-and-plan";
import { syntheticGrid } from "./synthetic";

const units = Number(process.argv[2] ?? "1000");
const runs = Number(process.argv[3] ?? "3");
const grid = syntheticGrid(units);
const baseline = process.memoryUsage().rss;

function once(): number {
  const start = performance.now();
  scoreAndPlan(grid, units);
  return performance.now() - start;
}

const samples: number[] = [];
// One warm-up at every size, as the page says ("medians after a warm-up"): at 10^6 units the
// first run in a process also compiles every path, ~1.5 s of it on this machine.
for (let i = 0; i < runs + 1; i++) {
  const t = once();
  if (i === 0) continue; // warm-up
  samples.push(t);
  (globalThis as { gc?: () => void }).gc?.();
}
// One more run, its steps timed one by one (after a collection, as the timed runs were).
(globalThis as { gc?: () => void }).gc?.();
const phases = scoreAndPlanPhases(grid, units);
console.log(
  JSON.stringify({
    phases,
    units,
    median: median(samples),
    min: Math.min(...samples),
    max: Math.max(...samples),
    runs: samples.length,
    baselineRss: baseline,
    peakRss: peakRss(),
  }),
);
