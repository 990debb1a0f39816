/**
 * Counting a log with SQL, whatever runs it: the rules and target from the core (`planCount`),
 * the queries from the core (`ticketQueries`), run in order on one connection, the rows back
 * through the core (`tallyFromRows`, `finishTicketRun`). DuckDB, PostgreSQL and ClickHouse differ only
 * in the `run` they pass and the dialect.
 */
import type { Language } from "../../core/i18n";
import type { LocalText, Scheme } from "../../core/schemes/scheme";
import {
  tallyFromRows,
  ticketQuery,
  type QueryOptions,
  type SqlDialect,
  type SqlSource,
} from "../../core/tickets/ticket-sql";
import {
  finishTicketRun,
  planCount,
  type TicketRun,
  type TicketSettings,
} from "../../core/tickets/ticket-run";
import type { LogLayout } from "../../core/tickets/ticket-log";

export type Row = Record<string, unknown>;

export interface SqlRunner {
  run(sql: string): Promise<Row[]>;
  /** Runs the counting query, which reads the whole log, watching its progress where the engine tells. */
  watch?: ((sql: string) => Promise<Row[]>) | undefined;
}

export type SqlCount = { ok: true; run: TicketRun } | { ok: false; errors: LocalText[] };

export async function countWithSql(
  layout: LogLayout,
  source: Omit<SqlSource, "columns">,
  columnOf: (column: number) => string,
  runner: SqlRunner,
  dialect: SqlDialect,
  settings: TicketSettings | undefined,
  schemes: readonly Scheme[],
  lang: Language,
  options: QueryOptions,
): Promise<SqlCount> {
  const plan = planCount(layout.roles, settings, schemes);
  if (!plan.ok) return plan;
  const columns: SqlSource["columns"] = {};
  for (const r of layout.roles) columns[r.role] = columnOf(r.column);
  const query = ticketQuery(plan.resolved, { ...source, columns }, dialect, options);
  const rows = await (runner.watch ?? runner.run)(query);
  const tally = tallyFromRows(plan.resolved, rows);
  return {
    ok: true,
    run: finishTicketRun(layout, plan.resolved, tally, plan.scheme, dialect, lang),
  };
}
