/**
 * One size, its three peers in one process, interleaved run by run (#21): the hand-written limit,
 * govrank (score + plan, from the grid), and DuckDB end to end (load, SQL, read back). Also the
 * share of govrank's time spent collecting garbage, and whether every result agrees. Prints one
 * line of JSON.
 */
import { DuckDBInstance } from "@duckdb/node-api";
import { PerformanceObserver } from "node:perf_hooks";
import { agreement, duckdbPeer, type PeerResult } from "./duckdb-peer";
import { handWrittenLimit, type LimitResult } from "./hand-written-limit";
import { median } from "./harness";
import { textAt } from "../src/core/score/coded-texts";
import type { Evaluation } from "../src/core/score/evaluate";
import { scoreAndPlan } from "./score-and-plan";
import { syntheticGrid } from "./synthetic";

const units = Number(process.argv[2] ?? "1000");
const runs = Number(process.argv[3] ?? "3");
const grid = syntheticGrid(units, true);

const gc: { start: number; duration: number }[] = [];
const observer = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gc.push({ start: e.startTime, duration: e.duration });
});
observer.observe({ entryTypes: ["gc"] });

/** govrank's score + plan: what is timed. */
function govrank(): Evaluation {
  return scoreAndPlan(grid, units);
}

/**
 * govrank's results as the agreement check reads them, from its columns — made after the clock
 * stops, as the limit's and DuckDB's results need no such copy (10^6 units: three arrays of 10^6).
 */
function asPeer({ columns }: Evaluation): PeerResult {
  return {
    units: columns.unit,
    scores: columns.score,
    grades: Array.from(columns.grade.codes, (_, at) => textAt(columns.grade, at) ?? ""),
    ranks: Array.from(columns.rank, (r) => (Number.isNaN(r) ? 0 : r)),
    groupRanks: Array.from(columns.groupRank, (r) => (Number.isNaN(r) ? 0 : r)),
  };
}

function timed<T>(run: () => T): { value: T; ms: number; start: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start, start };
}

/**
 * What touching fresh memory costs on this machine, in ms a MB: a new 48 MB Float64Array filled,
 * less the same array filled again. Most of govrank's extra time at 10^6 units is memory it
 * allocates and touches for the first time (the limit allocates little).
 */
function freshMemoryCost(): number {
  const size = 6_000_000;
  const fresh: number[] = [];
  const reused: number[] = [];
  for (let k = 0; k < 3; k++) {
    let start = performance.now();
    const array = new Float64Array(size);
    array.fill(1);
    fresh.push(performance.now() - start);
    start = performance.now();
    array.fill(2);
    reused.push(performance.now() - start);
  }
  return Math.max(0, median(fresh) - median(reused)) / ((size * 8) / 1024 / 1024);
}

async function main(): Promise<void> {
  const db = await DuckDBInstance.create(":memory:");
  const connection = await db.connect();
  const samples = {
    limit: [] as number[],
    govrank: [] as number[],
    again: [] as number[],
    duckdb: [] as number[],
  };
  const windows: { start: number; end: number }[] = [];
  let limit: LimitResult | undefined;
  let govrankAgrees = true;
  let duckdbAgrees = 0;
  // One warm-up round of all three at every size: a first run in a process compiles as it goes.
  const warmup = 1;
  for (let i = 0; i < runs + warmup; i++) {
    const l = timed(() => handWrittenLimit(grid));
    const g = timed(govrank);
    // The same run again at once, with no full collection between: what a pane re-scoring the
    // table pays, against the first figure's collection of the last run's objects and shapes.
    const again = timed(govrank);
    const start = performance.now();
    const d = await duckdbPeer(connection, grid);
    const duckMs = performance.now() - start;
    limit = l.value;
    govrankAgrees = agreement(asPeer(g.value), limit, true) === limit.units.length && govrankAgrees;
    duckdbAgrees = agreement(d, limit, true);
    if (i < warmup) continue;
    samples.limit.push(l.ms);
    samples.govrank.push(g.ms);
    samples.again.push(again.ms);
    samples.duckdb.push(duckMs);
    windows.push({ start: g.start, end: g.start + g.ms });
    (globalThis as { gc?: () => void }).gc?.();
  }
  connection.closeSync();
  await new Promise((resolve) => setTimeout(resolve, 50)); // let the last gc entries arrive
  observer.disconnect();
  // Steady state: govrank alone, run after run with no forced collection, the later half timed
  // (up to 10^5 units; at 10^6 one run is all the budget allows).
  const steady: number[] = [];
  const steadyRuns = units <= 10_000 ? 30 : units <= 100_000 ? 10 : 0;
  for (let i = 0; i < steadyRuns; i++) {
    const s = timed(govrank);
    if (i >= steadyRuns / 2) steady.push(s.ms);
  }
  const inGovrank = gc
    .filter((e) => windows.some((w) => e.start >= w.start && e.start < w.end))
    .reduce((sum, e) => sum + e.duration, 0);
  const govrankTotal = samples.govrank.reduce((a, b) => a + b, 0);
  console.log(
    JSON.stringify({
      units,
      runs,
      limit: median(samples.limit),
      govrank: median(samples.govrank),
      // Ratios run by run (each run's three peers back to back), then their median: a moment this
      // machine runs slow slows a run's peers alike, where a ratio of medians takes each side's
      // median from different moments.
      limitRatio: median(samples.govrank.map((g, i) => g / (samples.limit[i] as number))),
      duckdbRatio: median(samples.govrank.map((g, i) => g / (samples.duckdb[i] as number))),
      again: median(samples.again),
      steady: steady.length > 0 ? median(steady) : null,
      freshMsPerMb: freshMemoryCost(),
      duckdb: median(samples.duckdb),
      gcShare: govrankTotal > 0 ? inGovrank / govrankTotal : 0,
      govrankAgrees,
      duckdbAgrees,
      ranked: limit?.units.length ?? 0,
    }),
  );
}

void main();
