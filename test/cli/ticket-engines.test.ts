/**
 * One rule set, three engines, one tally: random logs (blanks, padded and full-width spaces, five
 * time formats and impossible days, numbers as text, duplicate units in two groups) counted by the
 * core's columnar pass, by DuckDB from a CSV file and from the same log as Parquet (text columns
 * dictionary-encoded, which DuckDB trims another way), and by a real PostgreSQL server from a table,
 * under each built-in rule set with and without a period and a cut-off. Every figure must agree.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import fc from "fast-check";
import pg from "pg";
import { builtinSchemes } from "../../src/core/schemes/builtin";
import { normalTally } from "../../src/core/tickets/tally";
import type { CellValue } from "../../src/core/values/parse-cell";
import { countWithDuckDb } from "../../src/cli/tickets/duckdb-log";
import { NO_PROGRESS } from "../../src/cli/tickets/progress";
import { countInPostgres } from "../../src/cli/tickets/postgres-log";
import { startPostgres, type RunningPostgres } from "../helpers/postgres";
import { countedByCoreAndDuckDb, HEADER, settings, ticket } from "../helpers/random-logs";

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
        const { rows, file, ticketSettings, core, duck } = await countedByCoreAndDuckDb(
          tickets,
          chosen,
          dir,
          tail,
        );

        // The same log as a data platform's Parquet: every column text, as the CSV has it.
        const parquet = join(dir, `log-${tail}.parquet`);
        const db = await DuckDBInstance.create(":memory:");
        const connection = await db.connect();
        await connection.run(
          `COPY (SELECT * FROM read_csv('${file}', skip = 1, header = true, all_varchar = true)) TO '${parquet}' (FORMAT parquet)`,
        );
        connection.closeSync();
        db.closeSync();
        const fromParquetWith = async (options?: { traces: boolean }) => {
          const counted = await countWithDuckDb(
            parquet,
            "log",
            ticketSettings,
            builtinSchemes(),
            "zh",
            NO_PROGRESS,
            options,
          );
          if (!counted?.count.ok) throw new Error("DuckDB did not count the Parquet log");
          return counted.count.run;
        };
        const fromParquet = await fromParquetWith();
        // As `govrank tickets` counts it: no 核对 sheet, so no ticket numbers gathered.
        const untraced = await fromParquetWith({ traces: false });

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

        const expected = normalTally(core.tally);
        expect(normalTally(duck.tally)).toEqual(expected);
        expect(normalTally(fromParquet.tally)).toEqual(expected);
        expect(normalTally(untraced.tally)).toEqual({ ...expected, trace: [] });
        expect(normalTally(warehouse.count.run.tally)).toEqual(expected);
        expect(duck.table.rows).toEqual(core.table.rows);
        expect(warehouse.count.run.headline).toEqual(core.headline);
      },
    ),
    { numRuns: 40, seed: 20261202 },
  );
}, 240_000);
