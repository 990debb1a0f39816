/**
 * One ticket benchmark in its own process (so its peak memory is its own), printing JSON last:
 *   cli <file> <runs>        `govrank tickets` on a file (DuckDB for .parquet and --engine duckdb)
 *   traced <file> <runs>     DuckDB counting a file with the tickets behind each traced count, as
 *                            `govrank report` does for its 核对 sheet (no workbook written)
 *   scan <file.csv> <runs>   a hand-written minimal scan: stream the CSV, count per unit, no rules
 *   duckdb <file> <runs>     bare DuckDB: one GROUP BY of the units on the file, nothing else
 *   core <rows> <runs>       the core's tally of a log already in memory (columns built)
 *   loop <rows> <runs>       a hand-written loop over the same columns counting the same few things
 */
import { createReadStream } from "node:fs";
import { DuckDBInstance } from "@duckdb/node-api";
import { main } from "../src/cli/main";
import { countWithDuckDb } from "../src/cli/tickets/duckdb-log";
import { NO_PROGRESS } from "../src/cli/tickets/progress";
import { builtinSchemes } from "../src/core/schemes/builtin";
import { recogniseLog } from "../src/core/tickets/read-ticket-log";
import { planCount } from "../src/core/tickets/ticket-run";
import { tallyLog } from "../src/core/tickets/tally-log";
import { syntheticTickets } from "../test/helpers/ticket-logs";
import type { LogColumn } from "../src/core/tickets/ticket-log";
import { peakRss, time } from "./harness";

const [mode = "", arg = "", runsText = "3"] = process.argv.slice(2);
const runs = Number(runsText);
const quiet = { stdout: { write: () => true }, stderr: { write: () => true } };

async function scan(file: string): Promise<number> {
  // Split on newlines and commas (the file has no quotes), count tickets per unit column (7).
  const counts = new Map<string, number>();
  let rest = "";
  let rows = 0;
  for await (const chunk of createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 20 })) {
    const text = rest + (chunk as string);
    let start = 0;
    for (;;) {
      const end = text.indexOf("\n", start);
      if (end < 0) break;
      const line = text.slice(start, end);
      start = end + 1;
      rows++;
      let at = 0;
      for (let c = 0; c < 7; c++) at = line.indexOf(",", at) + 1;
      const unit = line.slice(at, line.indexOf(",", at));
      counts.set(unit, (counts.get(unit) ?? 0) + 1);
    }
    rest = text.slice(start);
  }
  return rows + counts.size;
}

async function duck(file: string): Promise<number> {
  const db = await DuckDBInstance.create(":memory:");
  const c = await db.connect();
  const from = file.endsWith(".parquet")
    ? `read_parquet('${file}')`
    : `read_csv('${file}', all_varchar = true)`;
  const r = await c.runAndReadAll(`SELECT "承办单位", count(*) FROM ${from} GROUP BY 1`);
  const n = r.getRows().length;
  c.closeSync();
  db.closeSync();
  return n;
}

function memoryLog(rows: number) {
  const values = syntheticTickets(rows);
  const recognised = recogniseLog({ sheet: "log", top: 0, left: 0, values: values as never });
  if (!recognised) throw new Error("not a log");
  const plan = planCount(recognised.layout.roles, undefined, builtinSchemes());
  if (!plan.ok) throw new Error("no plan");
  return { log: recognised.log, resolved: plan.resolved };
}

type TextColumn = Extract<LogColumn, { kind: "text" }> | undefined;

function handLoop(log: ReturnType<typeof memoryLog>["log"]): number {
  // Per unit: transferred, handled, late, dissatisfied — the same columns, no rule engine.
  const unit = log.columns.unit as TextColumn;
  const mode = log.columns.mode as TextColumn;
  const overdue = log.columns.overdue as TextColumn;
  const callback = log.columns.callback as TextColumn;
  const closed = log.columns.closed;
  if (!unit || !mode || !overdue || !callback || !closed || closed.kind === "text")
    throw new Error("columns");
  const moved = mode.dictionary.indexOf("转办");
  // The same four counts the core's rules give these columns: 转部门办理, 已办结, 超期办理, 不满意.
  const yes = overdue.dictionary.indexOf("是");
  const no = callback.dictionary.indexOf("不满意");
  const counts = new Float64Array(unit.dictionary.length * 4);
  for (let i = 0; i < log.rows; i++) {
    if (mode.codes[i] !== moved) continue;
    const u = (unit.codes[i] ?? 0) * 4;
    counts[u] = (counts[u] ?? 0) + 1;
    if (!Number.isNaN(closed.values[i])) {
      counts[u + 1] = (counts[u + 1] ?? 0) + 1;
      if (overdue.codes[i] === yes) counts[u + 2] = (counts[u + 2] ?? 0) + 1;
    }
    if (callback.codes[i] === no) counts[u + 3] = (counts[u + 3] ?? 0) + 1;
  }
  return counts.length;
}

async function run(): Promise<void> {
  let timing;
  if (mode === "cli")
    timing = await time(
      async () => {
        const code = await main(
          [
            "tickets",
            arg,
            "-o",
            `${arg}.units.csv`,
            ...(arg.endsWith(".csv") ? ["--engine", "duckdb"] : []),
          ],
          quiet,
        );
        if (code !== 0) throw new Error(`govrank tickets exited ${code}`);
      },
      { warmup: 0, runs },
    );
  else if (mode === "traced")
    timing = await time(
      async () => {
        const counted = await countWithDuckDb(
          arg,
          "",
          undefined,
          builtinSchemes(),
          "zh",
          NO_PROGRESS,
        );
        if (!counted || !counted.count.ok || counted.count.run.tally.trace.length === 0)
          throw new Error("no tickets were traced");
      },
      { warmup: 0, runs },
    );
  else if (mode === "scan") timing = await time(() => scan(arg), { warmup: 0, runs });
  else if (mode === "duckdb") timing = await time(() => duck(arg), { warmup: 0, runs });
  else {
    const { log, resolved } = memoryLog(Number(arg));
    const before = peakRss();
    timing =
      mode === "core"
        ? await time(() => tallyLog(log, resolved), { warmup: 1, runs })
        : await time(() => handLoop(log), { warmup: 1, runs });
    console.log(JSON.stringify({ ...timing, peakRss: peakRss(), baselineRss: before }));
    return;
  }
  console.log(JSON.stringify({ ...timing, peakRss: peakRss(), baselineRss: 0 }));
}

run().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
