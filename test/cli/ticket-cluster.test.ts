/**
 * The same rules on a real two-shard ClickHouse cluster: random logs split across the shards
 * (every column text, as a platform loads it) are counted through the cluster's Distributed table
 * and must give every figure the core and DuckDB give; the same log all on one shard gives the
 * same as spread over both.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { builtinSchemes } from "../../src/core/schemes/builtin";
import { recogniseLog } from "../../src/core/tickets/read-ticket-log";
import { normalTally } from "../../src/core/tickets/tally";
import { runTickets, type TicketSettings } from "../../src/core/tickets/ticket-run";
import type { CellValue } from "../../src/core/values/parse-cell";
import { countInClickHouse } from "../../src/cli/tickets/clickhouse-log";
import {
  CLERK_PASSWORD,
  startClickHouseCluster,
  type ClickHouseCluster,
} from "../helpers/clickhouse";
import { countedByCoreAndDuckDb, HEADER, settings, ticket } from "../helpers/random-logs";

let cluster: ClickHouseCluster;
let dir: string;
const env = { GOVRANK_DB_PASSWORD: CLERK_PASSWORD };
beforeAll(async () => {
  cluster = await startClickHouseCluster();
  dir = mkdtempSync(join(tmpdir(), "govrank-cluster-"));
}, 60_000);
afterAll(async () => {
  await cluster?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const columns = HEADER.map((h) => `\`${h}\` Nullable(String)`).join(", ");

/** Each shard's local table and the Distributed table over both, rows dealt by `shardOf`. */
async function loadCluster(table: string, rows: CellValue[][], shardOf: (i: number) => 0 | 1) {
  for (const shard of [0, 1] as const) {
    await cluster.query(
      shard,
      `CREATE TABLE ${table}_local (${columns}) ENGINE = MergeTree ORDER BY tuple()`,
    );
    const mine = rows.filter((_, i) => shardOf(i) === shard);
    if (mine.length)
      await cluster.query(
        shard,
        `INSERT INTO ${table}_local FORMAT JSONEachRow\n${mine
          .map((r) =>
            JSON.stringify(
              Object.fromEntries(
                HEADER.map((h, c) => [h, r[c] === "" || r[c] == null ? null : String(r[c])]),
              ),
            ),
          )
          .join("\n")}`,
      );
  }
  await cluster.query(
    0,
    `CREATE TABLE ${table} AS ${table}_local ENGINE = Distributed(govrank, default, ${table}_local)`,
  );
}

let runs = 0;
it("the cluster gives every figure the core and DuckDB give, however the tickets are spread", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(ticket, { minLength: 1, maxLength: 50 }),
      settings,
      fc.array(fc.boolean(), { minLength: 80, maxLength: 80 }),
      async (tickets, chosen, spread) => {
        const tail = runs++;
        const { rows, ticketSettings, core, duck } = await countedByCoreAndDuckDb(
          tickets,
          chosen,
          dir,
          tail,
        );
        await loadCluster(`spread_${tail}`, rows, (i) => (spread[i % spread.length] ? 1 : 0));
        await loadCluster(`single_${tail}`, rows, () => 1);
        const count = async (table: string) => {
          const counted = await countInClickHouse(
            cluster.url,
            table,
            ticketSettings,
            builtinSchemes(),
            "zh",
            env,
          );
          if (!counted.count.ok) throw new Error(JSON.stringify(counted.count.errors));
          return counted.count.run;
        };
        const spreadRun = await count(`spread_${tail}`);
        const singleRun = await count(`single_${tail}`);

        // The cluster sends back aggregates only: no ticket numbers.
        const expected = { ...normalTally(core.tally), trace: [] };
        expect({ ...normalTally(duck.tally), trace: [] }).toEqual(expected);
        expect(normalTally(spreadRun.tally)).toEqual(expected);
        expect(normalTally(singleRun.tally)).toEqual(expected);
        expect(spreadRun.table.rows).toEqual(core.table.rows);
        expect(spreadRun.headline).toEqual(core.headline);
        expect(spreadRun.engine).toBe("clickhouse");
      },
    ),
    { numRuns: 25, seed: 20261203 },
  );
}, 300_000);

it("reads a warehouse's typed columns as an export shows them, as the core reads that text: Date, DateTime in its zone, 1970 as blank", async () => {
  const header = [
    "工单编号",
    "受理时间",
    "办理方式",
    "承办单位",
    "办结时限",
    "办结时间",
    "回访结果",
  ];
  const rows: CellValue[][] = Array.from({ length: 90 }, (_, i) => [
    `W${i}`,
    `2022-01-${String(1 + (i % 31)).padStart(2, "0")}`,
    i % 3 === 0 ? "当场答复" : "转办",
    i % 3 === 0 ? "" : `单位${i % 4}`,
    "2022-01-25 18:00:00",
    // Every fifth blank (a non-nullable DateTime holds 1970-01-01 then); some after the due time.
    i % 5 === 0
      ? ""
      : `2022-01-${String(20 + (i % 9)).padStart(2, "0")} ${String((i * 7) % 24).padStart(2, "0")}:30:00`,
    ["满意", "基本满意", "不满意", "未回访"][i % 4] ?? "",
  ]);
  const ticketSettings: TicketSettings = {
    rulesId: "tickets-composite",
    from: "2022-01-01",
    to: "2022-01-20",
    cutoff: "2022-01-27",
    previousFigures: {},
  };
  const recognised = recogniseLog({
    sheet: "log",
    top: 0,
    left: 0,
    values: [header, ...rows].map((r) => r.map((v) => (v === "" ? null : v))),
  });
  if (!recognised) throw new Error("not a log");
  const core = runTickets(recognised, ticketSettings, builtinSchemes());
  if (!core.ok) throw new Error("core");
  // Each as an export shows it: a Date; a zone with daylight saving (read through its text); UTC
  // (a fixed offset). The Jingzhou CLI test covers Asia/Shanghai.
  const types = [
    "String",
    "Date",
    "String",
    "String",
    "DateTime('Europe/Berlin')",
    "DateTime('UTC')",
    "String",
  ];
  await cluster.query(
    0,
    `CREATE TABLE typed (${header.map((h, c) => `\`${h}\` ${types[c]}`).join(", ")}) ENGINE = MergeTree ORDER BY tuple()`,
  );
  await cluster.query(
    0,
    `INSERT INTO typed FORMAT JSONEachRow\n${rows
      .map((r) =>
        JSON.stringify(
          Object.fromEntries(
            header.map((h, c) => [
              h,
              r[c] === "" && types[c]?.startsWith("DateTime") ? "0000-00-00 00:00:00" : r[c],
            ]),
          ),
        ),
      )
      .join("\n")}`,
  );
  const counted = await countInClickHouse(
    cluster.url,
    "typed",
    ticketSettings,
    builtinSchemes(),
    "zh",
    env,
  );
  if (!counted.count.ok) throw new Error(JSON.stringify(counted.count.errors));
  expect(normalTally(counted.count.run.tally)).toEqual({
    ...normalTally(core.run.tally),
    trace: [],
  });
  // The test means something: some tickets were handled, some not, some late.
  expect(core.run.tally.total.some((n) => n > 0)).toBe(true);
}, 60_000);
