/**
 * The same rules as SQL, for DuckDB (embedded in the command line, for large files and Parquet)
 * and for the database where the tickets already live (PostgreSQL and its compatible descendants).
 * The aggregation runs where the data is; only the tally comes back. Each query's rows are turned
 * back into a `TicketTally` by `tallyFromRows`, the same shape the core's engine returns.
 *
 * Two stages, because a log has millions of tickets but few distinct ones: the first reads the log
 * once, parses the times and evaluates every test of a per-ticket value (a time, the ticket number),
 * then groups tickets alike in everything the rules read, counting each group (`w`); the second
 * trims, counts and sums over those groups, each weighted by its size. With traces, the groups that
 * hold a traced count are joined back to the log for their ticket numbers (a second read of the log,
 * and only of those rows' keys); `govrank tickets`, which writes no 核对 sheet, skips it.
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
   * distinct value, so trimming every text time cell (the one text read per row, before grouping)
   * is cheaper than testing its ends first.
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

/** A text time column trimmed per row: times are parsed before alike tickets are grouped. */
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
const filledFlag = (role: TicketRole) => `f_${role}`;

function trimOf(text: string, d: SqlDialect): string {
  return d === "postgres" ? `btrim(${text}, ${TRIM_CHARS})` : `trim(${text}, ${TRIM_CHARS})`;
}

const asText = (column: string, d: SqlDialect) =>
  `CAST(${column} AS ${d === "duckdb" ? "VARCHAR" : "TEXT"})`;

/**
 * Whether a text that differs in every row (the ticket number) is not blank, without trimming
 * every one: a text whose first character is not a trimmed one is filled (trimming 10 M ticket
 * numbers costs more than the rest of the count).
 */
function filledText(text: string, d: SqlDialect): string {
  if (d === "postgres") return `coalesce(${trimOf(text, d)}, '') <> ''`;
  const padded = TRIMMED_CHARS.map((ch) => `${text} LIKE ${quoteText(`${ch}%`)}`).join(" OR ");
  return `CASE WHEN ${text} IS NULL OR ${text} = '' THEN FALSE WHEN ${padded} THEN ${trimOf(text, d)} <> '' ELSE TRUE END`;
}

/**
 * Values that differ from ticket to ticket: times and the ticket number. A test of one is
 * answered row by row, before the tickets are grouped; every other test is answered once per
 * distinct value, after.
 */
const perTicket = (role: TicketRole) => role === "id" || TICKET_FIELDS[role].kind === "time";

interface ConditionContext {
  has: (r: TicketRole) => boolean;
  cutoff: number | undefined;
  d: SqlDialect;
  /** A reference to another counter: its column (`b_…`), computed once in an earlier step. */
  counterColumn: (id: string) => string;
  /** A test of a per-ticket value: the name of its 0/1 column, answered before grouping. */
  perTicketTest: (sql: string) => string;
}

/** A condition as a never-NULL boolean. */
function conditionSql(c: Condition, x: ConditionContext): string {
  const sql = (y: Condition) => conditionSql(y, x);
  if ("counter" in c) return x.counterColumn(c.counter);
  if ("all" in c) return c.all.length ? `(${c.all.map(sql).join(" AND ")})` : "TRUE";
  if ("any" in c) return `(${c.any.map(sql).join(" OR ")})`;
  if ("not" in c) return `(NOT ${sql(c.not)})`;
  if (!x.has(c.field)) return "FALSE";
  const test = leafSql(c, x);
  return perTicket(c.field) && test !== "FALSE" ? x.perTicketTest(test) : test;
}

type Leaf = Exclude<
  Condition,
  { counter: string } | { all: unknown } | { any: unknown } | { not: unknown }
>;

/** One test of one field, on the row where that field's value is (`col`; the number trimmed). */
function leafSql(c: Leaf, { has, cutoff, d }: ConditionContext): string {
  const kind = TICKET_FIELDS[c.field].kind;
  const v = c.field === "id" ? trimOf(raw("id"), d) : col(c.field);
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

export interface QueryOptions {
  /**
   * Gather the ticket numbers behind the traced counters (the 核对 sheet). They cost a second
   * pass over the log, ticket by ticket: a command that writes no such sheet leaves them out.
   */
  traces: boolean;
}

/**
 * One statement, in two stages. First the log is read once and its tickets grouped by the texts
 * as written (unit, type, category, mode, …) and by the answers of the per-ticket tests (closed
 * in time, within the period): a month of a city's tickets is a few thousand such groups. Then
 * each group's texts are trimmed and tested, each counter becomes a column b_k in steps (a
 * counter built on others reads their columns), weighted by the group's size, and every grouping
 * is made at once (GROUPING SETS: by unit, by type, by column and category, by column, and the
 * total); `tallyFromRows` tells the sets apart by GROUPING(). With traces, the same tests run
 * once more ticket by ticket for the numbers behind the traced counters, gathered per unit.
 */
export function ticketQuery(
  resolved: ResolvedRules,
  source: SqlSource,
  d: SqlDialect,
  options: QueryOptions = { traces: true },
): string {
  const roles = (Object.keys(source.columns) as TicketRole[]).filter((r) => source.columns[r]);
  const has = (r: TicketRole) => roles.includes(r);
  const kindOf = (r: TicketRole) => TICKET_FIELDS[r].kind;
  const cutoff = cutoffSeconds(resolved.rules.cutoff);
  const pf = resolved.rules.periodField;

  // Per ticket: the texts and numbers as read, the times as times and whether each was filled.
  const reads = roles.flatMap((role) => {
    const column = source.columns[role] ?? "NULL";
    if (role === "id") return [`${asText(column, d)} AS ${raw(role)}`];
    // Blank as '' (as it is once trimmed): the first stage's keys then join with plain equality.
    if (kindOf(role) !== "time") return [`coalesce(${asText(column, d)}, '') AS ${raw(role)}`];
    if (source.typedTimes?.has(role))
      return [
        `CAST(${column} AS TIMESTAMP) AS ${col(role)}`,
        `${column} IS NOT NULL AS ${filledFlag(role)}`,
      ];
    const text = textOf(column, d, source.dictionaryText);
    return [`${timeOf(text, d)} AS ${col(role)}`, `${text} <> '' AS ${filledFlag(role)}`];
  });
  const period: string[] = [];
  const { from, to } = periodBounds(resolved.rules);
  if (from !== undefined || to !== undefined) {
    if (!has(pf)) period.push("FALSE");
    else {
      period.push(`${col(pf)} IS NOT NULL`);
      if (from !== undefined) period.push(`${col(pf)} >= ${timestampLiteral(from)}`);
      if (to !== undefined) period.push(`${col(pf)} <= ${timestampLiteral(to)}`);
    }
  }

  // The tests of per-ticket values the rules make, each a column a_k of the first stage.
  const tests: string[] = [];
  const perTicketTest = (sql: string) => {
    const at = tests.indexOf(sql) < 0 ? tests.push(sql) - 1 : tests.indexOf(sql);
    return `a${at}`;
  };
  const index = new Map(resolved.counters.map((r, k) => [r.counter.id, k]));
  const context: ConditionContext = {
    has,
    cutoff,
    d,
    counterColumn: (id) => `b${index.get(id) ?? 0}`,
    perTicketTest,
  };
  const scope = conditionSql(resolved.scope, context);
  const level: number[] = [];
  resolved.counters.forEach((r, k) => {
    const refs = counterRefs(r.condition);
    level[k] = refs.length ? 1 + Math.max(...refs.map((id) => level[index.get(id) ?? 0] ?? 0)) : 0;
  });
  const top = Math.max(-1, ...level);
  const stepTests: string[][] = [];
  for (let l = 0; l <= top; l++)
    stepTests.push(
      resolved.counters
        .map((r, k) => ({ r, k }))
        .filter(({ k }) => level[k] === l)
        .map(({ r, k }) => `${conditionSql(r.condition, context)} AS b${k}`),
    );

  // What the first stage keeps of a ticket, and groups by: the texts as read, the filled flags,
  // the per-ticket tests.
  const kept = [
    ...roles.filter((r) => !perTicket(r)).map((r) => ({ name: raw(r), sql: raw(r) })),
    ...roles.filter(perTicket).map((r) => ({ name: filledFlag(r), sql: filledFlag(r) })),
    ...tests.map((sql, k) => ({ name: `a${k}`, sql })),
  ];
  const periodTime = has(pf) ? col(pf) : "CAST(NULL AS TIMESTAMP)";
  const idFilled = has("id") ? [`${filledText(raw("id"), d)} AS ${filledFlag("id")}`] : [];
  // The log read ticket by ticket (a subquery, not a CTE: read twice with traces, it is then not
  // stored whole in between).
  const log = `(SELECT *${idFilled.map((x) => `, ${x}`).join("")} FROM (SELECT ${reads.join(", ") || "1 AS x_none"} FROM ${source.from}) AS cells) AS t`;
  const where = period.length ? ` WHERE ${period.join(" AND ")}` : "";
  const grouped = `s AS (SELECT ${[...kept.map((k) => (k.sql === k.name ? k.name : `${k.sql} AS ${k.name}`)), "count(*) AS w", `min(${periodTime}) AS t_min`, `max(${periodTime}) AS t_max`].join(", ")} FROM ${log}${where}${kept.length ? ` GROUP BY ${kept.map((_, i) => i + 1).join(", ")}` : ""})`;

  const key = (r: TicketRole) => (has(r) ? col(r) : "''");
  const trimmed = (r: TicketRole) => `coalesce(${trimOf(raw(r), d)}, '')`;
  const notBlank = roles.length
    ? `(${roles
        .map((r) =>
          perTicket(r)
            ? filledFlag(r)
            : kindOf(r) === "number"
              ? `y_${r} <> ''`
              : `${col(r)} <> ''`,
        )
        .join(" OR ")})`
    : "FALSE";
  const counters = resolved.counters.map(({ counter }, k) => {
    if (!counter.sum) return `CASE WHEN b${k} THEN w ELSE 0 END AS k${k}`;
    const n = has(counter.sum) ? col(counter.sum) : "NULL";
    return `CASE WHEN b${k} AND ${n} IS NOT NULL THEN greatest(${n} - ${counter.less ?? 0}, 0) * w ELSE 0 END AS k${k}`;
  });
  /** The second stage, on the groups: values trimmed, tests, counters weighted by the group. */
  const counted = (extra: string) => {
    const values = roles
      .filter((r) => !perTicket(r))
      .flatMap((r) =>
        kindOf(r) === "number"
          ? [`${trimmed(r)} AS y_${r}`, `${numberOf(trimmed(r), d)} AS ${col(r)}`]
          : [`${trimmed(r)} AS ${col(r)}`],
      );
    return [
      `v AS (SELECT *${values.map((x) => `, ${x}`).join("")} FROM s)`,
      `l0 AS (SELECT * FROM v WHERE ${notBlank} AND ${scope})`,
      ...stepTests.map((here, l) => `l${l + 1} AS (SELECT *, ${here.join(", ")} FROM l${l})`),
      `c AS (SELECT ${key("unit")} AS g_unit, ${key("type")} AS g_type, ${key("category")} AS g_category, ${key("column")} AS g_column, ${key("group")} AS g_group, t_min, t_max, w${extra}${counters.map((x) => `, ${x}`).join("")} FROM l${top + 1})`,
    ];
  };
  const epoch = (e: string) => (d === "duckdb" ? `epoch(${e})` : `EXTRACT(EPOCH FROM ${e})`);
  const binary = (e: string) => (d === "postgres" ? `${e} COLLATE "C"` : e);
  const sums = resolved.counters
    .map((_, k) => `, CAST(sum(k${k}) AS DOUBLE PRECISION) AS k${k}`)
    .join("");
  const tally = [
    "SELECT GROUPING(g_unit) AS gu, GROUPING(g_type) AS gt, GROUPING(g_column) AS gc, GROUPING(g_category) AS gk,",
    `g_unit, g_type, g_column, g_category, CAST(sum(w) AS DOUBLE PRECISION) AS n, ${epoch("min(t_min)")} AS first_time, ${epoch("max(t_max)")} AS last_time,`,
    `coalesce(min(${binary("nullif(g_group, '')")}), '') AS grp${sums}`,
    "FROM c GROUP BY GROUPING SETS ((g_unit), (g_type), (g_column, g_category), (g_column), ())",
  ].join("\n");

  const traced = resolved.rules.traced
    .map((id) => ({ id, k: resolved.counters.findIndex((r) => r.counter.id === id) }))
    .filter((x) => x.k >= 0 && has("id"));
  const statement = (ctes: string[], select: string) => `WITH ${ctes.join(",\n")}\n${select}`;
  if (!options.traces || traced.length === 0) return statement([grouped, ...counted("")], tally);
  // The numbers behind the traced counts: the groups that hold one, then their tickets, found
  // by reading the log once more and joining on the group's keys.
  const collect = (e: string) => (d === "duckdb" ? `list(${e})` : `array_agg(${e})`);
  const holds = traced.map((x, i) => `k${x.k} > 0 AS h${i}`).join(", ");
  const anyTraced = traced.map((x) => `k${x.k} > 0`).join(" OR ");
  // The keys as the first stage computed them, from the ticket's own columns (t.…).
  const sameGroup = kept
    .map((k) => `${k.sql === k.name ? `t.${k.name}` : k.sql} = tg.${k.name}`)
    .concat(period)
    .join(" AND ");
  const lists = traced
    .map((_, i) => `, ${collect("ticket")} FILTER (WHERE h${i}) AS t${i}`)
    .join("");
  return statement(
    [
      grouped,
      ...counted(kept.map((k) => `, ${k.name}`).join("")),
      `g AS (${tally})`,
      `tg AS (SELECT ${kept.map((k) => `${k.name}, `).join("")}g_unit AS trace_unit, ${holds} FROM c WHERE ${anyTraced})`,
      `tt AS (SELECT tg.*, ${trimOf(`t.${raw("id")}`, d)} AS ticket FROM ${log} JOIN tg ON ${sameGroup || "TRUE"})`,
      `traces AS (SELECT trace_unit${lists} FROM tt GROUP BY trace_unit)`,
    ],
    `SELECT g.*${traced.map((_, i) => `, traces.t${i}`).join("")} FROM g LEFT JOIN traces ON g.gu = 0 AND g.g_unit = traces.trace_unit`,
  );
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
