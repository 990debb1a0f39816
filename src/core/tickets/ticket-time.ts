/**
 * Times in a ticket log as seconds since 1970-01-01 00:00 on the log's own clock (no time zone:
 * platforms export local time, and every comparison is between two times of the same log).
 * Accepted: Excel serial numbers (a cell typed as a date), and text "2022-01-05 10:22:33",
 * "2022/1/5 10:22", "2022-01-05", "2022年1月5日 10:22". The SQL engines accept exactly these
 * (see `ticket-sql.ts`); anything else is no time, and a rule that needs it does not hold.
 */
import type { CellValue } from "../values/parse-cell";
import { trimText } from "./ticket-log";

// A zone suffix (+08, Z) is dropped: the log's own clock is what is compared.
const TEXT_TIME =
  /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/;

/** The Excel serial of 1970-01-01 (1900 date system). */
const EXCEL_EPOCH = 25569;
const DAY = 86400;

export function secondsOf(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number | undefined {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59)
    return undefined;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC rolls 2022-02-31 over to March: such a date is no date.
  if (new Date(ms).getUTCDate() !== day) return undefined;
  return ms / 1000;
}

export function parseTicketTime(value: CellValue): number | undefined {
  if (typeof value === "number") {
    // Serial numbers from 1900 to 9999; the time of day kept to the second.
    if (!(value >= 1 && value < 2958466)) return undefined;
    return Math.round((value - EXCEL_EPOCH) * DAY);
  }
  if (typeof value !== "string") return undefined;
  const m = TEXT_TIME.exec(trimText(value).replace(/[ \t\r\n\f\v]+/g, " "));
  if (!m) return undefined;
  return secondsOf(
    Number(m[1]),
    Number(m[2]),
    Number(m[3]),
    Number(m[4] ?? 0),
    Number(m[5] ?? 0),
    Number(m[6] ?? 0),
  );
}

/** "2022-02-06": the day's first second, or undefined when it is no date. */
export function parseDay(text: string): number | undefined {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  return m ? secondsOf(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

export function dayOf(seconds: number): { year: number; month: number; day: number } {
  const d = new Date(seconds * 1000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export const SECONDS_PER_DAY = DAY;
