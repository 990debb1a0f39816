/**
 * Recognising a ticket or message log in a grid, as tables are recognised: title rows passed over,
 * the header found by its known texts (`ticket-fields.ts`), personal columns found by header and by
 * their cells and never read. A grid is a log when its header names a ticket number or a received
 * time and the unit or category the tickets went to; a department table names none of these.
 */
import type { CellGrid } from "../table/cell-grid";
import { valuesWithMergesFilled } from "../table/cell-grid";
import { findHeader } from "../table/find-header";
import { foldHeader } from "../table/header-text";
import type { CellValue } from "../values/parse-cell";
import { cellsLookPersonal, personalKindOfHeader } from "./personal-data";
import { TICKET_FIELDS, TICKET_ROLES, type TicketRole } from "./ticket-fields";
import { TextCoder, trimText, type LogColumn, type LogLayout, type TicketLog } from "./ticket-log";
import { parseTicketTime } from "./ticket-time";

const ROLE_OF = new Map<string, TicketRole>();
for (const role of TICKET_ROLES)
  for (const s of TICKET_FIELDS[role].synonyms) {
    const folded = foldHeader(s);
    if (!ROLE_OF.has(folded)) ROLE_OF.set(folded, role);
  }

/** Every header text a log may have, personal ones included (they help find the header row). */
function knownHeaders(): Set<string> {
  return new Set(ROLE_OF.keys());
}

export function roleOfHeader(header: string): TicketRole | undefined {
  return ROLE_OF.get(foldHeader(header));
}

/** Whether recognised roles make a log (not a department table that has a 承办单位 column). */
export function rolesMakeLog(roles: ReadonlySet<TicketRole>): boolean {
  const keyed = roles.has("id") || roles.has("received");
  const sorted = roles.has("unit") || roles.has("category") || roles.has("column");
  return keyed && sorted && roles.size >= 3;
}

/** The cell as text the way both engines see it: trimmed, numbers and booleans as Excel shows them. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  return trimText(value);
}

const NUMBER_TEXT = /^-?\d+(\.\d+)?$/;

export function cellNumber(value: CellValue): number {
  if (typeof value === "number") return Number.isFinite(value) ? value : NaN;
  if (typeof value !== "string") return NaN;
  const t = trimText(value);
  return NUMBER_TEXT.test(t) ? Number(t) : NaN;
}

/** How a header row maps: roles, personal columns and the rest. */
export function layoutOfHeader(
  written: readonly string[],
  sample: (column: number) => CellValue[],
): Pick<LogLayout, "roles" | "personal" | "unread"> {
  const roles: LogLayout["roles"] = [];
  const personal: LogLayout["personal"] = [];
  const unread: LogLayout["unread"] = [];
  const taken = new Set<TicketRole>();
  written.forEach((header, column) => {
    if (header.trim() === "") return;
    const role = roleOfHeader(header);
    const byHeader = personalKindOfHeader(header);
    // A ticket column's own header wins over a personal word that merely appears inside it.
    if (role && !taken.has(role)) {
      // Even a recognised column is not read when its cells are phone or ID numbers.
      if (TICKET_FIELDS[role].kind === "text" && cellsLookPersonal(sample(column)))
        personal.push({ column, header, kind: "phone", by: "cells" });
      else {
        roles.push({ role, column, header });
        taken.add(role);
      }
      return;
    }
    if (byHeader) personal.push({ column, header, kind: byHeader, by: "header" });
    else if (cellsLookPersonal(sample(column)))
      personal.push({ column, header, kind: "phone", by: "cells" });
    else unread.push({ column, header });
  });
  return { roles, personal, unread };
}

/** Builds the columns row by row: the core's reader and the pane's block reader both feed it. */
export class LogBuilder {
  private readonly coders = new Map<TicketRole, TextCoder>();
  private readonly codes = new Map<TicketRole, number[]>();
  private readonly numbers = new Map<TicketRole, number[]>();
  private readonly blanks: number[] = [];
  constructor(private readonly roles: LogLayout["roles"]) {
    for (const { role } of roles) {
      if (TICKET_FIELDS[role].kind === "text") {
        this.coders.set(role, new TextCoder());
        this.codes.set(role, []);
      } else this.numbers.set(role, []);
    }
  }
  /** One row's cells, indexed by sheet column minus the grid's left. */
  add(row: readonly CellValue[], left = 0): void {
    let filled = false;
    for (const { role, column } of this.roles) {
      const value = row[column - left];
      const kind = TICKET_FIELDS[role].kind;
      if (kind === "text") {
        const text = cellText(value);
        if (text !== "") filled = true;
        this.codes.get(role)?.push(this.coders.get(role)?.code(text) ?? 0);
      } else {
        const n = kind === "time" ? (parseTicketTime(value) ?? NaN) : cellNumber(value);
        if (cellText(value) !== "") filled = true;
        this.numbers.get(role)?.push(n);
      }
    }
    this.blanks.push(filled ? 0 : 1);
  }
  get rows(): number {
    return this.blanks.length;
  }
  build(): TicketLog {
    const columns: Partial<Record<TicketRole, LogColumn>> = {};
    for (const { role } of this.roles) {
      const codes = this.codes.get(role);
      const coder = this.coders.get(role);
      const numbers = this.numbers.get(role);
      if (codes && coder)
        columns[role] = {
          kind: "text",
          codes: Int32Array.from(codes),
          dictionary: coder.dictionary,
        };
      else if (numbers)
        columns[role] = {
          kind: TICKET_FIELDS[role].kind === "time" ? "time" : "number",
          values: Float64Array.from(numbers),
        } as LogColumn;
    }
    return { rows: this.blanks.length, columns, blank: Uint8Array.from(this.blanks) };
  }
}

export interface RecognisedLog {
  layout: LogLayout;
  log: TicketLog;
}

const SAMPLE = 200;

/** Where a log's header is in rows read from the top, and what its columns are (row-relative). */
export interface LogHeader {
  headerRow: number;
  firstData: number;
  title?: string | undefined;
  roles: LogLayout["roles"];
  personal: LogLayout["personal"];
  unread: LogLayout["unread"];
}

/**
 * The header of a log among its first rows (a file's first lines, a sheet's first rows), or
 * undefined when these rows are not a log. The command line sniffs a large file with this before
 * DuckDB reads it; the grid reader below uses it too.
 */
export function recogniseHeader(values: CellValue[][]): LogHeader | undefined {
  const header = findHeader(values, knownHeaders());
  if (!header) return undefined;
  const firstData = header.bottom + 1;
  const sample = (c: number) => values.slice(firstData, firstData + SAMPLE).map((row) => row[c]);
  const { roles, personal, unread } = layoutOfHeader(header.written, sample);
  if (!rolesMakeLog(new Set(roles.map((r) => r.role)))) return undefined;
  const title = values
    .slice(0, header.top)
    .flat()
    .find((v): v is string => typeof v === "string" && v.trim() !== "");
  return { headerRow: header.top, firstData, title: title?.trim(), roles, personal, unread };
}

/** The grid as a log, or undefined when it is not one (then it is read as a department table). */
export function recogniseLog(grid: CellGrid): RecognisedLog | undefined {
  const values = valuesWithMergesFilled(grid);
  const header = recogniseHeader(values);
  if (!header) return undefined;
  const builder = new LogBuilder(header.roles);
  for (let r = header.firstData; r < values.length; r++) builder.add(values[r] ?? []);
  const at = (c: number) => c + grid.left;
  return {
    layout: {
      sheet: grid.sheet,
      headerRow: grid.top + header.headerRow,
      firstRow: grid.top + header.firstData,
      roles: header.roles.map((r) => ({ ...r, column: at(r.column) })),
      personal: header.personal.map((p) => ({ ...p, column: at(p.column) })),
      unread: header.unread.map((u) => ({ ...u, column: at(u.column) })),
      title: header.title,
    },
    log: builder.build(),
  };
}
