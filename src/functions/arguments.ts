/**
 * Reading custom-function arguments the way clerks fill cells: numbers, percent text, full-width
 * digits, blanks ("" from Excel), and text that is not a number — each with a message naming the
 * argument when it cannot be used. Errors are values (CustomFunctions.Error), never exceptions.
 */
import { parseCell } from "../core/values/parse-cell";

export type Scalar = number | string | boolean | null | undefined;

export class ArgumentError {
  constructor(
    readonly code: "#VALUE!" | "#N/A",
    readonly message: string,
  ) {}
}

export function isBlank(value: unknown): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

/** A number from a cell or a typed argument ("12", "１２", "99.5%" accepted); else an error. */
export function numberArgument(value: unknown, name: string, zh: string): number | ArgumentError {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (isBlank(value)) return new ArgumentError("#N/A", `${name}（${zh}）为空。${name} is blank.`);
  const parsed = parseCell(typeof value === "boolean" ? String(value) : (value as Scalar));
  if (parsed.kind === "number") return parsed.value;
  return new ArgumentError(
    "#VALUE!",
    `${name}（${zh}）“${String(value)}”不是数字。${name} “${String(value)}” is not a number.`,
  );
}

/** A range flattened row by row, with its shape kept for spilling results back. */
export function flatten(range: unknown): { values: unknown[]; rows: number; columns: number } {
  if (!Array.isArray(range)) return { values: [range], rows: 1, columns: 1 };
  const rows = range.length;
  // A loop, not Math.max(...): a spread of a million rows overflows the call stack.
  let columns = 0;
  for (const r of range as unknown[]) columns = Math.max(columns, Array.isArray(r) ? r.length : 1);
  const values: unknown[] = [];
  for (const row of range as unknown[]) {
    if (Array.isArray(row)) values.push(...(row as unknown[]));
    else values.push(row);
  }
  return { values, rows, columns };
}

/** Range cells as numbers for ranking: text and blanks are left out (null), as RANK.EQ does. */
export function numbersOf(values: readonly unknown[]): (number | null)[] {
  return values.map((v) => (typeof v === "number" && Number.isFinite(v) ? v : null));
}

/** TRUE/FALSE, 1/0, "desc"/"asc", 降序/升序; omitted → descending. */
export function directionArgument(value: unknown, name: string): "desc" | "asc" | ArgumentError {
  if (isBlank(value)) return "desc";
  if (value === true || value === 1) return "desc";
  if (value === false || value === 0) return "asc";
  const text = String(value).trim().toLowerCase();
  if (["desc", "descending", "降序", "true", "从高到低"].includes(text)) return "desc";
  if (["asc", "ascending", "升序", "false", "从低到高"].includes(text)) return "asc";
  return new ArgumentError(
    "#VALUE!",
    `${name} 应为 TRUE（从高到低）或 FALSE（从低到高）。${name} must be TRUE (high to low) or FALSE (low to high).`,
  );
}

/** "competition"/"并列"/1224 or "dense"/"中国式"/1223; omitted → competition. */
export function methodArgument(value: unknown): "competition" | "dense" | ArgumentError {
  if (isBlank(value)) return "competition";
  const text = String(value).trim().toLowerCase();
  if (["competition", "并列", "1224", "standard"].includes(text)) return "competition";
  if (["dense", "中国式", "1223"].includes(text)) return "dense";
  return new ArgumentError(
    "#VALUE!",
    `method 只能是 "competition"（并列，1224）或 "dense"（中国式，1223）。method must be "competition" or "dense".`,
  );
}
