/**
 * The department table as a CSV file Excel opens in Chinese without asking (UTF-8 with its BOM):
 * rates as "91.62%", counts as whole numbers, and any text Excel would take for a formula (a unit
 * named "=…", "+…", "-…", "@…") led by an apostrophe so it stays text.
 */
import { formatPercent } from "../../core/score/format";
import type { DepartmentTable } from "../../core/tickets/department-table";

function cell(value: unknown, percent: boolean): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return percent ? formatPercent(value, 2) : String(value);
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function departmentCsv(table: DepartmentTable): Uint8Array {
  const { values, numberFormats } = table.grid;
  // The grid's title row is left out: a CSV is read from its header.
  const lines = values
    .slice(1)
    .map((row, r) =>
      row.map((v, c) => cell(v, (numberFormats?.[r + 1]?.[c] ?? "").endsWith("%"))).join(","),
    );
  return new TextEncoder().encode(`\uFEFF${lines.join("\r\n")}\r\n`);
}
