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
import type { ResolvedRules } from "./resolve-rules";
import { counterRefs, type Condition } from "./ticket-rules";
import { TICKET_FIELDS, type TicketRole } from "./ticket-fields";
import { categoryKey, type TicketTally } from "./tally";
import { cutoffSeconds, periodBounds } from "./tally-log";
import { TRIMMED } from "./ticket-log";

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
  /**
   * The text columns come dictionary-encoded (Parquet): DuckDB then runs a plain function once per
   * distinct value, so trimming every cell is cheaper than testing its ends first.
   */
  dictionaryText?: boolean | undefined;
}

export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function quoteText(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** The characters the core trims (ticket-log.ts), one by one and as one SQL string. */
const TRIMMED_CHARS = [...TRIMMED];
const TRIM_CHARS = `(${TRIMMED_CHARS.map((ch) => `chr(${ch.codePointAt(0) ?? 32})`).join(" || ")})`;

function textOf(column: string, d: SqlDialect, dictionary = false): string {
  if (d === "postgres") return `coalesce(btrim(CAST(${column} AS TEXT), ${TRIM_CHARS}), '')`;
  if (dictionary) return `coalesce(trim(CAST(${column} AS VARCHAR), ${TRIM_CHARS}), '')`;
  // DuckDB's trim is costly on millions of cells: only a text with such an end is trimmed, and
  // LIKE on its ends is the cheapest test there (a regular expression costs three times as much).
  const v = `CAST(${column} AS VARCHAR)`;
  const padded = TRIMMED_CHARS.flatMap((ch) => [
    `${v} LIKE ${quoteText(`${ch}%`)}`,
    `${v} LIKE ${quoteText(`%${ch}`)}`,
  ]).join(" OR ");
  return `CASE WHEN ${padded} THEN trim(${v}, ${TRIM_CHARS}) ELSE coalesce(${v}, '') END`;
}

function numberOf(text: string, d: SqlDialect): string {
  return d === "duckdb"
    ? `CASE WHEN regexp_full_match(${text}, '-?[0-9]+([.][0-9]+)?') THEN CAST(${text} AS DOUBLE) END`
    : `CASE WHEN ${text} ~ '^-?[0-9]+([.][0-9]+)?$' THEN CAST(${text} AS DOUBLE PRECISION) END`;
}

/** The text time forms of ticket-time.ts, as one regular expression with six groups. */
const TIME_PATTERN =
  "^([0-9]{4})[-/.年]([0-9]{1,2})[-/.月]([0-9]{1,2})日?(?:[ T]+([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:[.][0-9]+)?)?)?(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)?$";

/** The shape most platforms export, read by the engine's own cast (far faster than the groups). */
const ISO_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$";

function timeOf(text: string, d: SqlDialect): string {
  // Whitespace runs are one space, as the core reads them.
  const t = `regexp_replace(${text}, '[ \\t\\r\\n\\f\\v]+', ' ', 'g')`;
  if (d === "duckdb") {
    const g = (i: number) => `regexp_extract(${t}, '${TIME_PATTERN}', ${i})`;
    const n = (i: number, fallback = "0") =>
      `CAST(coalesce(nullif(${g(i)}, ''), '${fallback}') AS INTEGER)`;
    // try_cast gives NULL for 2022-02-31 or 25:00, as the core's round trip does.
    const general = `CASE WHEN regexp_full_match(${t}, '${TIME_PATTERN}') THEN try_cast(printf('%04d-%02d-%02d %02d:%02d:%02d', ${n(1)}, ${n(2)}, ${n(3)}, ${n(4)}, ${n(5)}, ${n(6)}) AS TIMESTAMP) END`;
    return `CASE WHEN regexp_full_match(${text}, '${ISO_PATTERN}') THEN try_cast(${text} AS TIMESTAMP) ELSE ${general} END`;
  }
  const m = `regexp_match(${t}, '${TIME_PATTERN}')`;
  const part = (i: number) => `CAST(coalesce(nullif((${m})[${i}], ''), '0') AS INTEGER)`;
  const y = part(1);
  const mo = part(2);
  const day = part(3);
  const lastDay = `EXTRACT(DAY FROM (make_date(${y}, ${mo}, 1) + INTERVAL '1 month' - INTERVAL '1 day'))`;
  // Nested CASEs: PostgreSQL evaluates a CASE's branches in order, so make_date never sees month 13.
  const general = `CASE WHEN ${t} ~ '${TIME_PATTERN}' THEN CASE WHEN ${mo} BETWEEN 1 AND 12 AND ${part(4)} < 24 AND ${part(5)} < 60 AND ${part(6)} < 60 THEN CASE WHEN ${day} BETWEEN 1 AND ${lastDay} THEN make_timestamp(${y}, ${mo}, ${day}, ${part(4)}, ${part(5)}, ${part(6)}) END END END`;
  return general;
}

/** A time of the log's clock as a literal both dialects read. */
function timestampLiteral(seconds: number): string {
  return `TIMESTAMP '${new Date(seconds * 1000).toISOString().slice(0, 19).replace("T", " ")}'`;
}

function plusSeconds(expr: string, seconds: number, d: SqlDialect): string {
  if (seconds === 0) return expr;
  return d === "duckdb"
    ? `(${expr} + to_seconds(CAST(${seconds} AS DOUBLE)))`
    : `(${expr} + make_interval(secs => ${seconds}))`;
}

const col = (role: TicketRole) => `r_${role}`;
const raw = (role: TicketRole) => `x_${role}`;

function trimOf(text: string, d: SqlDialect): string {
  return d === "postgres" ? `btrim(${text}, ${TRIM_CHARS})` : `trim(${text}, ${TRIM_CHARS})`;
}

/**
 * The ticket number is read untrimmed (`x_id`) and trimmed only where it is used: every cell is a
 * different text, so trimming them all costs more than the rest of the count (1.2 s of 10 M).
 */
const idValue = (d: SqlDialect) => trimOf(raw("id"), d);

/**
 * A condition as a never-NULL boolean. A reference to another counter is its column (`b_…`),
 * computed once in an earlier step, not its definition again.
 */
function conditionSql(
  c: Condition,
  has: (r: TicketRole) => boolean,
  cutoff: number | undefined,
  d: SqlDialect,
  counterColumn: (id: string) => string = () => "FALSE",
): string {
  const sql = (x: Condition) => conditionSql(x, has, cutoff, d, counterColumn);
  if ("counter" in c) return counterColumn(c.counter);
  if ("all" in c) return c.all.length ? `(${c.all.map(sql).join(" AND ")})` : "TRUE";
  if ("any" in c) return `(${c.any.map(sql).join(" OR ")})`;
  if ("not" in c) return `(NOT ${sql(c.not)})`;
  if (!has(c.field)) return "FALSE";
  const kind = TICKET_FIELDS[c.field].kind;
  const v = c.field === "id" ? idValue(d) : col(c.field);
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
    const bound = timestampLiteral(cutoff + shift);
    return `coalesce(${v} ${late ? ">" : "<="} ${bound}, FALSE)`;
  }
  if (!has(ref)) return "FALSE";
  return `coalesce(${v} ${late ? ">" : "<="} ${plusSeconds(col(ref), shift, d)}, FALSE)`;
}

/**
 * One statement reads the log once: the roles parsed, the tickets in scope, one 0/1 (or summed)
 * value per counter, then every grouping at once (GROUPING SETS: by unit, by type, by column and
 * category, by column, and the total), with the ticket numbers behind the traced counters gathered
 * per unit in the same pass. `tallyFromRows` tells the sets apart by GROUPING().
 */
/** The SQL for one log: a CTE reading the roles once, the scoped tickets, then one query per grouping. */
export function ticketQuery(resolved: ResolvedRules, source: SqlSource, d: SqlDialect): string {
  const roles = (Object.keys(source.columns) as TicketRole[]).filter((r) => source.columns[r]);
  const has = (r: TicketRole) => roles.includes(r);
  const reads = roles.flatMap((role) => {
    const column = source.columns[role] ?? "NULL";
    const kind = TICKET_FIELDS[role].kind;
    if (role === "id")
      return [
        `coalesce(CAST(${column} AS ${d === "duckdb" ? "VARCHAR" : "TEXT"}), '') AS ${raw(role)}`,
      ];
    const text = textOf(column, d, source.dictionaryText);
    const typed =
      kind === "text"
        ? text
        : kind === "number"
          ? numberOf(text, d)
          : source.typedTimes?.has(role)
            ? `CAST(${column} AS TIMESTAMP)`
            : timeOf(text, d);
    // A text column is its own raw text: read once.
    return kind === "text"
      ? [`${text} AS ${col(role)}`]
      : [`${text} AS ${raw(role)}`, `${typed} AS ${col(role)}`];
  });
  const cutoff = cutoffSeconds(resolved.rules.cutoff);
  const rawOf = (r: TicketRole) => (TICKET_FIELDS[r].kind === "text" ? col(r) : raw(r));
  // The ticket number last: its trim is then needed only for a row blank everywhere else.
  const blankTests = roles
    .filter((r) => r !== "id")
    .map((r) => `${rawOf(r)} <> ''`)
    .concat(has("id") ? [`(${raw("id")} <> '' AND ${idValue(d)} <> '')`] : []);
  const notBlank = blankTests.length ? `(${blankTests.join(" OR ")})` : "FALSE";
  const period: string[] = [];
  const pf = resolved.rules.periodField;
  // The same bounds the core's engine uses: the first day's first second, the last day's last.
  const { from, to } = periodBounds(resolved.rules);
  if (from !== undefined || to !== undefined) {
    if (!has(pf)) period.push("FALSE");
    else {
      period.push(`${col(pf)} IS NOT NULL`);
      if (from !== undefined) period.push(`${col(pf)} >= ${timestampLiteral(from)}`);
      if (to !== undefined) period.push(`${col(pf)} <= ${timestampLiteral(to)}`);
    }
  }
  const scope = [notBlank, conditionSql(resolved.scope, has, cutoff, d), ...period].join(" AND ");
  const key = (r: TicketRole) => (has(r) ? col(r) : "''");
  // Each counter's test once, as a column b_k, in steps: a counter built on others (已办结 on
  // 转部门办理) reads their columns from the step before instead of repeating their definitions.
  const index = new Map(resolved.counters.map((r, k) => [r.counter.id, k]));
  const level: number[] = [];
  resolved.counters.forEach((r, k) => {
    const refs = counterRefs(r.condition);
    level[k] = refs.length ? 1 + Math.max(...refs.map((id) => level[index.get(id) ?? 0] ?? 0)) : 0;
  });
  const bColumn = (id: string) => `b${index.get(id) ?? 0}`;
  const steps: string[] = [];
  const top = Math.max(-1, ...level);
  for (let l = 0; l <= top; l++) {
    const here = resolved.counters
      .map((r, k) => ({ r, k }))
      .filter(({ k }) => level[k] === l)
      .map(({ r, k }) => `${conditionSql(r.condition, has, cutoff, d, bColumn)} AS b${k}`);
    steps.push(`l${l + 1} AS (SELECT *, ${here.join(", ")} FROM l${l}),`);
  }
  const counters = resolved.counters.map(({ counter }, k) => {
    if (!counter.sum) return `CASE WHEN b${k} THEN 1 ELSE 0 END AS k${k}`;
    const n = has(counter.sum) ? col(counter.sum) : "NULL";
    return `CASE WHEN b${k} AND ${n} IS NOT NULL THEN greatest(${n} - ${counter.less ?? 0}, 0) ELSE 0 END AS k${k}`;
  });
  const periodTime = has(pf) ? col(pf) : "NULL";
  const epoch = (e: string) => (d === "duckdb" ? `epoch(${e})` : `EXTRACT(EPOCH FROM ${e})`);
  const binary = (e: string) => (d === "postgres" ? `${e} COLLATE "C"` : e);
  const collect = (e: string) => (d === "duckdb" ? `list(${e})` : `array_agg(${e})`);
  const traced = resolved.rules.traced
    .map((id) => ({ id, k: resolved.counters.findIndex((r) => r.counter.id === id) }))
    .filter((x) => x.k >= 0 && has("id"));
  // Ticket numbers are carried only where a traced counter holds: the rest need none.
  const anyTraced = traced.length ? traced.map((x) => `k${x.k} > 0`).join(" OR ") : "FALSE";
  const sums = resolved.counters
    .map((_, k) => `, CAST(sum(k${k}) AS DOUBLE PRECISION) AS k${k}`)
    .join("");
  const lists = traced
    .map((x, i) => `, ${collect("g_id")} FILTER (WHERE k${x.k} > 0) AS t${i}`)
    .join("");
  return [
    `WITH t AS (SELECT ${reads.join(", ") || "1 AS x_none"} FROM ${source.from}),`,
    `l0 AS (SELECT * FROM t WHERE ${scope}),`,
    ...steps,
    `c AS (SELECT ${key("unit")} AS g_unit, ${key("type")} AS g_type, ${key("category")} AS g_category, ${key("column")} AS g_column, ${key("group")} AS g_group, ${periodTime} AS g_time, ${has("id") ? raw("id") : "NULL"} AS g_number${counters.map((x) => `, ${x}`).join("")} FROM l${top + 1}),`,
    `d AS (SELECT *, CASE WHEN ${anyTraced} THEN ${trimOf("g_number", d)} END AS g_id FROM c)`,
    "SELECT GROUPING(g_unit) AS gu, GROUPING(g_type) AS gt, GROUPING(g_column) AS gc, GROUPING(g_category) AS gk,",
    `g_unit, g_type, g_column, g_category, count(*) AS n, ${epoch("min(g_time)")} AS first_time, ${epoch("max(g_time)")} AS last_time,`,
    `coalesce(min(${binary("nullif(g_group, '')")}), '') AS grp${sums}${lists}`,
    "FROM d GROUP BY GROUPING SETS ((g_unit), (g_type), (g_column, g_category), (g_column), ())",
  ].join("\n");
}

type Row = Record<string, unknown>;

const num = (v: unknown): number => {
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return Number(v);
  if (typeof v === "string" && v.trim() !== "") return Number(v);
  return 0;
};
const text = (v: unknown): string => (v === null || v === undefined ? "" : String(v));

/** An engine's list (PostgreSQL's array, DuckDB's list as an array) of ticket numbers. */
function idsOf(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x) => x !== null && x !== undefined).map(String) : [];
}

/** The rows of `ticketQuery` back into the tally the core's engine makes. */
export function tallyFromRows(resolved: ResolvedRules, rows: readonly Row[]): TicketTally {
  const K = resolved.counters.length;
  const countsOf = (r: Row) => Array.from({ length: K }, (_, k) => num(r[`k${k}`]));
  const traced = resolved.rules.traced.filter((id) =>
    resolved.counters.some((r) => r.counter.id === id),
  );
  const tally: TicketTally = {
    counters: resolved.counters.map((r) => r.counter.id),
    rows: 0,
    total: new Array<number>(K).fill(0),
    units: [],
    byType: [],
    byCategory: [],
    byColumn: [],
    trace: [],
  };
  for (const r of rows) {
    const unitSet = num(r.gu) === 0;
    const typeSet = num(r.gt) === 0;
    const columnSet = num(r.gc) === 0;
    const categorySet = num(r.gk) === 0;
    if (unitSet) {
      const unit = text(r.g_unit);
      tally.units.push({ key: unit, group: text(r.grp), counts: countsOf(r) });
      traced.forEach((counter, i) => {
        const ids = idsOf(r[`t${i}`]);
        if (ids.length) tally.trace.push({ counter, unit, ids: ids.sort() });
      });
    } else if (typeSet) tally.byType.push({ key: text(r.g_type), counts: countsOf(r) });
    else if (columnSet && categorySet)
      tally.byCategory.push({
        key: categoryKey(text(r.g_column), text(r.g_category)),
        counts: countsOf(r),
      });
    else if (columnSet) tally.byColumn.push({ key: text(r.g_column), counts: countsOf(r) });
    else {
      tally.rows = num(r.n);
      if (tally.rows > 0) tally.total = countsOf(r);
      if (r.first_time !== null && r.first_time !== undefined) {
        tally.firstTime = num(r.first_time);
        tally.lastTime = num(r.last_time);
      }
    }
  }
  return tally;
}
