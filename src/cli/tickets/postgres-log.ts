/**
 * A log counted where it lives: a table (or view) of PostgreSQL, or of a PostgreSQL-compatible
 * warehouse, named with --db and --table. Its column names are read as a header (the same
 * recognition as a file's), a sample of rows shows which columns hold personal data (read only to
 * be left out), the counting runs in the database, and only the tally comes back.
 */
import type { Language } from "../../core/i18n";
import type { Scheme } from "../../core/schemes/scheme";
import type { LogLayout } from "../../core/tickets/ticket-log";
import type { TicketSettings } from "../../core/tickets/ticket-run";
import { quoteIdentifier, type QueryOptions } from "../../core/tickets/ticket-sql";
import { InputError } from "../read-input";
import { dbPassword } from "./db-password";
import { countWithSql, type Row, type SqlCount } from "./sql-count";
import { SAMPLE_ROWS, tableName, typedTimeRoles, warehouseLayout } from "./warehouse-layout";

const TIME_TYPES = new Set(["timestamp without time zone", "timestamp with time zone", "date"]);

export interface PostgresCount {
  layout: LogLayout;
  count: SqlCount;
}

export async function countInPostgres(
  url: string,
  table: string,
  settings: TicketSettings | undefined,
  schemes: readonly Scheme[],
  lang: Language,
  options: QueryOptions = { traces: true },
): Promise<PostgresCount> {
  const name = tableName(table, quoteIdentifier);
  const { Client } = (await import("pg")).default;
  // Else pg reads PGPASSWORD and ~/.pgpass, as psql does.
  const password = dbPassword();
  const client = new Client({ connectionString: url, ...(password !== undefined && { password }) });
  try {
    await client.connect();
  } catch (error) {
    throw new InputError(
      `无法连接数据库（${(error as Error).message}）。请检查 --db 地址、用户名和密码。`,
      `cannot connect to the database (${(error as Error).message}). Check the --db address, user and password.`,
    );
  }
  try {
    // Timestamps with a time zone are compared on the clock of China, where the tickets were taken.
    await client.query("SET TIME ZONE 'Asia/Shanghai'");
    const columns = await client.query<{ column_name: string; data_type: string }>(
      `SELECT column_name, data_type FROM information_schema.columns
       WHERE table_name = $1 AND table_schema = coalesce($2, current_schema())
       ORDER BY ordinal_position`,
      [name.table, name.schema ?? null],
    );
    if (columns.rows.length === 0)
      throw new InputError(
        `数据库中没有表 ${table}（或当前用户看不到它）。`,
        `no table ${table} in the database (or this user cannot see it).`,
      );
    const names = columns.rows.map((r) => r.column_name);
    const sample = await client.query<Row>(`SELECT * FROM ${name.quoted} LIMIT ${SAMPLE_ROWS}`);
    const layout = warehouseLayout(
      table,
      names,
      sample.rows.map((r) => names.map((n) => r[n])),
    );
    const typedTimes = typedTimeRoles(
      layout,
      (c) => columns.rows[c]?.data_type ?? "",
      (type) => TIME_TYPES.has(type),
    );
    const count = await countWithSql(
      layout,
      { from: name.quoted, typedTimes },
      (c) => quoteIdentifier(names[c] ?? ""),
      { run: async (sql) => (await client.query<Row>(sql)).rows },
      "postgres",
      settings,
      schemes,
      lang,
      options,
    );
    return { layout, count };
  } finally {
    await client.end();
  }
}
