/**
 * 核对: the ticket numbers behind each unit's traced counts (超期, 返工, 不满意), one ticket a
 * row in an Excel table, so a unit that disputes its score filters to its own tickets. Numbers are
 * masked like every shown text (a phone-shaped number is not a ticket number).
 *
 * A province's log can trace more tickets than a sheet has rows (1 048 576): then every unit's
 * every count keeps as many of its tickets as fit evenly (the longest lists are cut, none
 * dropped whole), and the sheet says so above the table.
 */
import type { Language } from "../i18n";
import type { TicketRun } from "../tickets/ticket-run";
import { columnLetters } from "../table/address";
import { text } from "./cells";
import type { PlanSheet } from "./plan";
import type { ReportContext } from "./report-context";
import { word } from "./report-text";
import { SheetDraft } from "./sheet-draft";

/** The rows of an Excel worksheet. */
export const SHEET_ROWS = 1_048_576;

/**
 * The most tickets each list may keep so that all of them fit in `room` rows, cutting only the
 * longest lists (water-filling); Infinity when everything fits.
 */
export function evenCap(lengths: readonly number[], room: number): number {
  const total = lengths.reduce((a, b) => a + b, 0);
  if (total <= room) return Infinity;
  let low = 0;
  let high = Math.max(0, ...lengths);
  // The largest cap whose lists fit; each step halves the range, ~20 steps for a million.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    const kept = lengths.reduce((a, n) => a + Math.min(n, mid), 0);
    if (kept <= room) low = mid;
    else high = mid - 1;
  }
  return low;
}

export function traceSheet(
  ctx: ReportContext,
  name: string,
  tickets: TicketRun,
  tableName: string,
  sheetRows: number = SHEET_ROWS,
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
    // A cluster sends back aggregates only: say so rather than "nothing to list".
    draft.addRow([text(word(lang, tickets.engine === "clickhouse" ? "traceWithheld" : "noTrace"))]);
    return draft.finish({ orientation: "portrait", fitToWidth: true, header: "" });
  }
  // Rows left under the header; a cut list also needs a row for its note.
  const lengths = entries.map((e) => e.ids.length);
  const total = lengths.reduce((a, n) => a + n, 0);
  const cap =
    total <= sheetRows - draft.nextRow - 1
      ? Infinity
      : evenCap(lengths, sheetRows - draft.nextRow - 2);
  if (cap !== Infinity) {
    const kept = lengths.reduce((a, n) => a + Math.min(n, cap), 0);
    draft.addRow([text(traceCutNote(lang, total, kept, cap), "note")]);
  }
  const top = draft.addRow(
    (["unit", "counter", "ticketNumbers"] as const).map((k) => text(word(lang, k), "header")),
  );
  for (const e of entries)
    for (const id of cap === Infinity ? e.ids : e.ids.slice(0, cap))
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

function traceCutNote(lang: Language, total: number, kept: number, cap: number): string {
  const n = (x: number) => x.toLocaleString("en-US");
  return lang === "zh"
    ? `共有 ${n(total)} 个工单编号，超过一张工作表的行数，每个单位的每项计数最多列出 ${n(cap)} 个，共列出 ${n(kept)} 个；要看完整清单，请缩短统计期（--from / --to，或任务窗格中的统计期）分次生成。`
    : `${n(total)} ticket numbers are more than a sheet holds: each unit's each count lists at most ${n(cap)}, ${n(kept)} in all. For the full lists, make reports for shorter periods (--from / --to, or the pane's period).`;
}
