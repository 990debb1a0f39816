/**
 * Ticket logs: `govrank tickets` on 1 M tickets of CSV and 10 M of Parquet beside bare DuckDB
 * (one GROUP BY, nothing else) and a hand-written minimal scan; the core's tally of 1 M tickets
 * already in memory beside a hand-written loop over the same columns; and a 100 000-ticket sheet
 * read and counted through the Office shell against the strict fake. Each in its own process; the
 * same Parquet rows on a two-shard ClickHouse cluster (cluster-bench.ts).
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { scoreRun } from "../src/core/run/plan-for-run";
import { createOfficeWorkbook } from "../src/excel/office-workbook";
import { createFakeExcel } from "../test/fakes/excel/fake-excel";
import { runOf } from "../test/helpers/fake-workbook";
import { syntheticTickets } from "../test/helpers/ticket-logs";
import { child, type Timing } from "./harness";
import { writeTicketLog } from "./tickets-data";
import { clusterFigures, type ClusterFigures } from "./cluster-bench";

export interface ChildTiming extends Timing {
  peakRss: number;
  baselineRss: number;
}

export interface TicketFigures {
  csvRows: number;
  parquetRows: number;
  memoryRows: number;
  csv: { cli: ChildTiming; duckdb: ChildTiming; scan: ChildTiming };
  parquet: { cli: ChildTiming; traced: ChildTiming; duckdb: ChildTiming };
  memory: { core: ChildTiming; loop: ChildTiming };
  cluster: ClusterFigures;
  pane: { rows: number; syncs: number; ms: number };
}

async function paneFigures(rows: number): Promise<TicketFigures["pane"]> {
  const fake = createFakeExcel();
  const sheet = fake.state.addSheet("工单明细");
  fake.state.fill(sheet, syntheticTickets(rows) as never);
  fake.state.select(sheet.id, { top: 0, left: 0, bottom: 0, right: 0 });
  const start = performance.now();
  const source = await createOfficeWorkbook(runOf(fake)).readSource();
  const run = scoreRun(source.grid, null);
  if (run.tickets?.tally.rows !== rows) throw new Error("the pane's log was not counted whole");
  return { rows, syncs: fake.control.syncCount, ms: performance.now() - start };
}

export async function ticketFigures(tmp: string, quick: boolean): Promise<TicketFigures> {
  mkdirSync(tmp, { recursive: true });
  const csvRows = quick ? 200_000 : 1_000_000;
  const parquetRows = quick ? 1_000_000 : 10_000_000;
  const memoryRows = quick ? 200_000 : 1_000_000;
  const csv = join(tmp, `tickets-${csvRows}.csv`);
  const parquet = join(tmp, `tickets-${parquetRows}.parquet`);
  await writeTicketLog(csv, csvRows, "csv");
  await writeTicketLog(parquet, parquetRows, "parquet");
  const runs = quick ? "1" : "3";
  const one = <T>(...args: string[]) => child<T>("tickets-child.ts", args, 8192);
  return {
    csvRows,
    parquetRows,
    memoryRows,
    csv: {
      cli: one<ChildTiming>("cli", csv, runs),
      duckdb: one<ChildTiming>("duckdb", csv, runs),
      scan: one<ChildTiming>("scan", csv, runs),
    },
    parquet: {
      cli: one<ChildTiming>("cli", parquet, runs),
      traced: one<ChildTiming>("traced", parquet, runs),
      duckdb: one<ChildTiming>("duckdb", parquet, runs),
    },
    memory: {
      // A few hundred milliseconds each: five runs, so one slow run on a shared machine is not the median.
      core: one<ChildTiming>("core", String(memoryRows), quick ? "1" : "5"),
      loop: one<ChildTiming>("loop", String(memoryRows), quick ? "1" : "5"),
    },
    cluster: await clusterFigures(parquet, parquetRows, Number(runs)),
    pane: await paneFigures(100_000),
  };
}
