/**
 * The opening figures as rows — name, count, rate and what the rate is of — in the order the
 * bulletins give them. The 工单概况 sheet, `govrank tickets` and the pane all list them from here.
 */
import type { Language } from "../i18n";
import type { FigureSet } from "./headline";
import type { TicketRules } from "./ticket-rules";

export interface HeadlineRow {
  /** The counter id (received, onTheSpot …). */
  id: string;
  label: string;
  count: number;
  /** Of its whole; undefined for a plain count, null when the whole is 0. */
  rate?: number | null | undefined;
  /** What the rate is of: "占受理诉求", "占转部门办理，截至2022-02-06". */
  of?: string | undefined;
}

export function headlineRows(all: FigureSet, rules: TicketRules, lang: Language): HeadlineRow[] {
  const zh = lang === "zh";
  const h = rules.headline;
  const label = (id: string | undefined) =>
    rules.counters.find((c) => c.id === id)?.label[lang] ?? id ?? "";
  const of = (whole: string | undefined, more = "") =>
    (zh ? `占${label(whole)}` : `of ${label(whole)}`) + more;
  const cutoff = rules.cutoff ? (zh ? `，截至${rules.cutoff}` : `, by ${rules.cutoff}`) : "";
  const rows: HeadlineRow[] = [];
  const count = (id: string | undefined, n: number | undefined) => {
    if (id !== undefined && n !== undefined) rows.push({ id, label: label(id), count: n });
  };
  const part = (
    id: string | undefined,
    p: { count: number; rate: number | null } | undefined,
    whole: string,
  ) => {
    if (id !== undefined && p)
      rows.push({ id, label: label(id), count: p.count, rate: p.rate, of: whole });
  };
  count(h.received, all.received);
  count(h.valid, all.valid);
  part(h.onTheSpot, all.onTheSpot, of(h.received));
  part(h.transferred, all.transferred, of(h.received));
  part(h.handled, all.handled, of(h.transferred, cutoff));
  count(h.urgent, all.urgent);
  part(h.urgentInTime, all.urgentInTime, of(h.urgent));
  count(h.calledBack, all.calledBack);
  part(h.satisfied, all.satisfied, of(h.calledBack));
  count(h.forwarded, all.forwarded);
  count(h.forwardedAgain, all.forwardedAgain);
  part(h.replied, all.replied, of(h.received));
  count(h.repliedUnasked, all.repliedUnasked);
  return rows;
}
