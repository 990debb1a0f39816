/**
 * One rule set, three engines, one tally: random logs (blanks, padded and full-width spaces, five
 * time formats and impossible days, numbers as text, duplicate units in two groups) counted by the
 * core's columnar pass, by DuckDB from a CSV file and from the same log as Parquet (text columns
 * dictionary-encoded, which DuckDB trims another way), and by a real PostgreSQL server from a table,
 * under each built-in rule set with and without a period and a cut-off. Every figure must agree.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import fc from "fast-check";
import pg from "pg";
import { builtinSchemes } from "../../src/core/schemes/builtin";
import { recogniseLog } from "../../src/core/tickets/read-ticket-log";
import { normalTally } from "../../src/core/tickets/tally";
import { runTickets, type TicketSettings } from "../../src/core/tickets/ticket-run";
import type { CellValue } from "../../src/core/values/parse-cell";
import { countWithDuckDb } from "../../src/cli/tickets/duckdb-log";
import { NO_PROGRESS } from "../../src/cli/tickets/progress";
import { countInPostgres } from "../../src/cli/tickets/postgres-log";
import { startPostgres, type RunningPostgres } from "../helpers/postgres";
import { csvText } from "../helpers/ticket-logs";
import { HEADER, settings, ticket } from "../helpers/random-logs";

let server: RunningPostgres;
let dir: string;
beforeAll(async () => {
  server = await startPostgres();
  dir = mkdtempSync(join(tmpdir(), "govrank-engines-"));
}, 60_000);
afterAll(() => {
  server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function loadTable(rows: CellValue[][], table: string) {
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  try {
    await client.query(`DROP TABLE IF EXISTS ${table}`);
    await client.query(`CREATE TABLE ${table} (${HEADER.map((h) => `"${h}" TEXT`).join(", ")})`);
    for (const row of rows)
      await client.query(
        `INSERT INTO ${table} VALUES (${HEADER.map((_, i) => `$${i + 1}`).join(", ")})`,
        HEADER.map((_, i) => {
          const v = row[i];
          return v === null || v === undefined || v === "" ? null : String(v);
        }),
      );
  } finally {
    await client.end();
  }
}

let runs = 0;
it("the core, DuckDB and PostgreSQL agree on every figure", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(ticket, { minLength: 1, maxLength: 60 }),
      settings,
      async (tickets, chosen) => {
        const tail = runs++;
        // Every third ticket again: tickets alike in every text, as a real log's are by the
        // thousand, so the SQL's grouping of alike tickets is weighed too.
        const rows: CellValue[][] = [...tickets, ...tickets.filter((_, i) => i % 3 === 0)].map(
          (t) => [...t],
        );
        const grid = { sheet: "log", top: 0, left: 0, values: [["工单明细"], HEADER, ...rows] };
        const ticketSettings: TicketSettings = { ...chosen, previousFigures: {} };
        const recognised = recogniseLog({
          ...grid,
          values: grid.values.map((r) => r.map((v) => (v === "" ? null : v))),
        });
        if (!recognised) throw new Error("not a log");
        const core = runTickets(recognised, ticketSettings, builtinSchemes());
        if (!core.ok) throw new Error(JSON.stringify(core.errors));

        const file = join(dir, `log-${tail}.csv`);
        writeFileSync(file, csvText(grid.values));
        const duck = await countWithDuckDb(
          file,
          "log",
          ticketSettings,
          builtinSchemes(),
          "zh",
          NO_PROGRESS,
        );
        if (!duck?.count.ok) throw new Error("DuckDB did not count");

        // The same log as a data platform's Parquet: every column text, as the CSV has it.
        const parquet = join(dir, `log-${tail}.parquet`);
        const db = await DuckDBInstance.create(":memory:");
        const connection = await db.connect();
        await connection.run(
          `COPY (SELECT * FROM read_csv('${file}', skip = 1, header = true, all_varchar = true)) TO '${parquet}' (FORMAT parquet)`,
        );
        connection.closeSync();
        db.closeSync();
        const fromParquet = await countWithDuckDb(
          parquet,
          "log",
          ticketSettings,
          builtinSchemes(),
          "zh",
          NO_PROGRESS,
        );
        if (!fromParquet?.count.ok) throw new Error("DuckDB did not count the Parquet log");
        // As `govrank tickets` counts it: no 核对 sheet, so no ticket numbers gathered.
        const untraced = await countWithDuckDb(
          parquet,
          "log",
          ticketSettings,
          builtinSchemes(),
          "zh",
          NO_PROGRESS,
          { traces: false },
        );
        if (!untraced?.count.ok) throw new Error("DuckDB did not count the Parquet log");

        const table = `log_${tail}`;
        await loadTable(rows, table);
        const warehouse = await countInPostgres(
          server.url,
          table,
          ticketSettings,
          builtinSchemes(),
          "zh",
        );
        if (!warehouse.count.ok) throw new Error("PostgreSQL did not count");

        const expected = normalTally(core.run.tally);
        expect(normalTally(duck.count.run.tally)).toEqual(expected);
        expect(normalTally(fromParquet.count.run.tally)).toEqual(expected);
        expect(normalTally(untraced.count.run.tally)).toEqual({ ...expected, trace: [] });
        expect(normalTally(warehouse.count.run.tally)).toEqual(expected);
        expect(duck.count.run.table.rows).toEqual(core.run.table.rows);
        expect(warehouse.count.run.headline).toEqual(core.run.headline);
      },
    ),
    { numRuns: 40, seed: 20261202 },
  );
}, 240_000);
