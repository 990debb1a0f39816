/**
 * The same rules as SQL, for DuckDB (embedded in the command line, for large files and Parquet)
 * and for the database where the tickets already live (PostgreSQL and its compatible descendants,
 * and ClickHouse clusters). The aggregation runs where the data is; only the tally comes back.
 * What differs between the engines is in `sql-dialect.ts`. Each query's rows are turned back into
 * a `TicketTally` by `tallyFromRows`, the same shape the core's engine returns.
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
import { DIALECTS, type Dialect, type SqlDialect } from "./sql-dialect";

export type { SqlDialect } from "./sql-dialect";

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
  /** Those of them that are dates (no time of day): a day's midnight on the log's clock. */
  typedDates?: ReadonlySet<TicketRole> | undefined;
  /** For instants (ClickHouse's DateTime): the seconds their shown clock is ahead of UTC, if fixed. */
  timeOffsets?: Partial<Record<TicketRole, number>> | undefined;
  /**
   * The text columns come dictionary-encoded (Parquet): DuckDB then runs a plain function once per
   * distinct value, so trimming every text time cell (the one text read per row, before grouping)
   * is cheaper than testing its ends first.
   */
  dictionaryText?: boolean | undefined;
}

/** A name as an identifier of PostgreSQL and DuckDB. */
export const quoteIdentifier = DIALECTS.postgres.quoteIdentifier;
/** A text as a literal of PostgreSQL and DuckDB. */
export const quoteText = DIALECTS.postgres.quoteText;

const col = (role: TicketRole) => `r_${role}`;
const raw = (role: TicketRole) => `x_${role}`;
const filledFlag = (role: TicketRole) => `f_${role}`;

/**
 * Values that differ from ticket to ticket: times and the ticket number. A test of one is
 * answered row by row, before the tickets are grouped; every other test is answered once per
 * distinct value, after.
 */
const perTicket = (role: TicketRole) => role === "id" || TICKET_FIELDS[role].kind === "time";

interface ConditionContext {
  has: (r: TicketRole) => boolean;
  cutoff: number | undefined;
  d: Dialect;
  /** A reference to another counter: its column (`b_…`), computed once in an earlier step. */
  counterColumn: (id: string) => string;
  /** A test of a per-ticket value: the name of its 0/1 column, answered before grouping. */
  perTicketTest: (sql: string) => string;
}

/** A condition as a never-NULL boolean. */
function conditionSql(c: Condition, x: ConditionContext): string {
  const sql = (y: Condition) => conditionSql(y, x);
  if ("counter" in c) return x.counterColumn(c.counter);
  if ("all" in c) return c.all.length ? `(${c.all.map(sql).join(" AND ")})` : x.d.yes;
  if ("any" in c) return `(${c.any.map(sql).join(" OR ")})`;
  if ("not" in c) return `(NOT ${sql(c.not)})`;
  if (!x.has(c.field)) return x.d.no;
  const test = leafSql(c, x);
  return perTicket(c.field) && test !== x.d.no ? x.perTicketTest(test) : test;
}

type Leaf = Exclude<
  Condition,
  { counter: string } | { all: unknown } | { any: unknown } | { not: unknown }
>;

/** One test of one field, on the row where that field's value is (`col`; the number trimmed). */
function leafSql(c: Leaf, { has, cutoff, d }: ConditionContext): string {
  const kind = TICKET_FIELDS[c.field].kind;
  const v = c.field === "id" ? d.trim(raw("id")) : col(c.field);
  if ("in" in c) return kind === "text" ? `(${v} IN (${c.in.map(d.quoteText).join(", ")}))` : d.no;
  if ("filled" in c) {
    const filled = kind === "text" ? `${v} <> ''` : `${v} IS NOT NULL`;
    return c.filled ? `(${filled})` : `(NOT (${filled}))`;
  }
  if ("above" in c) return kind === "number" ? `coalesce(${v} > ${c.above}, ${d.no})` : d.no;
  const late = "after" in c;
  const ref = late ? c.after : c.notAfter;
  const shift = (c.hours ?? 0) * 3600;
  if (ref === "cutoff") {
    if (cutoff === undefined) return late ? d.no : `(${v} IS NOT NULL)`;
    const bound = d.timestamp(cutoff + shift);
    return `coalesce(${v} ${late ? ">" : "<="} ${bound}, ${d.no})`;
  }
  if (!has(ref)) return d.no;
  return `coalesce(${v} ${late ? ">" : "<="} ${d.plusSeconds(col(ref), shift)}, ${d.no})`;
}

export interface QueryOptions {
  /**
   * Gather the ticket numbers behind the traced counters (the 核对 sheet). They cost a second
   * pass over the log, ticket by ticket: a command that writes no such sheet leaves them out.
   * ClickHouse never gathers them: a cluster sends back aggregates only.
   */
  traces: boolean;
}

/** One step of the statement: what it selects from the step before (`from`). */
type Step = { name: string; body: (from: string) => string };

/**
 * The steps chained: as CTEs where the engine has them, else (ClickHouse 18) each nested in the
 * next, which also lets the cluster push the first step, the grouping, down to its shards.
 */
function chained(d: Dialect, steps: readonly Step[], last: (from: string) => string): string {
  if (d.name === "clickhouse")
    return last(steps.reduce((inner, step) => `(${step.body(inner)})`, ""));
  const ctes = steps.map((step, i) => `${step.name} AS (${step.body(steps[i - 1]?.name ?? "")})`);
  return `WITH ${ctes.join(",\n")}\n${last(steps[steps.length - 1]?.name ?? "")}`;
}

/**
 * One statement, in two stages. First the log is read once and its tickets grouped by the texts
 * as written (unit, type, category, mode, …) and by the answers of the per-ticket tests (closed
 * in time, within the period): a month of a city's tickets is a few thousand such groups. Then
 * each group's texts are trimmed and tested, each counter becomes a column b_k in steps (a
 * counter built on others reads their columns), weighted by the group's size, and every grouping
 * is made at once (GROUPING SETS, or on ClickHouse each group row dealt to the five groupings:
 * by unit, by type, by column and category, by column, and the total); `tallyFromRows` tells the
 * groupings apart by gu, gt, gc, gk. With traces, the groups that hold a traced count are joined
 * back to the log for their ticket numbers, gathered per unit.
 */
export function ticketQuery(
  resolved: ResolvedRules,
  source: SqlSource,
  dialect: SqlDialect,
  options: QueryOptions = { traces: true },
): string {
  const d = DIALECTS[dialect];
  const roles = (Object.keys(source.columns) as TicketRole[]).filter((r) => source.columns[r]);
  const has = (r: TicketRole) => roles.includes(r);
  const kindOf = (r: TicketRole) => TICKET_FIELDS[r].kind;
  const cutoff = cutoffSeconds(resolved.rules.cutoff);
  const pf = resolved.rules.periodField;

  // Per ticket: the texts and numbers as read, the times as times and whether each was filled.
  const reads = roles.flatMap((role): { sql: string; name: string }[] => {
    const column = source.columns[role] ?? "NULL";
    if (role === "id") return [{ sql: d.text(column), name: raw(role) }];
    // Blank as '' (as it is once trimmed): the first stage's keys then join with plain equality.
    if (kindOf(role) !== "time")
      return [{ sql: `coalesce(${d.text(column)}, '')`, name: raw(role) }];
    if (source.typedTimes?.has(role))
      return [
        {
          sql: d.typedTime(
            column,
            source.typedDates?.has(role) ?? false,
            source.timeOffsets?.[role],
          ),
          name: col(role),
        },
        { sql: d.typedFilled(column), name: filledFlag(role) },
      ];
    const text = d.trimmedTime(column, source.dictionaryText ?? false);
    return [
      { sql: d.time(text), name: col(role) },
      { sql: `${text} <> ''`, name: filledFlag(role) },
    ];
  });
  // Read after the ticket number itself (PostgreSQL's SELECT cannot name its own aliases).
  const idFilled = has("id") ? [{ sql: d.filled(raw("id")), name: filledFlag("id") }] : [];
  const period: string[] = [];
  const { from, to } = periodBounds(resolved.rules);
  if (from !== undefined || to !== undefined) {
    if (!has(pf)) period.push(d.no);
    else {
      period.push(`${col(pf)} IS NOT NULL`);
      if (from !== undefined) period.push(`${col(pf)} >= ${d.timestamp(from)}`);
      if (to !== undefined) period.push(`${col(pf)} <= ${d.timestamp(to)}`);
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
  const periodTime = has(pf) ? col(pf) : d.nullTime;
  const where = period.length ? ` WHERE ${period.join(" AND ")}` : "";
  const keptList = kept.map((k) => (k.sql === k.name ? k.name : `${k.sql} AS ${k.name}`));
  const groupedBy = (names: string) => `${where}${kept.length ? ` GROUP BY ${names}` : ""}`;
  const sizes = ["count(*) AS w", `min(${periodTime}) AS t_min`, `max(${periodTime}) AS t_max`];
  // The log read ticket by ticket: a subquery, not a CTE (read twice with traces, it is then not
  // stored whole in between).
  const aliased = (r: { sql: string; name: string }) => `${r.sql} AS ${r.name}`;
  const readList = reads.map(aliased);
  const log = `(SELECT *${idFilled.map((r) => `, ${aliased(r)}`).join("")} FROM (SELECT ${readList.join(", ") || "1 AS x_none"} FROM ${source.from}) AS cells) AS t`;
  const grouped: Step = {
    name: "s",
    body: () =>
      d.name === "clickhouse"
        ? // One SELECT over the (distributed) table, its reads as WITH aliases, so each shard
          // groups its own tickets and only the groups travel.
          `${reads.length ? `WITH ${[...reads, ...idFilled].map(aliased).join(", ")} ` : ""}SELECT ${[...keptList, ...sizes].join(", ")} FROM ${source.from}${groupedBy(kept.map((k) => k.name).join(", "))}`
        : `SELECT ${[...keptList, ...sizes].join(", ")} FROM ${log}${groupedBy(kept.map((_, i) => i + 1).join(", "))}`,
  };

  const key = (r: TicketRole) => (has(r) ? col(r) : "''");
  const trimmed = (r: TicketRole) => `coalesce(${d.trim(raw(r))}, '')`;
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
    : d.no;
  const counters = resolved.counters.map(({ counter }, k) => {
    if (!counter.sum) return `CASE WHEN b${k} THEN w ELSE 0 END AS m${k}`;
    const n = has(counter.sum) ? col(counter.sum) : "NULL";
    return `CASE WHEN b${k} AND ${n} IS NOT NULL THEN greatest(${n} - ${counter.less ?? 0}, 0) * w ELSE 0 END AS m${k}`;
  });
  /** The second stage, on the groups: values trimmed, tests, counters weighted by the group. */
  const counted = (extra: string): Step[] => {
    const values = roles
      .filter((r) => !perTicket(r))
      .flatMap((r) =>
        kindOf(r) === "number"
          ? [`${trimmed(r)} AS y_${r}`, `${d.number(trimmed(r))} AS ${col(r)}`]
          : [`${trimmed(r)} AS ${col(r)}`],
      );
    return [
      { name: "v", body: (f) => `SELECT *${values.map((x) => `, ${x}`).join("")} FROM ${f}` },
      { name: "l0", body: (f) => `SELECT * FROM ${f} WHERE ${notBlank} AND ${scope}` },
      ...stepTests.map((here, l) => ({
        name: `l${l + 1}`,
        body: (f: string) => `SELECT *, ${here.join(", ")} FROM ${f}`,
      })),
      {
        name: "c",
        body: (f) =>
          `SELECT ${key("unit")} AS g_unit, ${key("type")} AS g_type, ${key("category")} AS g_category, ${key("column")} AS g_column, ${key("group")} AS g_group, t_min, t_max, w${extra}${counters.map((x) => `, ${x}`).join("")} FROM ${f}`,
      },
    ];
  };
  const sums = resolved.counters.map((_, k) => `, ${d.double(`sum(m${k})`)} AS k${k}`).join("");
  const figures = `${d.double("sum(w)")} AS n, ${d.epoch("min(t_min)")} AS first_time, ${d.epoch("max(t_max)")} AS last_time, coalesce(min(${d.bytewise("nullif(g_group, '')")}), '') AS grp${sums}`;
  const tally = (from: string) =>
    d.name === "clickhouse"
      ? // No GROUPING SETS: each group row dealt to the five groupings (a few thousand rows).
        [
          "SELECT if(gs = 0, 0, 1) AS gu, if(gs = 1, 0, 1) AS gt, if(gs IN (2, 3), 0, 1) AS gc, if(gs = 2, 0, 1) AS gk,",
          `e_unit AS g_unit, e_type AS g_type, e_column AS g_column, e_category AS g_category, ${figures}`,
          `FROM (SELECT w, t_min, t_max, g_group${resolved.counters.map((_, k) => `, m${k}`).join("")}, arrayJoin([0, 1, 2, 3, 4]) AS gs, if(gs = 0, g_unit, '') AS e_unit, if(gs = 1, g_type, '') AS e_type, if(gs IN (2, 3), g_column, '') AS e_column, if(gs = 2, g_category, '') AS e_category FROM ${from})`,
          "GROUP BY gs, e_unit, e_type, e_column, e_category",
        ].join("\n")
      : [
          "SELECT GROUPING(g_unit) AS gu, GROUPING(g_type) AS gt, GROUPING(g_column) AS gc, GROUPING(g_category) AS gk,",
          `g_unit, g_type, g_column, g_category, ${figures}`,
          `FROM ${from} GROUP BY GROUPING SETS ((g_unit), (g_type), (g_column, g_category), (g_column), ())`,
        ].join("\n");

  const traced = resolved.rules.traced
    .map((id) => ({ id, k: resolved.counters.findIndex((r) => r.counter.id === id) }))
    .filter((x) => x.k >= 0 && has("id"));
  if (!options.traces || traced.length === 0 || d.name === "clickhouse")
    return chained(d, [grouped, ...counted("")], tally);
  // The numbers behind the traced counts: the groups that hold one, then their tickets, found
  // by reading the log once more and joining on the group's keys.
  const holds = traced.map((x, i) => `m${x.k} > 0 AS h${i}`).join(", ");
  const anyTraced = traced.map((x) => `m${x.k} > 0`).join(" OR ");
  // The keys as the first stage computed them, from the ticket's own columns (t.…).
  const sameGroup = kept
    .map((k) => `${k.sql === k.name ? `t.${k.name}` : k.sql} = tg.${k.name}`)
    .concat(period)
    .join(" AND ");
  const lists = traced.map((_, i) => `, ${d.collect("ticket", `h${i}`)} AS t${i}`).join("");
  const steps: Step[] = [
    grouped,
    ...counted(kept.map((k) => `, ${k.name}`).join("")),
    { name: "g", body: (f) => tally(f) },
    {
      name: "tg",
      body: () =>
        `SELECT ${kept.map((k) => `${k.name}, `).join("")}g_unit AS trace_unit, ${holds} FROM c WHERE ${anyTraced}`,
    },
    {
      name: "tt",
      body: () =>
        `SELECT tg.*, ${d.trim(`t.${raw("id")}`)} AS ticket FROM ${log} JOIN tg ON ${sameGroup || d.yes}`,
    },
    { name: "traces", body: () => `SELECT trace_unit${lists} FROM tt GROUP BY trace_unit` },
  ];
  return chained(
    d,
    steps,
    () =>
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
