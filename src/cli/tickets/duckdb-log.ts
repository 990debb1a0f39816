/**
 * A ticket log counted by DuckDB embedded (`@duckdb/node-api`): CSV and tab-separated files of any
 * size and Parquet, read by DuckDB's own scanner in parallel, never into JavaScript objects. The
 * header is found as the core finds it, from the file's first lines (title rows passed over); a
 * file that is not UTF-8 is first turned into UTF-8 beside the system's temporary files (DuckDB
 * reads UTF-8 only), and that copy is removed after. Returns undefined when the file is not a log.
 */
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, open, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { pipeline } from "node:stream/promises";
import iconv from "iconv-lite";
import type { Language } from "../../core/i18n";
import type { Scheme } from "../../core/schemes/scheme";
import { recogniseHeader } from "../../core/tickets/read-ticket-log";
import { TICKET_FIELDS } from "../../core/tickets/ticket-fields";
import type { TicketSettings } from "../../core/tickets/ticket-run";
import { quoteIdentifier, quoteText, type QueryOptions } from "../../core/tickets/ticket-sql";
import type { LogLayout } from "../../core/tickets/ticket-log";
import type { CellValue } from "../../core/values/parse-cell";
import { decodeTextFile } from "../decode-text";
import { csvGrid, InputError } from "../read-input";
import type { Progress } from "./progress";
import { countWithSql, type Row, type SqlCount } from "./sql-count";

const SNIFF_BYTES = 256 * 1024;
const SNIFF_ROWS = 240;

export function isParquet(path: string): boolean {
  return extname(path).toLowerCase() === ".parquet";
}

async function firstBytes(path: string): Promise<Uint8Array> {
  const handle = await open(path, "r").catch(() => {
    throw new InputError(`找不到或无法读取文件：${path}`, `cannot read the file: ${path}`);
  });
  try {
    const buffer = new Uint8Array(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The encoding DuckDB must be spared: UTF-16 or GB18030 (anything not UTF-8). */
function foreignEncoding(sample: Uint8Array): "utf-16le" | "utf-16be" | "gb18030" | undefined {
  if (sample[0] === 0xff && sample[1] === 0xfe) return "utf-16le";
  if (sample[0] === 0xfe && sample[1] === 0xff) return "utf-16be";
  // The sample may end inside a character: judge it up to its last line break.
  const end = sample.lastIndexOf(0x0a);
  const whole = end > 0 ? sample.subarray(0, end) : sample;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(whole);
    return undefined;
  } catch {
    return "gb18030";
  }
}

async function asUtf8(path: string, encoding: "utf-16le" | "utf-16be" | "gb18030", dir: string) {
  const target = join(dir, "log.csv");
  await pipeline(
    createReadStream(path),
    iconv.decodeStream(
      encoding === "utf-16be" ? "utf16-be" : encoding === "utf-16le" ? "utf16-le" : "gb18030",
      {
        stripBOM: true,
      },
    ),
    iconv.encodeStream("utf8"),
    createWriteStream(target),
  );
  return target;
}

function delimiterOf(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/));
  return first.includes("\t") && !first.includes(",") ? "\t" : ",";
}

type Connection = import("@duckdb/node-api").DuckDBConnection;

async function connect(): Promise<{ connection: Connection; close: () => void }> {
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  return {
    connection,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

function plain(value: unknown): unknown {
  if (typeof value === "bigint") return Number(value);
  // A LIST (the ticket numbers behind a count) as an array of its items.
  if (value !== null && typeof value === "object" && "items" in value && Array.isArray(value.items))
    return value.items.map(plain);
  if (value !== null && typeof value === "object" && "toString" in value) return String(value);
  return value;
}

async function rowsOf(connection: Connection, sql: string): Promise<Row[]> {
  const reader = await connection.runAndReadAll(sql);
  return reader
    .getRowObjects()
    .map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, plain(v)])));
}

export interface DuckDbCount {
  layout: LogLayout;
  count: SqlCount;
}

export async function countWithDuckDb(
  path: string,
  sheet: string,
  settings: TicketSettings | undefined,
  schemes: readonly Scheme[],
  lang: Language,
  progress: Progress,
  options: QueryOptions = { traces: true },
): Promise<DuckDbCount | undefined> {
  const dir = await mkdtemp(join(tmpdir(), "govrank-"));
  const { connection, close } = await connect();
  try {
    let from: string;
    let header: ReturnType<typeof recogniseHeader>;
    let columnNames: string[];
    let columnTypes: string[] = [];
    if (isParquet(path)) {
      from = `read_parquet(${quoteText(path)})`;
      const described = await rowsOf(connection, `DESCRIBE SELECT * FROM ${from}`);
      columnNames = described.map((r) => String(r.column_name));
      columnTypes = described.map((r) => String(r.column_type));
      const sample = await rowsOf(connection, `SELECT * FROM ${from} LIMIT ${SNIFF_ROWS}`);
      const values: CellValue[][] = [
        columnNames,
        ...sample.map((r) =>
          columnNames.map((n) => {
            const v = r[n];
            return v === null || v === undefined ? null : String(v);
          }),
        ),
      ];
      header = recogniseHeader(values);
    } else {
      const sample = await firstBytes(path);
      const encoding = foreignEncoding(sample);
      const { text } = decodeTextFile(sample);
      const lines = text.split(/\r\n|\n|\r/).slice(0, SNIFF_ROWS);
      const grid = csvGrid(lines.join("\n"), sheet);
      header = recogniseHeader(grid.values);
      if (!header) return undefined;
      const file = encoding ? await asUtf8(path, encoding, dir) : path;
      const delimiter = delimiterOf(text);
      from = `read_csv(${quoteText(file)}, header = false, skip = ${header.firstData}, all_varchar = true, delim = ${quoteText(delimiter)}, quote = '"', escape = '"', null_padding = true, strict_mode = false)`;
      const described = await rowsOf(connection, `DESCRIBE SELECT * FROM ${from}`);
      columnNames = described.map((r) => String(r.column_name));
    }
    if (!header) return undefined;
    const layout: LogLayout = {
      sheet,
      headerRow: header.headerRow,
      firstRow: header.firstData,
      roles: header.roles,
      personal: header.personal,
      unread: header.unread,
      title: header.title,
    };
    // Parquet's own timestamps and dates are compared as they are, not parsed from text.
    const typedTimes = new Set(
      header.roles
        .filter(
          (r) =>
            TICKET_FIELDS[r.role].kind === "time" &&
            /^(TIMESTAMP|DATE)/.test(columnTypes[r.column] ?? ""),
        )
        .map((r) => r.role),
    );
    const count = await countWithSql(
      layout,
      { from, typedTimes, dictionaryText: isParquet(path) },
      (c) => quoteIdentifier(columnNames[c] ?? `column${c}`),
      {
        run: (sql) => rowsOf(connection, sql),
        watch: async (sql) => {
          const timer = setInterval(() => {
            const p = connection.progress;
            if (p.rows_processed > 0n)
              progress.update(Number(p.rows_processed), Number(p.total_rows_to_process));
          }, 250);
          try {
            return await rowsOf(connection, sql);
          } finally {
            clearInterval(timer);
            progress.done();
          }
        },
      },
      "duckdb",
      settings,
      schemes,
      lang,
      options,
    );
    return { layout, count };
  } finally {
    close();
    await rm(dir, { recursive: true, force: true });
  }
}
