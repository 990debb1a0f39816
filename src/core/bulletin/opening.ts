/**
 * The opening paragraphs from a counted log: which figures there are, formatted at the bulletins'
 * precision (rates and shares 2 decimals, growth 1, as schemes.md §6 and §7 print them), and the
 * growth on last period's figures where she gave them.
 */
import type { Language } from "../i18n";
import { formatFixed, formatPercent } from "../score/format";
import type { Headline, Part } from "../tickets/headline";
import { dayOf, parseDay } from "../tickets/ticket-time";
import { OPENING_WORDS, type Growth } from "./opening-words";

export interface OpeningInput {
  headline: Headline;
  /** Only tickets marked valid were counted (受理市民有效诉求). */
  validOnly: boolean;
  /** Last period's figures by headline id (received, replied …). */
  previous?: Readonly<Record<string, number>> | undefined;
  /** "同比" / "较上月". */
  against: string;
  ratePrecision?: number | undefined;
  sharePrecision?: number | undefined;
  growthPrecision?: number | undefined;
}

const count = (n: number) => formatFixed(n, 0);

export function openingParagraphs(
  input: OpeningInput,
  period: string | undefined,
  lang: Language,
): string[] {
  const w = OPENING_WORDS[lang];
  const { headline } = input;
  const rate = (x: number | null) =>
    x === null ? "—" : formatPercent(x, input.ratePrecision ?? 2);
  const share = (x: number | null) =>
    x === null ? "—" : formatPercent(x, input.sharePrecision ?? 2);
  const part = (p: Part | undefined) =>
    p ? { count: count(p.count), rate: rate(p.rate) } : undefined;
  const growth = (id: string, now: number): Growth | undefined => {
    const before = input.previous?.[id];
    if (before === undefined) return undefined;
    const change = now - before;
    return {
      against: input.against,
      change,
      count: count(Math.abs(change)),
      rate:
        before > 0
          ? formatPercent(Math.abs(change) / before, input.growthPrecision ?? 1)
          : undefined,
    };
  };
  const cutoffDay = headline.cutoff === undefined ? undefined : parseDay(headline.cutoff);
  const cutoff = cutoffDay === undefined ? undefined : dayOf(cutoffDay);
  const all = headline.all;
  if (headline.kind === "tickets") {
    const handled = part(all.handled);
    return w.hotline({
      period,
      validOnly: input.validOnly,
      received: count(all.received),
      growth: growth("received", all.received),
      onTheSpot: part(all.onTheSpot),
      transferred: all.transferred ? count(all.transferred.count) : undefined,
      handled: handled && { ...handled, cutoff: cutoff && w.day(cutoff.month, cutoff.day) },
      types: headline.byType.map((t) => ({ name: t.name, count: count(t.count) })),
      urgent:
        all.urgent === undefined || all.urgent === 0
          ? undefined
          : { count: count(all.urgent), inTime: all.urgentInTime && count(all.urgentInTime.count) },
      calledBack:
        all.calledBack === undefined || !all.satisfied || all.calledBack === 0
          ? undefined
          : {
              count: count(all.calledBack),
              satisfied: count(all.satisfied.count),
              rate: rate(all.satisfied.rate),
            },
      categories: all.categories.map((c) => ({
        name: c.name,
        count: count(c.count),
        share: share(c.share),
      })),
    });
  }
  const replied = all.replied?.count;
  const columns = headline.columns;
  return w.messages({
    period,
    received: count(all.received),
    replied: replied === undefined ? undefined : count(replied),
    growth: replied === undefined ? growth("received", all.received) : growth("replied", replied),
    columns: columns.map((c) => ({
      name: c.name,
      received: count(c.received),
      valid: c.valid === undefined ? undefined : count(c.valid),
      forwarded:
        c.forwarded === undefined
          ? undefined
          : {
              count: count(c.forwarded),
              again: c.forwardedAgain === undefined ? undefined : count(c.forwardedAgain),
            },
      replied:
        c.replied === undefined
          ? undefined
          : {
              count: count(c.replied.count),
              unasked: c.repliedUnasked === undefined ? undefined : count(c.repliedUnasked),
            },
    })),
    categories: (columns.length ? columns : [{ name: "", categories: all.categories }]).map(
      (c) => ({
        column: c.name,
        items: c.categories.map((x) => ({ name: x.name, count: count(x.count) })),
      }),
    ),
  });
}
