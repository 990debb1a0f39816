/**
 * What every engine returns: the counters summed per unit, per request type, per category and per
 * column (栏目), over the tickets in scope, plus the ticket numbers behind the traced counters.
 * Everything after — the department table, the opening figures, the 核对 sheet — is computed
 * from a tally by pure functions, so an engine only has to count. Engines return the log's own
 * texts; `maskedTally` masks any phone or ID number in them before anything is shown.
 */
import { maskPersonal } from "./personal-data";
export interface KeyedCounts {
  key: string;
  counts: number[];
}

export interface UnitCounts extends KeyedCounts {
  /** The unit's group: the first (in code-point order) non-blank group its tickets name. */
  group: string;
}

export interface TicketTally {
  /** Counter ids, the order of every `counts` array. */
  counters: string[];
  /** Tickets in scope. */
  rows: number;
  total: number[];
  /** By unit ("" for tickets with no unit). */
  units: UnitCounts[];
  byType: KeyedCounts[];
  /** By column and category (level 1): key is `${column}\u0000${category}`. */
  byCategory: KeyedCounts[];
  byColumn: KeyedCounts[];
  /** First and last time in the period column over the tickets in scope (seconds), if any. */
  firstTime?: number | undefined;
  lastTime?: number | undefined;
  /** Ticket numbers per traced counter and unit, sorted. */
  trace: { counter: string; unit: string; ids: string[] }[];
}

export const CATEGORY_KEY_SEPARATOR = "\u0000";

export function categoryKey(column: string, category: string): string {
  return `${column}${CATEGORY_KEY_SEPARATOR}${category}`;
}

/** Keys in code-unit order (what `ORDER BY … COLLATE "C"` gives for the text platforms export). */
export function byKey<T extends { key: string }>(a: T, b: T): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** A tally with every list in one order, so two engines' tallies compare equal when they agree. */
export function normalTally(t: TicketTally): TicketTally {
  return {
    ...t,
    units: [...t.units].sort(byKey),
    byType: [...t.byType].sort(byKey),
    byCategory: [...t.byCategory].sort(byKey),
    byColumn: [...t.byColumn].sort(byKey),
    trace: [...t.trace]
      .map((x) => ({ ...x, ids: [...x.ids].sort() }))
      .sort((a, b) =>
        a.counter === b.counter
          ? a.unit < b.unit
            ? -1
            : a.unit > b.unit
              ? 1
              : 0
          : a.counter < b.counter
            ? -1
            : 1,
      ),
  };
}

/** The tally with every text that may be shown masked (`personal-data.ts`). */
export function maskedTally(t: TicketTally): TicketTally {
  const keyed = (list: KeyedCounts[]) => list.map((x) => ({ ...x, key: maskPersonal(x.key) }));
  return {
    ...t,
    units: t.units.map((u) => ({ ...u, key: maskPersonal(u.key), group: maskPersonal(u.group) })),
    byType: keyed(t.byType),
    byCategory: t.byCategory.map((x) => ({
      ...x,
      key: x.key.split(CATEGORY_KEY_SEPARATOR).map(maskPersonal).join(CATEGORY_KEY_SEPARATOR),
    })),
    byColumn: keyed(t.byColumn),
    trace: t.trace.map((x) => ({ ...x, unit: maskPersonal(x.unit), ids: x.ids.map(maskPersonal) })),
  };
}
