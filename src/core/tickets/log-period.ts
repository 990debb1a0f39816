/**
 * The period a log covers, as a `Period` (so titles, "较上月" and the bulletin read it as they read
 * a table's title): from the rules' from/to days when set, else from the first and last ticket.
 * A month, a quarter or a run of months of one year; a stretch that is none of these has no period.
 */
import type { Period } from "../table/period";
import { dayOf, parseDay } from "./ticket-time";

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function logPeriod(
  bounds: { from?: string | undefined; to?: string | undefined },
  times: { firstTime?: number | undefined; lastTime?: number | undefined },
): Period | undefined {
  const first = bounds.from !== undefined ? parseDay(bounds.from) : times.firstTime;
  const last = bounds.to !== undefined ? parseDay(bounds.to) : times.lastTime;
  if (first === undefined || last === undefined) return undefined;
  const a = dayOf(first);
  const b = dayOf(last);
  if (a.year !== b.year || a.month > b.month) return undefined;
  const year = a.year;
  let days = 0;
  for (let m = a.month; m <= b.month; m++) days += daysInMonth(year, m);
  if (a.month === b.month) return { kind: "month", year, month: a.month, days };
  if ((a.month - 1) % 3 === 0 && b.month === a.month + 2)
    return { kind: "quarter", year, quarter: (a.month + 2) / 3, days };
  if (a.month === 1 && b.month === 12) return { kind: "year", year, days };
  return { kind: "months", year, from: a.month, to: b.month, days };
}
