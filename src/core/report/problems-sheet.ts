/**
 * 问题清单: every problem govrank found, worst first, each with a link that jumps to the source
 * cell, so a clerk can walk the list and fix the table. Everything on it is in her language.
 */
import { withoutOwnCell } from "../problem-groups";
import type { Problem } from "../problems";
import { link, numberCell, text } from "./cells";
import type { PlanCell, PlanSheet } from "./plan";
import type { ReportContext } from "./report-context";
import { severityWord, word } from "./report-text";
import { SheetDraft } from "./sheet-draft";
import { columnLetters } from "../table/address";

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

function shownValue(value: number | string | undefined, format = "General"): PlanCell | null {
  if (value === undefined) return null;
  return typeof value === "number" ? numberCell(value, format) : text(value);
}

export function problemsSheet(ctx: ReportContext, name: string, tableName: string): PlanSheet {
  const { lang } = ctx;
  const draft = new SheetDraft("problems", "problems", name);
  const problems: Problem[] = ctx.evaluation.problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => SEVERITY_ORDER[a.p.severity] - SEVERITY_ORDER[b.p.severity] || a.i - b.i)
    .map(({ p }) => p);
  const headers = [
    "number",
    "severity",
    "unit",
    "cell",
    "message",
    "printedValue",
    "recomputed",
  ] as const;
  draft.addRow([text(ctx.title, "title")]);
  draft.merge({ top: 0, left: 0, bottom: 0, right: headers.length - 1 });
  draft.addRow([text(word(lang, "problems"), "subtitle")]);
  if (problems.length === 0) {
    draft.addRow([text(word(lang, "noProblems"))]);
    return draft.finish({ orientation: "landscape", fitToWidth: true, header: ctx.title });
  }
  const headerRow = draft.addRow(headers.map((h) => text(word(lang, h), "header")));
  problems.forEach((p, i) =>
    draft.addRow([
      numberCell(i + 1, "0"),
      text(severityWord(lang, p.severity)),
      p.unit ? text(p.unit) : null,
      p.cell ? link(p.cell, p.cell) : null,
      // The cell has its own column: said once.
      text(withoutOwnCell(p.message, p.cell)[lang], undefined, true),
      shownValue(p.printed, p.valueFormat),
      shownValue(p.recomputed, p.valueFormat),
      // No internal code (inconsistent-rate …) on a sheet a clerk prints: the message says it;
      // programs read the codes from `govrank score --format json`.
    ]),
  );
  draft.tables.push({
    name: tableName,
    range: `A${headerRow + 1}:${columnLetters(headers.length - 1)}${headerRow + 1 + problems.length}`,
    style: "TableStyleLight9",
  });
  draft.freeze = { rows: headerRow + 1, columns: 0 };
  return draft.finish({
    orientation: "landscape",
    fitToWidth: true,
    repeatRows: { first: headerRow, last: headerRow },
    header: ctx.title,
  });
}
