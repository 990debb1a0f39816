/**
 * The bulletin's opening figures, from a tally (schemes.md §7): tickets received, by type with
 * shares, answered on the spot, transferred, handled by the cut-off, urgent and handled in time,
 * call-backs and satisfaction, the top categories, the busiest units per group; for a message log
 * the same per column (栏目). Rates divide as the bulletins do (§6): a part by its whole, a
 * category by everything received. Figures that do not add up are said, not hidden.
 */
import type { LocalText } from "../schemes/scheme";
import type { ResolvedRules } from "./resolve-rules";
import { CATEGORY_KEY_SEPARATOR, type TicketTally } from "./tally";

export interface CountShare {
  name: string;
  count: number;
  /** Of everything received (null when nothing was). */
  share: number | null;
}

export interface Part {
  count: number;
  /** Of its whole (received, transferred, urgent, called back); null when the whole is 0. */
  rate: number | null;
}

/** The figures of one set of tickets: the whole log, or one column (栏目) of a message log. */
export interface FigureSet {
  received: number;
  valid?: number | undefined;
  onTheSpot?: Part | undefined;
  transferred?: Part | undefined;
  handled?: Part | undefined;
  urgent?: number | undefined;
  urgentInTime?: Part | undefined;
  calledBack?: number | undefined;
  satisfied?: Part | undefined;
  forwarded?: number | undefined;
  forwardedAgain?: number | undefined;
  replied?: Part | undefined;
  repliedUnasked?: number | undefined;
  categories: CountShare[];
}

export interface Headline {
  kind: "tickets" | "messages";
  all: FigureSet;
  byType: CountShare[];
  /** Per column (栏目) of a message log, in the order of their size. */
  columns: ({ name: string } & FigureSet)[];
  /** The busiest units per group, by the units' ticket count. */
  busiest: { group: string; units: { name: string; count: number }[] }[];
  cutoff?: string | undefined;
  /** Sums that do not meet: types not adding up to the total, and the like. */
  notes: LocalText[];
}

const ratio = (part: number, whole: number | undefined): number | null =>
  whole === undefined || whole <= 0 ? null : part / whole;

function figures(
  counts: readonly number[],
  index: (id: string | undefined) => number,
  h: ResolvedRules["rules"]["headline"],
  categories: CountShare[],
): FigureSet {
  const get = (id: string | undefined) => {
    const at = index(id);
    return at < 0 ? undefined : (counts[at] ?? 0);
  };
  const received = get(h.received) ?? 0;
  const part = (id: string | undefined, whole: number | undefined): Part | undefined => {
    const count = get(id);
    return count === undefined ? undefined : { count, rate: ratio(count, whole) };
  };
  const transferred = get(h.transferred);
  const urgent = get(h.urgent);
  const calledBack = get(h.calledBack);
  return {
    received,
    valid: get(h.valid),
    onTheSpot: part(h.onTheSpot, received),
    transferred: part(h.transferred, received),
    handled: part(h.handled, transferred),
    urgent,
    urgentInTime: part(h.urgentInTime, urgent),
    calledBack,
    satisfied: part(h.satisfied, calledBack),
    forwarded: get(h.forwarded),
    forwardedAgain: get(h.forwardedAgain),
    replied: part(h.replied, received),
    repliedUnasked: get(h.repliedUnasked),
    categories,
  };
}

/** Largest first, ties by name, blanks left out. */
function ranked(
  list: { name: string; count: number }[],
  received: number,
  top: number,
): CountShare[] {
  return list
    .filter((x) => x.name !== "" && x.count > 0)
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, top)
    .map((x) => ({ ...x, share: ratio(x.count, received) }));
}

export function headlineOf(
  tally: TicketTally,
  resolved: ResolvedRules,
  busiestPerGroup = 5,
): Headline {
  const { rules } = resolved;
  const h = rules.headline;
  const index = (id: string | undefined) => (id === undefined ? -1 : tally.counters.indexOf(id));
  const receivedAt = index(h.received);
  const count = (counts: readonly number[]) => (receivedAt < 0 ? 0 : (counts[receivedAt] ?? 0));
  const received = count(tally.total);
  const categoryOf = (key: string) => {
    const [column = "", category = ""] = key.split(CATEGORY_KEY_SEPARATOR);
    return { column, category };
  };
  const categoriesIn = (column: string | undefined, whole: number) => {
    const merged = new Map<string, number>();
    for (const x of tally.byCategory) {
      const k = categoryOf(x.key);
      if (column !== undefined && k.column !== column) continue;
      merged.set(k.category, (merged.get(k.category) ?? 0) + count(x.counts));
    }
    return ranked(
      [...merged].map(([name, n]) => ({ name, count: n })),
      whole,
      rules.topCategories,
    );
  };
  const all = figures(tally.total, index, h, categoriesIn(undefined, received));
  const columns = tally.byColumn
    .filter((c) => c.key !== "")
    .map((c) => ({
      name: c.key,
      ...figures(c.counts, index, h, categoriesIn(c.key, count(c.counts))),
    }))
    // Largest first, as the bulletins list them; ties by name.
    .sort((a, b) => b.received - a.received || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const byType = ranked(
    tally.byType.map((t) => ({ name: t.key, count: count(t.counts) })),
    received,
    Number.MAX_SAFE_INTEGER,
  );
  const volumeAt = index(rules.unitCounter);
  const groups = new Map<string, { name: string; count: number }[]>();
  for (const u of tally.units) {
    if (u.key === "" || volumeAt < 0) continue;
    const list = groups.get(u.group) ?? [];
    list.push({ name: u.key, count: u.counts[volumeAt] ?? 0 });
    groups.set(u.group, list);
  }
  const busiest = [...groups]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([group, units]) => ({
      group,
      units: ranked(units, 0, busiestPerGroup).map(({ name, count: n }) => ({ name, count: n })),
    }));
  const notes: LocalText[] = [];
  const typed = byType.reduce((s, t) => s + t.count, 0);
  if (byType.length > 0 && typed !== received)
    notes.push({
      zh: `各诉求类型合计${typed}件，受理总量${received}件：${received - typed}件未填诉求类型`,
      en: `The request types add up to ${typed}, of ${received} received: ${received - typed} have no type`,
    });
  const onSpot = all.onTheSpot?.count;
  const moved = all.transferred?.count;
  if (onSpot !== undefined && moved !== undefined && onSpot + moved !== received)
    notes.push({
      zh: `当场答复${onSpot}件与转部门办理${moved}件之和不等于受理总量${received}件`,
      en: `On the spot (${onSpot}) and transferred (${moved}) do not add up to ${received} received`,
    });
  return {
    kind: rules.kind,
    all,
    byType,
    columns,
    busiest,
    cutoff: rules.cutoff,
    notes,
  };
}

/** The figures growth can be measured on (last period's typed in, or counted from its log). */
export const GROWTH_FIGURES = ["received", "transferred", "handled", "replied"] as const;

/** The figures growth can be measured on, by headline id (received, replied …). */
export function headlineFigures(h: Headline): Record<string, number> {
  const out: Record<string, number> = { received: h.all.received };
  const parts = { transferred: h.all.transferred, handled: h.all.handled, replied: h.all.replied };
  for (const [id, p] of Object.entries(parts)) if (p) out[id] = p.count;
  return out;
}
