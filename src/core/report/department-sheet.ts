/**
 * 部门汇总: the department table counted from a log, as the sheet the rankings were computed from
 * (the problem list's links point into it, as they point into a clerk's own table). Counts as
 * whole numbers, rates as percent at two decimals, ruled for printing.
 */
import type { TicketRun } from "../tickets/ticket-run";
import { numberCell, text } from "./cells";
import type { PlanCell, PlanSheet } from "./plan";
import type { ReportContext } from "./report-context";
import { word } from "./report-text";
import { SheetDraft } from "./sheet-draft";

export function departmentSheet(ctx: ReportContext, tickets: TicketRun): PlanSheet {
  const { grid } = tickets.table;
  const draft = new SheetDraft("tickets:table", "tickets", grid.sheet);
  // Row for row the grid the scheme read: the problem list's cell addresses stay true.
  grid.values.forEach((row, r) => {
    const formats = grid.numberFormats?.[r] ?? [];
    const cells: (PlanCell | null)[] = row.map((v, c) => {
      if (v === null || v === undefined) return r > 1 ? text("", "cell") : null;
      if (typeof v === "number") return numberCell(v, formats[c] ?? "0");
      return text(String(v), r === 0 ? "title" : r === 1 ? "header" : "cell");
    });
    draft.addRow(cells);
  });
  const width = grid.values[1]?.length ?? 1;
  draft.merge({ top: 0, left: 0, bottom: 0, right: width - 1 });
  draft.rules.push({ top: 1, left: 0, bottom: grid.values.length - 1, right: width - 1 });
  draft.blankRow();
  draft.addRow([text(word(ctx.lang, "departmentTableNote"), "note")]);
  draft.freeze = { rows: 2, columns: 1 };
  return draft.finish({
    orientation: "portrait",
    fitToWidth: true,
    repeatRows: { first: 1, last: 1 },
    header: "",
  });
}
