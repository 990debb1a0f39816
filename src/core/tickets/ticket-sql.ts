/**
 * The same rules as SQL, for DuckDB (embedded in the command line, for large files and Parquet)
 * and for the database where the tickets already live (PostgreSQL and its compatible descendants).
 * The aggregation runs where the data is; only the tally comes back. Each query's rows are turned
 * back into a `TicketTally` by `tallyFromRows`, the same shape the core's engine returns.
 *
 * Meaning is kept to the core's to the letter (the tests compare every figure): texts trimmed of
 * the same characters and blank as "", numbers only when they look like one, times only in the
 * forms `ticket-time.ts` reads and only when the day exists, and every test of a missing value
 * false (so `not` of it is true, as a byte mask gives).
 */
import type { PlainCondition, ResolvedRules } from "./resolve-rules";
import { TICKET_FIELDS, type TicketRole } from "./ticket-fields";
import { categoryKey, type KeyedCounts, type TicketTally, type UnitCounts } from "./tally";
import { cutoffSeconds } from "./tally-log";
import { parseDay, SECONDS_PER_DAY } from "./ticket-time";

export type SqlDialect = "duckdb" | "postgres";

export interface SqlSource {
  /** What follows FROM: a table name, `read_parquet('…')`, a subquery in brackets. */
  from: string;
  /** The source's column (already quoted as an identifier) for each role the log has. */
  columns: Partial<Record<TicketRole, string>>;
  /**
   * Time roles whose column is already a timestamp or date in the database: compared as they are,
   * not parsed from text (a warehouse's typed columns, Parquet's timestamps).
   */
  typedTimes?: ReadonlySet<TicketRole> | undefined;
}

export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function quoteText(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

const TRIM_CHARS = "(' ' || chr(9) || chr(13) || chr(10) || chr(12288))";

function textOf(column: string, d: SqlDialect): string {
  return d === "duckdb"
    ? `coalesce(trim(CAST(${column} AS VARCHAR), ${TRIM_CHARS}), '')`
    : `coalesce(btrim(CAST(${column} AS TEXT), ${TRIM_CHARS}), '')`;
}

function numberOf(text: string, d: SqlDialect): string {
  return d === "duckdb"
    ? `CASE WHEN regexp_full_match(${text}, '-?[0-9]+([.][0-9]+)?') THEN CAST(${text} AS DOUBLE) END`
    : `CASE WHEN ${text} ~ '^-?[0-9]+([.][0-9]+)?$' THEN CAST(${text} AS DOUBLE PRECISION) END`;
}

/** The text time forms of ticket-time.ts, as one regular expression with six groups. */
const TIME_PATTERN =
  "^([0-9]{4})[-/.年]([0-9]{1,2})[-/.月]([0-9]{1,2})日?(?:[ T]+([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:[.][0-9]+)?)?)?(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)?$";

function timeOf(text: string, d: SqlDialect): string {
  // Whitespace runs are one space, as the core reads them.
  const t = `regexp_replace(${text}, '[ \\t\\r\\n\\f\\v]+', ' ', 'g')`;
  if (d === "duckdb") {
    const g = (i: number) => `regexp_extract(${t}, '${TIME_PATTERN}', ${i})`;
    const n = (i: number, fallback = "0") =>
      `CAST(coalesce(nullif(${g(i)}, ''), '${fallback}') AS INTEGER)`;
    // try_cast gives NULL for 2022-02-31 or 25:00, as the core's round trip does.
    return `CASE WHEN regexp_full_match(${t}, '${TIME_PATTERN}') THEN try_cast(printf('%04d-%02d-%02d %02d:%02d:%02d', ${n(1)}, ${n(2)}, ${n(3)}, ${n(4)}, ${n(5)}, ${n(6)}) AS TIMESTAMP) END`;
  }
  const m = `regexp_match(${t}, '${TIME_PATTERN}')`;
  const part = (i: number) => `CAST(coalesce(nullif((${m})[${i}], ''), '0') AS INTEGER)`;
  const y = part(1);
  const mo = part(2);
  const day = part(3);
  const lastDay = `EXTRACT(DAY FROM (make_date(${y}, ${mo}, 1) + INTERVAL '1 month' - INTERVAL '1 day'))`;
  // Nested CASEs: PostgreSQL evaluates a CASE's branches in order, so make_date never sees month 13.
  return `CASE WHEN ${t} ~ '${TIME_PATTERN}' THEN CASE WHEN ${mo} BETWEEN 1 AND 12 AND ${part(4)} < 24 AND ${part(5)} < 60 AND ${part(6)} < 60 THEN CASE WHEN ${day} BETWEEN 1 AND ${lastDay} THEN make_timestamp(${y}, ${mo}, ${day}, ${part(4)}, ${part(5)}, ${part(6)}) END END END`;
}

function timestampLiteral(seconds: number, d: SqlDialect): string {
  const iso = new Date(seconds * 1000).toISOString().slice(0, 19).replace("T", " ");
  return d === "duckdb" ? `TIMESTAMP '${iso}'` : `TIMESTAMP '${iso}'`;
}

function plusSeconds(expr: string, seconds: number, d: SqlDialect): string {
  if (seconds === 0) return expr;
  return d === "duckdb"
    ? `(${expr} + to_seconds(CAST(${seconds} AS DOUBLE)))`
    : `(${expr} + make_interval(secs => ${seconds}))`;
}

const col = (role: TicketRole) => `r_${role}`;
const raw = (role: TicketRole) => `x_${role}`;

function conditionSql(
  c: PlainCondition,
  has: (r: TicketRole) => boolean,
  cutoff: number | undefined,
  d: SqlDialect,
): string {
  if ("all" in c)
    return c.all.length
      ? `(${c.all.map((x) => conditionSql(x, has, cutoff, d)).join(" AND ")})`
      : "TRUE";
  if ("any" in c) return `(${c.any.map((x) => conditionSql(x, has, cutoff, d)).join(" OR ")})`;
  if ("not" in c) return `(NOT ${conditionSql(c.not, has, cutoff, d)})`;
  if (!has(c.field)) return "FALSE";
  const kind = TICKET_FIELDS[c.field].kind;
  const v = col(c.field);
  if ("in" in c) return kind === "text" ? `(${v} IN (${c.in.map(quoteText).join(", ")}))` : "FALSE";
  if ("filled" in c) {
    const filled = kind === "text" ? `${v} <> ''` : `${v} IS NOT NULL`;
    return c.filled ? `(${filled})` : `(NOT (${filled}))`;
  }
  if ("above" in c) return kind === "number" ? `coalesce(${v} > ${c.above}, FALSE)` : "FALSE";
  const late = "after" in c;
  const ref = late ? c.after : c.notAfter;
  const shift = (c.hours ?? 0) * 3600;
  if (ref === "cutoff") {
    if (cutoff === undefined) return late ? "FALSE" : `(${v} IS NOT NULL)`;
    const bound = timestampLiteral(cutoff + shift, d);
    return `coalesce(${v} ${late ? ">" : "<="} ${bound}, FALSE)`;
  }
  if (!has(ref)) return "FALSE";
  return `coalesce(${v} ${late ? ">" : "<="} ${plusSeconds(col(ref), shift, d)}, FALSE)`;
}

export interface GroupQueries {
  total: string;
  units: string;
  types: string;
  categories: string;
  columns: string;
  /** "" when nothing is traced. */
  trace: string;
}

/**
 * The log is read once: `setup` makes a temporary table of the tickets in scope with one 0/1 (or
 * summed) column per counter; each grouping is then a small query on it; `teardown` drops it.
 * Run them in order on one connection and hand the rows to `tallyFromRows` by the same names.
 */
export interface TicketQueries {
  setup: string;
  queries: GroupQueries;
  teardown: string;
}

export const SCOPED_TABLE = "govrank_scoped";

/** The SQL for one log: a CTE reading the roles once, the scoped tickets, then one query per grouping. */
export function ticketQueries(
  resolved: ResolvedRules,
  source: SqlSource,
  d: SqlDialect,
): TicketQueries {
  const roles = (Object.keys(source.columns) as TicketRole[]).filter((r) => source.columns[r]);
  const has = (r: TicketRole) => roles.includes(r);
  const reads = roles.flatMap((role) => {
    const column = source.columns[role] ?? "NULL";
    const text = textOf(column, d);
    const kind = TICKET_FIELDS[role].kind;
    const typed =
      kind === "text"
        ? text
        : kind === "number"
          ? numberOf(text, d)
          : source.typedTimes?.has(role)
            ? `CAST(${column} AS TIMESTAMP)`
            : timeOf(text, d);
    return [`${text} AS ${raw(role)}`, `${typed} AS ${col(role)}`];
  });
  const cutoff = cutoffSeconds(resolved.rules.cutoff);
  const notBlank = roles.length ? `(${roles.map((r) => `${raw(r)} <> ''`).join(" OR ")})` : "FALSE";
  const period: string[] = [];
  const pf = resolved.rules.periodField;
  const from = resolved.rules.from === undefined ? undefined : parseDay(resolved.rules.from);
  const to = resolved.rules.to === undefined ? undefined : parseDay(resolved.rules.to);
  if (from !== undefined || to !== undefined) {
    if (!has(pf)) period.push("FALSE");
    else {
      period.push(`${col(pf)} IS NOT NULL`);
      if (from !== undefined) period.push(`${col(pf)} >= ${timestampLiteral(from, d)}`);
      if (to !== undefined)
        period.push(`${col(pf)} <= ${timestampLiteral(to + SECONDS_PER_DAY - 1, d)}`);
    }
  }
  const scope = [notBlank, conditionSql(resolved.scope, has, cutoff, d), ...period].join(" AND ");
  const key = (r: TicketRole) => (has(r) ? col(r) : "''");
  const counters = resolved.counters.map(({ counter, condition }, k) => {
    const test = conditionSql(condition, has, cutoff, d);
    if (!counter.sum) return `CASE WHEN ${test} THEN 1 ELSE 0 END AS k${k}`;
    const n = has(counter.sum) ? col(counter.sum) : "NULL";
    return `CASE WHEN ${test} AND ${n} IS NOT NULL THEN greatest(${n} - ${counter.less ?? 0}, 0) ELSE 0 END AS k${k}`;
  });
  const periodTime = has(pf) ? col(pf) : "NULL";
  const epoch = (e: string) => (d === "duckdb" ? `epoch(${e})` : `EXTRACT(EPOCH FROM ${e})`);
  const c = SCOPED_TABLE;
  const setup = [
    `CREATE TEMPORARY TABLE ${c} AS`,
    `WITH t AS (SELECT ${reads.join(", ") || "1 AS x_none"} FROM ${source.from}),`,
    `s AS (SELECT * FROM t WHERE ${scope})`,
    `SELECT ${key("unit")} AS g_unit, ${key("type")} AS g_type, ${key("category")} AS g_category, ${key("column")} AS g_column, ${key("group")} AS g_group, ${has("id") ? col("id") : "''"} AS g_id, ${periodTime} AS g_time${counters.length ? ", " : ""}${counters.join(", ")} FROM s`,
  ].join("\n");
  const sums = resolved.counters
    .map((_, k) => `CAST(sum(k${k}) AS DOUBLE PRECISION) AS k${k}`)
    .join(", ");
  const sumList = sums ? `, ${sums}` : "";
  const binary = (e: string) => (d === "postgres" ? `${e} COLLATE "C"` : e);
  const traced = resolved.rules.traced
    .map((id) => ({ id, k: resolved.counters.findIndex((r) => r.counter.id === id) }))
    .filter((x) => x.k >= 0 && has("id"));
  return {
    setup,
    queries: {
      total: `SELECT count(*) AS n, ${epoch("min(g_time)")} AS first_time, ${epoch("max(g_time)")} AS last_time${sumList} FROM ${c}`,
      units: `SELECT g_unit AS key, coalesce(min(${binary("nullif(g_group, '')")}), '') AS grp${sumList} FROM ${c} GROUP BY g_unit`,
      types: `SELECT g_type AS key${sumList} FROM ${c} GROUP BY g_type`,
      categories: `SELECT g_column AS col, g_category AS key${sumList} FROM ${c} GROUP BY g_column, g_category`,
      columns: `SELECT g_column AS key${sumList} FROM ${c} GROUP BY g_column`,
      trace: traced
        .map(
          (x) =>
            `SELECT ${quoteText(x.id)} AS counter, g_unit AS unit, g_id AS id FROM ${c} WHERE k${x.k} > 0`,
        )
        .join("\nUNION ALL\n"),
    },
    teardown: `DROP TABLE IF EXISTS ${c}`,
  };
}

type Row = Record<string, unknown>;

const num = (v: unknown): number => {
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return Number(v);
  if (typeof v === "string" && v.trim() !== "") return Number(v);
  return 0;
};
const text = (v: unknown): string => (v === null || v === undefined ? "" : String(v));

/** The rows of the queries back into the tally the core's engine makes. */
export function tallyFromRows(
  resolved: ResolvedRules,
  rows: { [K in keyof GroupQueries]: Row[] },
): TicketTally {
  const K = resolved.counters.length;
  const countsOf = (r: Row) => Array.from({ length: K }, (_, k) => num(r[`k${k}`]));
  const keyed = (list: Row[]): KeyedCounts[] =>
    list.map((r) => ({ key: text(r.key), counts: countsOf(r) }));
  const total = rows.total[0] ?? {};
  const n = num(total.n);
  const units: UnitCounts[] = rows.units.map((r) => ({
    key: text(r.key),
    group: text(r.grp),
    counts: countsOf(r),
  }));
  const trace = new Map<string, { counter: string; unit: string; ids: string[] }>();
  for (const r of rows.trace) {
    const k = `${text(r.counter)}\u0000${text(r.unit)}`;
    const entry = trace.get(k) ?? { counter: text(r.counter), unit: text(r.unit), ids: [] };
    entry.ids.push(text(r.id));
    trace.set(k, entry);
  }
  const first = total.first_time;
  const last = total.last_time;
  return {
    counters: resolved.counters.map((r) => r.counter.id),
    rows: n,
    total: n > 0 ? countsOf(total) : new Array<number>(K).fill(0),
    units,
    byType: keyed(rows.types),
    byCategory: rows.categories.map((r) => ({
      key: categoryKey(text(r.col), text(r.key)),
      counts: countsOf(r),
    })),
    byColumn: keyed(rows.columns),
    ...(first !== null && first !== undefined && { firstTime: num(first), lastTime: num(last) }),
    trace: [...trace.values()].map((x) => ({ ...x, ids: x.ids.sort() })),
  };
}
