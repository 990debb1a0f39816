/**
 * 核对: the ticket numbers behind each unit's traced counts (超期, 返工, 不满意), so a unit that
 * disputes its score sees which tickets made it. Numbers are masked like every shown text; a long
 * list is split over rows of twenty so a row prints.
 */
import type { TicketRun } from "../tickets/ticket-run";
import { numberCell, text } from "./cells";
import type { PlanSheet } from "./plan";
import type { ReportContext } from "./report-context";
import { word } from "./report-text";
import { SheetDraft } from "./sheet-draft";

const PER_ROW = 20;

export function traceSheet(ctx: ReportContext, name: string, tickets: TicketRun): PlanSheet {
  const { lang } = ctx;
  const draft = new SheetDraft("tickets:trace", "tickets", name);
  draft.addRow([text(ctx.title, "title")]);
  draft.merge({ top: 0, left: 0, bottom: 0, right: 3 });
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
    return draft.finish({ orientation: "landscape", fitToWidth: true, header: "" });
  }
  const top = draft.addRow(
    (["unit", "counter", "count", "ticketNumbers"] as const).map((k) =>
      text(word(lang, k), "header"),
    ),
  );
  const separator = lang === "zh" ? "、" : ", ";
  for (const e of entries) {
    for (let i = 0; i < e.ids.length; i += PER_ROW) {
      const first = i === 0;
      draft.addRow([
        text(first ? e.unit : "", "cell"),
        text(first ? label(e.counter) : "", "cell"),
        first ? numberCell(e.ids.length, "0") : text("", "cell"),
        text(e.ids.slice(i, i + PER_ROW).join(separator), "cell", true),
      ]);
    }
  }
  draft.rules.push({ top, left: 0, bottom: draft.nextRow - 1, right: 3 });
  draft.freeze = { rows: top + 1, columns: 0 };
  return draft.finish({
    orientation: "landscape",
    fitToWidth: true,
    repeatRows: { first: top, last: top },
    header: "",
  });
}
