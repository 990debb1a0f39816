/**
 * Which engine counts a log file: DuckDB for Parquet and for text files past a size where
 * reading them into cells would be slow (or when asked with --engine duckdb), the core's own for
 * the rest (the same engine as the pane's). Returns the counted log, or undefined to read the
 * file as usual (it is small, an .xlsx, or not a log at all).
 */
import { stat } from "node:fs/promises";
import { extname } from "node:path";
import { builtinSchemes } from "../../core/schemes/builtin";
import type { RunSettings } from "../../core/settings/run-settings";
import type { TicketRun } from "../../core/tickets/ticket-run";
import type { QueryOptions } from "../../core/tickets/ticket-sql";
import { InputError } from "../read-input";
import { UsageError } from "../usage-error";
import type { Streams } from "../streams";
import { countWithDuckDb, isParquet } from "./duckdb-log";
import { progressLine } from "./progress";
import { countInClickHouse } from "./clickhouse-log";
import { countInPostgres } from "./postgres-log";
import type { InputSource } from "../ticket-options";

/** Text logs larger than this go to DuckDB by default (a month of a city's tickets is ~10 MB). */
export const DUCKDB_FROM_BYTES = 64 * 1024 * 1024;

export type Engine = "core" | "duckdb";

export function parseEngine(text: string | undefined): Engine | undefined {
  if (text === undefined) return undefined;
  if (text === "core" || text === "duckdb") return text;
  throw new UsageError(
    `--engine 只能是 core 或 duckdb（收到 "${text}"）。--engine must be core or duckdb.`,
  );
}

async function wantsDuckDb(file: string, engine: Engine | undefined): Promise<boolean> {
  const ext = extname(file).toLowerCase();
  const text = ext === ".csv" || ext === ".tsv" || ext === ".txt";
  if (isParquet(file)) {
    if (engine === "core")
      throw new InputError(
        "Parquet 文件只能用 DuckDB 统计，请去掉 --engine core。",
        "Parquet files are counted by DuckDB only: leave out --engine core.",
      );
    return true;
  }
  if (engine === "duckdb") {
    if (!text)
      throw new InputError(
        "--engine duckdb 只用于 .csv、.tsv 和 .parquet 文件；.xlsx 由内置引擎统计。",
        "--engine duckdb is for .csv, .tsv and .parquet files; an .xlsx is counted by the built-in engine.",
      );
    return true;
  }
  if (engine === "core" || !text) return false;
  const size = await stat(file).then(
    (s) => s.size,
    () => 0,
  );
  return size >= DUCKDB_FROM_BYTES;
}

/** A file given as a log that is not one: what it lacks, and where a department table goes. */
export function notALog(file: string): InputError {
  return new InputError(
    `${file} 不像工单或留言明细：表头中没有工单编号/受理时间和承办单位/诉求分类等列。部门汇总表请直接用 govrank report。`,
    `${file} does not look like a ticket or message log: no ticket number / received time and unit / category columns. For a department table use govrank report.`,
  );
}

export async function countedFile(
  source: InputSource,
  sheet: string,
  request: RunSettings,
  engine: Engine | undefined,
  io: Streams,
  options: QueryOptions,
): Promise<TicketRun | undefined> {
  const lang = request.lang ?? "zh";
  if (source.db) {
    const { engine: where, url, table } = source.db;
    const { count } =
      where === "clickhouse"
        ? await countInClickHouse(url, table, request.tickets, builtinSchemes(), lang)
        : await countInPostgres(url, table, request.tickets, builtinSchemes(), lang, options);
    if (!count.ok) throw InputError.of(count.errors);
    return count.run;
  }
  const file = source.file;
  if (!(await wantsDuckDb(file, engine))) return undefined;
  const progress = progressLine(io.progress, { zh: "正在统计工单", en: "Counting tickets:" }, lang);
  const counted = await countWithDuckDb(
    file,
    sheet,
    request.tickets,
    builtinSchemes(),
    lang,
    progress,
    options,
  );
  if (!counted) {
    if (isParquet(file)) throw notALog(file);
    return undefined;
  }
  if (!counted.count.ok) throw InputError.of(counted.count.errors);
  return counted.count.run;
}
