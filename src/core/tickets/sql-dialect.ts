/**
 * What differs between the SQL engines govrank counts on, in one place: DuckDB (embedded in the
 * command line), PostgreSQL (and its compatible warehouses) and ClickHouse (a distributed columnar
 * cluster; written for the oldest still shipped, Debian's 18.16, which has no CTEs, no GROUPING SETS,
 * no TRUE/FALSE and no trim). `ticket-sql.ts` builds one statement from the rules with these.
 *
 * Every function keeps the core's meaning: texts trimmed of the same characters (ticket-log.ts),
 * numbers only when they look like one, times only in the forms ticket-time.ts reads and only when
 * the day and the hour exist, on the log's own clock (seconds as if it were UTC).
 */
import { TRIMMED } from "./ticket-log";

export type SqlDialect = "duckdb" | "postgres" | "clickhouse";

export interface Dialect {
  name: SqlDialect;
  /** Boolean literals (ClickHouse 18 has none: 1 and 0). */
  yes: string;
  no: string;
  quoteText(text: string): string;
  quoteIdentifier(name: string): string;
  /** Any column as text (NULL stays NULL). */
  text(column: string): string;
  /** Trimmed of the core's characters (NULL stays NULL). */
  trim(text: string): string;
  /** A trimmed text column read once per row, for parsing a time from it. */
  trimmedTime(column: string, dictionary: boolean): string;
  /** Whether a text that differs in every row (the ticket number) is filled, cheaply. */
  filled(text: string): string;
  /** The number a trimmed text writes, else NULL. */
  number(text: string): string;
  /** The time a trimmed text writes, else NULL. */
  time(text: string): string;
  /**
   * A column the database already types as a time (or a date), on the log's clock; `offset`, the
   * seconds its zone is ahead of UTC where that is fixed (ClickHouse's instants).
   */
  typedTime(column: string, date: boolean, offset?: number): string;
  /** Whether such a column holds a time. */
  typedFilled(column: string): string;
  /** A time of the log's clock as a literal. */
  timestamp(seconds: number): string;
  plusSeconds(time: string, seconds: number): string;
  /** A time back to seconds. */
  epoch(time: string): string;
  nullTime: string;
  double(expr: string): string;
  /** Comparison by bytes, as the core's `<` on strings (PostgreSQL's collations differ). */
  bytewise(expr: string): string;
  /** The values of `expr` where `where` holds, as one list per group. */
  collect(expr: string, where: string): string;
}

/** The characters the core trims, one by one and as one SQL string. */
const TRIMMED_CHARS = [...TRIMMED];
const TRIM_CHARS = `(${TRIMMED_CHARS.map((ch) => `chr(${ch.codePointAt(0) ?? 32})`).join(" || ")})`;

const standardQuote = (text: string) => `'${text.replace(/'/g, "''")}'`;
const standardIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The text time forms of ticket-time.ts, as one regular expression with six groups. */
export const TIME_PATTERN =
  "^([0-9]{4})[-/.年]([0-9]{1,2})[-/.月]([0-9]{1,2})日?(?:[ T]+([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:[.][0-9]+)?)?)?(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)?$";

/** The shape most platforms export, read by the engine's own cast (far faster than the groups). */
const ISO_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$";
const NUMBER_PATTERN = "^-?[0-9]+([.][0-9]+)?$";

/** Whitespace runs are one space inside a time, as the core reads them. */
const spaced = (text: string) => `regexp_replace(${text}, '[ \\t\\r\\n\\f\\v]+', ' ', 'g')`;

const literalTime = (seconds: number) =>
  new Date(seconds * 1000).toISOString().slice(0, 19).replace("T", " ");

const duckdb: Dialect = {
  name: "duckdb",
  yes: "TRUE",
  no: "FALSE",
  quoteText: standardQuote,
  quoteIdentifier: standardIdentifier,
  text: (column) => `CAST(${column} AS VARCHAR)`,
  trim: (text) => `trim(${text}, ${TRIM_CHARS})`,
  trimmedTime(column, dictionary) {
    const v = `CAST(${column} AS VARCHAR)`;
    // Dictionary-encoded text (Parquet) runs a plain function once per distinct value.
    if (dictionary) return `coalesce(trim(${v}, ${TRIM_CHARS}), '')`;
    // DuckDB's trim is costly on millions of cells: only a text with such an end is trimmed, and
    // LIKE on its ends is the cheapest test there (a regular expression costs three times as much).
    const padded = TRIMMED_CHARS.flatMap((ch) => [
      `${v} LIKE ${standardQuote(`${ch}%`)}`,
      `${v} LIKE ${standardQuote(`%${ch}`)}`,
    ]).join(" OR ");
    return `CASE WHEN ${padded} THEN trim(${v}, ${TRIM_CHARS}) ELSE coalesce(${v}, '') END`;
  },
  filled(text) {
    // Trimming 10 M ticket numbers costs more than the rest of the count: only padded ones are.
    const padded = TRIMMED_CHARS.map((ch) => `${text} LIKE ${standardQuote(`${ch}%`)}`).join(
      " OR ",
    );
    return `CASE WHEN ${text} IS NULL OR ${text} = '' THEN FALSE WHEN ${padded} THEN trim(${text}, ${TRIM_CHARS}) <> '' ELSE TRUE END`;
  },
  number: (text) =>
    `CASE WHEN regexp_full_match(${text}, '-?[0-9]+([.][0-9]+)?') THEN CAST(${text} AS DOUBLE) END`,
  time(text) {
    const t = spaced(text);
    const g = (i: number) => `regexp_extract(${t}, '${TIME_PATTERN}', ${i})`;
    const n = (i: number) => `CAST(coalesce(nullif(${g(i)}, ''), '0') AS INTEGER)`;
    // try_cast gives NULL for 2022-02-31 or 25:00, as the core's round trip does.
    const general = `CASE WHEN regexp_full_match(${t}, '${TIME_PATTERN}') THEN try_cast(printf('%04d-%02d-%02d %02d:%02d:%02d', ${n(1)}, ${n(2)}, ${n(3)}, ${n(4)}, ${n(5)}, ${n(6)}) AS TIMESTAMP) END`;
    return `CASE WHEN regexp_full_match(${text}, '${ISO_PATTERN}') THEN try_cast(${text} AS TIMESTAMP) ELSE ${general} END`;
  },
  typedTime: (column) => `CAST(${column} AS TIMESTAMP)`,
  typedFilled: (column) => `${column} IS NOT NULL`,
  timestamp: (seconds) => `TIMESTAMP '${literalTime(seconds)}'`,
  plusSeconds: (time, seconds) =>
    seconds === 0 ? time : `(${time} + to_seconds(CAST(${seconds} AS DOUBLE)))`,
  epoch: (time) => `epoch(${time})`,
  nullTime: "CAST(NULL AS TIMESTAMP)",
  double: (expr) => `CAST(${expr} AS DOUBLE PRECISION)`,
  bytewise: (expr) => expr,
  collect: (expr, where) => `list(${expr}) FILTER (WHERE ${where})`,
};

const postgres: Dialect = {
  name: "postgres",
  yes: "TRUE",
  no: "FALSE",
  quoteText: standardQuote,
  quoteIdentifier: standardIdentifier,
  text: (column) => `CAST(${column} AS TEXT)`,
  trim: (text) => `btrim(${text}, ${TRIM_CHARS})`,
  trimmedTime: (column) => `coalesce(btrim(CAST(${column} AS TEXT), ${TRIM_CHARS}), '')`,
  filled: (text) => `coalesce(btrim(${text}, ${TRIM_CHARS}), '') <> ''`,
  number: (text) =>
    `CASE WHEN ${text} ~ '${NUMBER_PATTERN}' THEN CAST(${text} AS DOUBLE PRECISION) END`,
  time(text) {
    const t = spaced(text);
    const m = `regexp_match(${t}, '${TIME_PATTERN}')`;
    const part = (i: number) => `CAST(coalesce(nullif((${m})[${i}], ''), '0') AS INTEGER)`;
    const y = part(1);
    const mo = part(2);
    const day = part(3);
    const lastDay = `EXTRACT(DAY FROM (make_date(${y}, ${mo}, 1) + INTERVAL '1 month' - INTERVAL '1 day'))`;
    // Nested CASEs: PostgreSQL evaluates a CASE's branches in order, so make_date never sees month 13.
    return `CASE WHEN ${t} ~ '${TIME_PATTERN}' THEN CASE WHEN ${mo} BETWEEN 1 AND 12 AND ${part(4)} < 24 AND ${part(5)} < 60 AND ${part(6)} < 60 THEN CASE WHEN ${day} BETWEEN 1 AND ${lastDay} THEN make_timestamp(${y}, ${mo}, ${day}, ${part(4)}, ${part(5)}, ${part(6)}) END END END`;
  },
  // A timestamp with a time zone reads on the session's clock, set to China's by postgres-log.ts.
  typedTime: (column) => `CAST(${column} AS TIMESTAMP)`,
  typedFilled: (column) => `${column} IS NOT NULL`,
  timestamp: (seconds) => `TIMESTAMP '${literalTime(seconds)}'`,
  plusSeconds: (time, seconds) =>
    seconds === 0 ? time : `(${time} + make_interval(secs => ${seconds}))`,
  epoch: (time) => `EXTRACT(EPOCH FROM ${time})`,
  nullTime: "CAST(NULL AS TIMESTAMP)",
  double: (expr) => `CAST(${expr} AS DOUBLE PRECISION)`,
  bytewise: (expr) => `${expr} COLLATE "C"`,
  collect: (expr, where) => `array_agg(${expr}) FILTER (WHERE ${where})`,
};

/** ClickHouse reads backslashes in literals as escapes: both quotes and backslashes escaped. */
const clickhouseQuote = (text: string) => `'${text.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
const CLICKHOUSE_TRIM = clickhouseQuote(`^[${TRIMMED}]+|[${TRIMMED}]+$`);
/** Times are kept as UTC readings of the log's clock, so the server's own zone never enters. */
const utc = (text: string) => `toDateTimeOrNull(${text}, 'UTC')`;

const clickhouse: Dialect = {
  name: "clickhouse",
  yes: "1",
  no: "0",
  quoteText: clickhouseQuote,
  quoteIdentifier: (name) => `\`${name.replace(/\\/g, "\\\\").replace(/`/g, "\\`")}\``,
  text: (column) => `toString(${column})`,
  trim: (text) => `replaceRegexpAll(${text}, ${CLICKHOUSE_TRIM}, '')`,
  trimmedTime: (column) =>
    `coalesce(replaceRegexpAll(toString(${column}), ${CLICKHOUSE_TRIM}, ''), '')`,
  // Filled when some character is not a trimmed one: a search, not a rewrite of every number.
  filled: (text) => `coalesce(match(${text}, ${clickhouseQuote(`[^${TRIMMED}]`)}), 0)`,
  number: (text) =>
    `CASE WHEN match(${text}, '${NUMBER_PATTERN}') THEN toFloat64OrNull(${text}) ELSE NULL END`,
  time(text) {
    // The six groups as a list (18.16 has no function that returns a match's groups).
    const t = `replaceRegexpAll(${text}, '[ \\\\t\\\\r\\\\n\\\\f\\\\v]+', ' ')`;
    const parts = `splitByChar('|', replaceRegexpOne(${t}, ${clickhouseQuote(TIME_PATTERN)}, '\\\\1|\\\\2|\\\\3|\\\\4|\\\\5|\\\\6'))`;
    const n = (i: number) => `toUInt32OrZero(${parts}[${i}])`;
    const two = (i: number) => `concat(if(${n(i)} < 10, '0', ''), toString(${n(i)}))`;
    const written = `concat(${parts}[1], '-', ${two(2)}, '-', ${two(3)}, ' ', ${two(4)}, ':', ${two(5)}, ':', ${two(6)})`;
    // toDateTime rolls 2022-02-31 over to March and 25:00 to the next day: a time that does not
    // read back as written did not exist, as in the core's round trip.
    const parsed = utc(written);
    const same = `formatDateTime(assumeNotNull(${parsed}), '%Y-%m-%d %H:%M:%S') = ${written}`;
    return `CASE WHEN match(${t}, ${clickhouseQuote(TIME_PATTERN)}) AND isNotNull(${parsed}) AND ${same} THEN ${parsed} ELSE NULL END`;
  },
  // A DateTime is an instant, shown on its column's clock (its zone, else the server's): the
  // reading an export prints is the log's clock. A zone with a fixed offset is added as seconds,
  // any other read through the text it shows. A Date is that day's midnight. A non-nullable
  // column writes a blank as 1970-01-01 (0): no time, as NULL is.
  typedTime: (column, date, offset) =>
    `CASE WHEN coalesce(toUInt32(${column}), 0) > 0 THEN ${
      date
        ? `toDateTime(${column}, 'UTC')`
        : offset !== undefined
          ? `toDateTime(toUInt32(${column}) + ${offset}, 'UTC')`
          : `toDateTime(toString(${column}), 'UTC')`
    } ELSE NULL END`,
  typedFilled: (column) => `coalesce(toUInt32(${column}), 0) > 0`,
  timestamp: (seconds) => `toDateTime('${literalTime(seconds)}', 'UTC')`,
  // Times are whole seconds: v > t + 1.5 s is v > t + 1 s.
  plusSeconds: (time, seconds) => (seconds === 0 ? time : `(${time} + ${Math.floor(seconds)})`),
  epoch: (time) => `toUnixTimestamp(${time})`,
  nullTime: "CAST(NULL AS Nullable(DateTime('UTC')))",
  double: (expr) => `toFloat64(${expr})`,
  bytewise: (expr) => expr,
  collect: (expr, where) => `groupArrayIf(${expr}, ${where})`,
};

export const DIALECTS: Record<SqlDialect, Dialect> = { duckdb, postgres, clickhouse };
