/**
 * A log counted on a ClickHouse cluster (and a single ClickHouse server), named with
 * `--db clickhouse://用户@主机:8123/库 --table 表`: usually the cluster's Distributed table, so each
 * shard groups its own tickets and only the groups travel; the rest of the count runs on the server
 * that was asked, and only the tally comes back here. Spoken to over ClickHouse's HTTP interface
 * (every version has it; `clickhouses://` for HTTPS).
 *
 * The password comes from the environment (db-password.ts; ticket-options.ts refuses one in the
 * address) and is never printed. The ticket numbers behind the counts stay in the warehouse (no 核对 list).
 */
import type { Language } from "../../core/i18n";
import type { Scheme } from "../../core/schemes/scheme";
import { DIALECTS } from "../../core/tickets/sql-dialect";
import type { TicketRole } from "../../core/tickets/ticket-fields";
import type { LogLayout } from "../../core/tickets/ticket-log";
import type { TicketSettings } from "../../core/tickets/ticket-run";
import { InputError } from "../read-input";
import { UsageError } from "../usage-error";
import { dbPassword } from "./db-password";
import { countWithSql, type Row, type SqlCount } from "./sql-count";
import { SAMPLE_ROWS, tableName, typedTimeRoles, warehouseLayout } from "./warehouse-layout";

const quote = DIALECTS.clickhouse.quoteIdentifier;
const literal = DIALECTS.clickhouse.quoteText;

export interface ClickHouseServer {
  /** http(s)://host:port/ — no user, no password. */
  endpoint: string;
  user: string;
  database: string;
  password: string;
}

/** The address as given, checked; the password from the environment. */
export function clickhouseServer(
  url: string,
  env: NodeJS.ProcessEnv = process.env,
): ClickHouseServer {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(
      `--db 地址写法不对（收到 "${url}"），应为 clickhouse://用户@主机:8123/库。--db takes clickhouse://user@host:8123/database.`,
    );
  }
  const secure = parsed.protocol === "clickhouses:";
  const password = dbPassword(env) ?? "";
  const port = parsed.port || (secure ? "8443" : "8123");
  return {
    endpoint: `${secure ? "https" : "http"}://${parsed.hostname}:${port}/`,
    user: decodeURIComponent(parsed.username) || "default",
    database: decodeURIComponent(parsed.pathname.replace(/^\//, "")) || "default",
    password,
  };
}

/** The sentence of a ClickHouse error, without its code and stack (old and new formats). */
function serverMessage(body: string): string {
  const m = /DB::Exception: ([\s\S]*?)(?:, e\.what\(\)|\s*\(version |\s*\([A-Z_]+\)|$)/.exec(body);
  return (m?.[1] ?? body).trim().slice(0, 400);
}

/** One query over HTTP, its rows as objects (JSON: 64-bit integers arrive as text). */
async function query(server: ClickHouseServer, sql: string): Promise<Row[]> {
  let response: Response;
  try {
    response = await fetch(`${server.endpoint}?database=${encodeURIComponent(server.database)}`, {
      method: "POST",
      headers: {
        Authorization: `Basic ${Buffer.from(`${server.user}:${server.password}`).toString("base64")}`,
        "Content-Type": "text/plain; charset=utf-8",
      },
      body: `${sql}\nFORMAT JSON`,
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    throw new InputError(
      `无法连接 ClickHouse（${server.endpoint}，${cause}）。请检查 --db 地址和端口（HTTP 端口，通常是 8123）。`,
      `cannot connect to ClickHouse (${server.endpoint}, ${cause}). Check the --db address and its HTTP port (usually 8123).`,
    );
  }
  const body = await response.text();
  if (!response.ok) {
    const said = serverMessage(body);
    const code = Number(/Code: (\d+)/.exec(body)?.[1] ?? 0);
    if ([192, 193, 194, 516].includes(code) || response.status === 401 || response.status === 403)
      throw new InputError(
        `ClickHouse 拒绝了用户 ${server.user} 的登录（${said}）。请检查 --db 中的用户名和 GOVRANK_DB_PASSWORD。`,
        `ClickHouse refused user ${server.user} (${said}). Check the user in --db and GOVRANK_DB_PASSWORD.`,
      );
    throw new InputError(`ClickHouse 报错：${said}`, `ClickHouse said: ${said}`);
  }
  return (JSON.parse(body) as { data: Row[] }).data;
}

export interface ClickHouseCount {
  layout: LogLayout;
  count: SqlCount;
}

const TIME_TYPE = /^(Nullable\()?(DateTime|Date)\b/;
const DATE_TYPE = /^(Nullable\()?Date\)?$/;

/**
 * Zones whose clock has kept one offset from UTC since before any ticket (China's since 1991):
 * their DateTime is read by adding seconds; any other zone through the text it shows, dearer.
 */
const FIXED_OFFSETS: Record<string, number> = {
  UTC: 0,
  "Etc/UTC": 0,
  GMT: 0,
  "Asia/Shanghai": 28800,
  "Asia/Chongqing": 28800,
  "Asia/Harbin": 28800,
  PRC: 28800,
  "Asia/Hong_Kong": 28800,
  "Asia/Macau": 28800,
  "Asia/Taipei": 28800,
  "Asia/Urumqi": 21600,
};

export async function countInClickHouse(
  url: string,
  table: string,
  settings: TicketSettings | undefined,
  schemes: readonly Scheme[],
  lang: Language,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ClickHouseCount> {
  const server = clickhouseServer(url, env);
  const name = tableName(table, quote);
  const database = name.schema ?? server.database;
  const columns = (
    await query(
      server,
      `SELECT name, type FROM system.columns WHERE database = ${literal(database)} AND table = ${literal(name.table)}`,
    )
  ).map((r) => ({ name: String(r.name), type: String(r.type) }));
  if (columns.length === 0)
    throw new InputError(
      `ClickHouse 库 ${database} 中没有表 ${name.table}（或用户 ${server.user} 看不到它）。`,
      `no table ${name.table} in ClickHouse database ${database} (or user ${server.user} cannot see it).`,
    );
  const names = columns.map((c) => c.name);
  const sample = await query(server, `SELECT * FROM ${name.quoted} LIMIT ${SAMPLE_ROWS}`);
  const layout = warehouseLayout(
    table,
    names,
    sample.map((r) => names.map((n) => r[n])),
  );
  const typeOf = (c: number) => columns[c]?.type ?? "";
  const typedTimes = typedTimeRoles(layout, typeOf, (type) => TIME_TYPE.test(type));
  const typedDates = typedTimeRoles(layout, typeOf, (type) => DATE_TYPE.test(type));
  const serverZone = String((await query(server, "SELECT timezone() AS tz"))[0]?.tz ?? "");
  const timeOffsets: Partial<Record<TicketRole, number>> = {};
  for (const r of layout.roles) {
    const zone = /DateTime\('([^']+)'\)/.exec(typeOf(r.column))?.[1] ?? serverZone;
    const offset = FIXED_OFFSETS[zone];
    if (typedTimes.has(r.role) && offset !== undefined) timeOffsets[r.role] = offset;
  }
  const count = await countWithSql(
    layout,
    { from: name.quoted, typedTimes, typedDates, timeOffsets },
    (c) => quote(names[c] ?? ""),
    { run: (sql) => query(server, sql) },
    "clickhouse",
    settings,
    schemes,
    lang,
    { traces: false },
  );
  return { layout, count };
}
