/**
 * Problems as a clerk can read them: the same problem in the same column folded into one line
 * with its count and cells (200 identical typos are one line, not 200), the row problems of a
 * column that is wrong as a whole folded under that column's problem, and each message with its
 * cell said once — as the link beside it, not again in the text.
 */
import type { Problem, Severity } from "./problems";
import type { LocalText } from "./schemes/scheme";
import { splitAddress } from "./table/address";

export interface ProblemGroup {
  severity: Severity;
  code: string;
  /** The first problem's message, without its own cell address. */
  message: LocalText;
  /** Every cell of the group, in order of appearance. */
  cells: string[];
  /** How many problems the group holds (a problem without a cell counts too). */
  count: number;
}

const ORDER: Severity[] = ["error", "warning", "info"];

/** "热线!B2" → sheet, column letters and row. */
function parts(address: string): { sheet: string; column: string; row: number } | undefined {
  const { sheet, range } = splitAddress(address);
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(range);
  return m ? { sheet: sheet ?? "", column: m[1] ?? "", row: Number(m[2]) } : undefined;
}

function within(cell: string, range: string): boolean {
  const c = parts(cell);
  const { sheet, range: r } = splitAddress(range);
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(r);
  if (!c || !m || c.sheet !== (sheet ?? "")) return false;
  return c.column === m[1] && c.column === m[3] && c.row >= Number(m[2]) && c.row <= Number(m[4]);
}

/** A message with its own cell taken out: "B2（市水务局的应办理数）是…" → "市水务局的应办理数是…". */
export function withoutOwnCell(message: LocalText, cell: string | undefined): LocalText {
  if (!cell) return message;
  const escaped = cell.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const zh = message.zh
    .replace(new RegExp(`^${escaped}（([^）]*)）`), "$1")
    .replace(new RegExp(`^${escaped}[：:]?\\s*`), "")
    .replace(`（${cell}）`, "");
  const en = message.en
    .replace(new RegExp(`^${escaped} \\(([^)]*)\\) `), "$1: ")
    .replace(new RegExp(`^${escaped}[:]?\\s*`), "")
    .replace(` (${cell})`, "");
  return { zh, en };
}

export function groupProblems(problems: readonly Problem[]): ProblemGroup[] {
  const covering = problems.filter((p) => p.covers !== undefined);
  const groups = new Map<string, ProblemGroup>();
  for (const p of problems) {
    const cover = p.covers
      ? undefined
      : covering.find((c) =>
          [p.cell, p.related].some((cell) => cell !== undefined && within(cell, c.covers ?? "")),
        );
    const column = p.cell ? parts(p.cell) : undefined;
    const key = cover
      ? `cover ${cover.covers}`
      : p.covers
        ? `cover ${p.covers}`
        : column
          ? `${p.severity} ${p.code} ${column.sheet}!${column.column}`
          : `${p.severity} ${p.code} ${p.message.zh}`;
    const group = groups.get(key);
    if (group) {
      group.count++;
      // A whole-column group is pointed to by its column; its rows need no links of their own.
      if (!key.startsWith("cover") && p.cell && !group.cells.includes(p.cell))
        group.cells.push(p.cell);
      continue;
    }
    const head = cover ?? p;
    groups.set(key, {
      severity: head.severity,
      code: head.code,
      message: withoutOwnCell(head.message, head.covers ? undefined : head.cell),
      cells: head.covers ? [head.covers] : p.cell ? [p.cell] : [],
      count: 1,
    });
  }
  return [...groups.values()].sort((a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity));
}
