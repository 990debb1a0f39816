/**
 * A log counted where it lives: a table (or view) of PostgreSQL, or of a PostgreSQL-compatible
 * warehouse, named with --db and --table. Its column names are read as a header (the same
 * recognition as a file's), a sample of rows shows which columns hold personal data (read only to
 * be left out), the counting runs in the database, and only the tally comes back.
 */
import type { Language } from "../../core/i18n";
import type { Scheme } from "../../core/schemes/scheme";
import { recogniseHeader } from "../../core/tickets/read-ticket-log";
import { TICKET_FIELDS } from "../../core/tickets/ticket-fields";
import type { LogLayout } from "../../core/tickets/ticket-log";
import type { TicketSettings } from "../../core/tickets/ticket-run";
import { quoteIdentifier, type QueryOptions } from "../../core/tickets/ticket-sql";
import type { CellValue } from "../../core/values/parse-cell";
import { InputError } from "../read-input";
import { countWithSql, type Row, type SqlCount } from "./sql-count";

const SAMPLE_ROWS = 240;
const TIME_TYPES = new Set(["timestamp without time zone", "timestamp with time zone", "date"]);

/** "schema.table" or "table" → its quoted name and its parts. */
export function tableName(text: string): { quoted: string; schema?: string; table: string } {
  const parts = text.split(".").map((p) => p.trim().replace(/^"(.*)"$/, "$1"));
  if (parts.length > 2 || parts.some((p) => p === ""))
    throw new InputError(
      `--table 应写成 表名 或 模式.表名（收到 "${text}"）。`,
      `--table takes a table or schema.table (got "${text}").`,
    );
  const [first = "", second] = parts;
  return second === undefined
    ? { quoted: quoteIdentifier(first), table: first }
    : {
        quoted: `${quoteIdentifier(first)}.${quoteIdentifier(second)}`,
        schema: first,
        table: second,
      };
}

function shown(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 19).replace("T", " ");
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  return String(value);
}

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
  const name = tableName(table);
  const { Client } = (await import("pg")).default;
  const client = new Client({ connectionString: url });
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
    const values: CellValue[][] = [names, ...sample.rows.map((r) => names.map((n) => shown(r[n])))];
    const header = recogniseHeader(values);
    if (!header)
      throw new InputError(
        `表 ${table} 不像工单或留言明细：没有找到工单编号/受理时间和承办单位/诉求分类等列（列名：${names.join("、")}）。`,
        `table ${table} does not look like a ticket or message log (columns: ${names.join(", ")}).`,
      );
    const layout: LogLayout = {
      sheet: table,
      headerRow: 0,
      firstRow: 1,
      roles: header.roles,
      personal: header.personal,
      unread: header.unread,
      title: undefined,
    };
    const typedTimes = new Set(
      header.roles
        .filter(
          (r) =>
            TICKET_FIELDS[r.role].kind === "time" &&
            TIME_TYPES.has(columns.rows[r.column]?.data_type ?? ""),
        )
        .map((r) => r.role),
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
