/**
 * 核对: the ticket numbers behind each unit's traced counts (超期, 返工, 不满意), one ticket a
 * row in an Excel table, so a unit that disputes its score filters to its own tickets. Numbers are
 * masked like every shown text (a phone-shaped number is not a ticket number).
 */
import type { TicketRun } from "../tickets/ticket-run";
import { columnLetters } from "../table/address";
import { text } from "./cells";
import type { PlanSheet } from "./plan";
import type { ReportContext } from "./report-context";
import { word } from "./report-text";
import { SheetDraft } from "./sheet-draft";

export function traceSheet(
  ctx: ReportContext,
  name: string,
  tickets: TicketRun,
  tableName: string,
): PlanSheet {
  const { lang } = ctx;
  const draft = new SheetDraft("tickets:trace", "tickets", name);
  draft.addRow([text(ctx.title, "title")]);
  draft.merge({ top: 0, left: 0, bottom: 0, right: 2 });
  draft.addRow([text(word(lang, "trace"), "subtitle")]);
  draft.addRow([text(word(lang, "traceNote"), "note")]);
  draft.blankRow();
  const { rules } = tickets.resolved;
  const label = (id: string) => rules.counters.find((c) => c.id === id)?.label[lang] ?? id;
  const order = new Map(tickets.table.rows.map((r, i) => [r.unit, i]));
  const entries = tickets.tally.trace
    .filter((t) => t.unit !== "" && t.ids.length > 0)
    .sort(
      (a, b) =>
        (order.get(a.unit) ?? Infinity) - (order.get(b.unit) ?? Infinity) ||
        (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0) ||
        rules.traced.indexOf(a.counter) - rules.traced.indexOf(b.counter),
    );
  if (entries.length === 0) {
    draft.addRow([text(word(lang, "noTrace"))]);
    return draft.finish({ orientation: "portrait", fitToWidth: true, header: "" });
  }
  const top = draft.addRow(
    (["unit", "counter", "ticketNumbers"] as const).map((k) => text(word(lang, k), "header")),
  );
  for (const e of entries)
    for (const id of e.ids)
      draft.addRow([text(e.unit, "cell"), text(label(e.counter), "cell"), text(id, "cell")]);
  draft.tables.push({
    name: tableName,
    range: `A${top + 1}:${columnLetters(2)}${draft.nextRow}`,
    style: "TableStyleLight9",
  });
  draft.freeze = { rows: top + 1, columns: 0 };
  return draft.finish({
    orientation: "portrait",
    fitToWidth: true,
    repeatRows: { first: top, last: top },
    header: "",
  });
}
