/**
 * A database table read as a log: its column names as the header (the same recognition as a
 * file's) and a sample of its rows, to see which columns hold personal data (read only to be left
 * out). Shared by PostgreSQL and ClickHouse, so both say the same when a table is not a log.
 */
import { recogniseHeader } from "../../core/tickets/read-ticket-log";
import { TICKET_FIELDS, type TicketRole } from "../../core/tickets/ticket-fields";
import type { LogLayout } from "../../core/tickets/ticket-log";
import type { CellValue } from "../../core/values/parse-cell";
import { InputError } from "../read-input";

/** "schema.table" (a ClickHouse database.table) or "table" → its quoted name and its parts. */
export function tableName(
  text: string,
  quote: (name: string) => string,
): { quoted: string; schema?: string; table: string } {
  const parts = text.split(".").map((p) => p.trim().replace(/^["`](.*)["`]$/, "$1"));
  if (parts.length > 2 || parts.some((p) => p === ""))
    throw new InputError(
      `--table 应写成 表名 或 库名.表名（收到 "${text}"）。`,
      `--table takes a table or schema.table (got "${text}").`,
    );
  const [first = "", second] = parts;
  return second === undefined
    ? { quoted: quote(first), table: first }
    : { quoted: `${quote(first)}.${quote(second)}`, schema: first, table: second };
}

/** Rows sampled for personal data. */
export const SAMPLE_ROWS = 240;

/** A database value as a cell shows it. */
function shownValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 19).replace("T", " ");
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  return String(value);
}

export function warehouseLayout(
  table: string,
  names: readonly string[],
  sample: readonly (readonly unknown[])[],
): LogLayout {
  const values: CellValue[][] = [[...names], ...sample.map((r) => r.map(shownValue))];
  const header = recogniseHeader(values);
  if (!header)
    throw new InputError(
      `表 ${table} 不像工单或留言明细：没有找到工单编号/受理时间和承办单位/诉求分类等列（列名：${names.join("、")}）。`,
      `table ${table} does not look like a ticket or message log (columns: ${names.join(", ")}).`,
    );
  return {
    sheet: table,
    headerRow: 0,
    firstRow: 1,
    roles: header.roles,
    personal: header.personal,
    unread: header.unread,
    title: undefined,
  };
}

/** The time roles whose column the database types as a time, by its type's name. */
export function typedTimeRoles(
  layout: LogLayout,
  typeOf: (column: number) => string,
  isTime: (type: string) => boolean,
): Set<TicketRole> {
  return new Set(
    layout.roles
      .filter((r) => TICKET_FIELDS[r.role].kind === "time" && isTime(typeOf(r.column)))
      .map((r) => r.role),
  );
}
