/**
 * 工单概况 (留言概况 for a message log): the opening figures of a counted log as a table she can
 * check the bulletin against — received, on the spot, transferred, handled by the cut-off, urgent,
 * call-backs; by type; the top categories; per column; the busiest units; and the sums that do
 * not meet. Shares are of everything received, rates of their own whole (schemes.md §6).
 */
import type { TicketRun } from "../tickets/ticket-run";
import { headlineRows } from "../tickets/headline-rows";
import { numberCell, text } from "./cells";
import type { PlanSheet } from "./plan";
import type { ReportContext } from "./report-context";
import { word } from "./report-text";
import { SheetDraft } from "./sheet-draft";

const PERCENT = "0.00%";

export function ticketFiguresSheet(
  ctx: ReportContext,
  name: string,
  tickets: TicketRun,
): PlanSheet {
  const { lang } = ctx;
  const { headline, resolved } = tickets;
  const draft = new SheetDraft("tickets:figures", "tickets", name);
  const label = (id: string) => resolved.rules.counters.find((c) => c.id === id)?.label[lang] ?? id;
  const h = resolved.rules.headline;
  draft.addRow([text(ctx.title, "title")]);
  draft.merge({ top: 0, left: 0, bottom: 0, right: 3 });
  draft.addRow([
    text(word(lang, headline.kind === "tickets" ? "ticketFigures" : "messageFigures"), "subtitle"),
  ]);
  draft.addRow([text(word(lang, "ticketFiguresNote"), "note")]);
  draft.blankRow();
  const headerRow = draft.addRow(
    (["figure", "count", "rate", "ofWhat"] as const).map((k) => text(word(lang, k), "header")),
  );
  const first = headerRow;
  for (const r of headlineRows(headline.all, resolved.rules, lang))
    draft.addRow([
      text(r.label, "cell"),
      numberCell(r.count, "0"),
      r.rate === undefined || r.rate === null ? null : numberCell(r.rate, PERCENT),
      r.of ? text(r.of, "cell") : null,
    ]);
  draft.rules.push({ top: first, left: 0, bottom: draft.nextRow - 1, right: 3 });

  const shares = (
    key: "byType" | "topCategories",
    list: { name: string; count: number; share: number | null }[],
    nameWord: "section" | "category",
  ) => {
    if (list.length === 0) return;
    draft.blankRow();
    draft.addRow([text(word(lang, key), "section")]);
    const top = draft.addRow([
      text(word(lang, nameWord), "header"),
      text(word(lang, "count"), "header"),
      text(word(lang, "ticketShare"), "header"),
    ]);
    for (const x of list)
      draft.addRow([text(x.name, "cell"), numberCell(x.count, "0"), numberCell(x.share, PERCENT)]);
    draft.rules.push({ top, left: 0, bottom: draft.nextRow - 1, right: 2 });
  };
  shares("byType", headline.byType, "section");
  if (headline.columns.length === 0) shares("topCategories", headline.all.categories, "category");

  if (headline.columns.length) {
    draft.blankRow();
    draft.addRow([text(word(lang, "byColumn"), "section")]);
    const ids = [
      h.received,
      h.valid,
      h.forwarded,
      h.forwardedAgain,
      h.replied,
      h.repliedUnasked,
    ].filter((x): x is string => x !== undefined);
    const top = draft.addRow([
      text(word(lang, "section"), "header"),
      ...ids.map((id) => text(label(id), "header")),
    ]);
    for (const c of headline.columns) {
      const values: Record<string, number | undefined> = {
        [h.received]: c.received,
        ...(h.valid && { [h.valid]: c.valid }),
        ...(h.forwarded && { [h.forwarded]: c.forwarded }),
        ...(h.forwardedAgain && { [h.forwardedAgain]: c.forwardedAgain }),
        ...(h.replied && { [h.replied]: c.replied?.count }),
        ...(h.repliedUnasked && { [h.repliedUnasked]: c.repliedUnasked }),
      };
      draft.addRow([text(c.name, "cell"), ...ids.map((id) => numberCell(values[id], "0"))]);
    }
    draft.rules.push({ top, left: 0, bottom: draft.nextRow - 1, right: ids.length });
    for (const c of headline.columns)
      shares(
        "topCategories",
        c.categories.map((x) => ({ ...x, name: `${c.name}：${x.name}` })),
        "category",
      );
  }

  const busiest = headline.busiest.filter((g) => g.units.length > 0);
  if (busiest.length) {
    draft.blankRow();
    draft.addRow([text(word(lang, "busiestUnits"), "section")]);
    const top = draft.addRow([
      text(word(lang, "group"), "header"),
      text(word(lang, "unit"), "header"),
      text(word(lang, "count"), "header"),
    ]);
    for (const g of busiest)
      g.units.forEach((u, i) =>
        draft.addRow([
          i === 0 ? text(g.group || "—", "cell") : text("", "cell"),
          text(u.name, "cell"),
          numberCell(u.count, "0"),
        ]),
      );
    draft.rules.push({ top, left: 0, bottom: draft.nextRow - 1, right: 2 });
  }
  if (headline.notes.length) {
    draft.blankRow();
    draft.addRow([text(word(lang, "figureNotes"), "section")]);
    for (const n of headline.notes) draft.addRow([text(n[lang], "note", true)]);
  }
  return draft.finish({ orientation: "portrait", fitToWidth: true, header: "" });
}
