/**
 * The reporting period named in a title ("2021年2月…", "2017年二季度…", "2020年第一季度…"), and its
 * calendar days — WCI reads per day, and the provider's default is the period's length.
 */
export type Period =
  | { kind: "month"; year: number; month: number; days: number }
  /** Several months: "2021年1-2月", "2021年1月至2月". */
  | { kind: "months"; year: number; from: number; to: number; days: number }
  /** "2021年上半年" / "下半年". */
  | { kind: "half"; year: number; half: 1 | 2; days: number }
  | { kind: "quarter"; year: number; quarter: number; days: number }
  | { kind: "year"; year: number; days: number };

const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 两: 2 };

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function quarterNumber(text: string): number | undefined {
  const n = CHINESE_DIGITS[text] ?? Number(text);
  return n >= 1 && n <= 4 ? n : undefined;
}

export function periodFromTitle(title: string | undefined): Period | undefined {
  if (!title) return undefined;
  const text = title.normalize("NFKC");
  const daysOf = (year: number, from: number, to: number) => {
    let days = 0;
    for (let m = from; m <= to; m++) days += daysInMonth(year, m);
    return days;
  };
  // A range first: "1-2月" and "1月至2月" must not be read as January alone (or as a year).
  const range = /(\d{4})\s*年\s*(\d{1,2})\s*月?\s*(?:-|–|—|~|～|至|到)\s*(\d{1,2})\s*月/.exec(text);
  if (range) {
    const year = Number(range[1]);
    const from = Number(range[2]);
    const to = Number(range[3]);
    if (from >= 1 && to <= 12 && from < to)
      return { kind: "months", year, from, to, days: daysOf(year, from, to) };
  }
  const half = /(\d{4})\s*年\s*(上|下)半年/.exec(text);
  if (half) {
    const year = Number(half[1]);
    return half[2] === "上"
      ? { kind: "half", year, half: 1, days: daysOf(year, 1, 6) }
      : { kind: "half", year, half: 2, days: daysOf(year, 7, 12) };
  }
  const month = /(\d{4})\s*年\s*(\d{1,2})\s*月/.exec(text);
  if (month) {
    const year = Number(month[1]);
    const m = Number(month[2]);
    if (m >= 1 && m <= 12) return { kind: "month", year, month: m, days: daysInMonth(year, m) };
  }
  const quarter = /(\d{4})\s*年\s*(?:第)?\s*([一二三四1-4])\s*季度/.exec(text);
  if (quarter) {
    const year = Number(quarter[1]);
    const q = quarterNumber(quarter[2] ?? "");
    if (q !== undefined) {
      let days = 0;
      for (let m = q * 3 - 2; m <= q * 3; m++) days += daysInMonth(year, m);
      return { kind: "quarter", year, quarter: q, days };
    }
  }
  const year = /(\d{4})\s*年(?:度)?/.exec(text);
  if (year) {
    const y = Number(year[1]);
    return { kind: "year", year: y, days: daysInMonth(y, 2) === 29 ? 366 : 365 };
  }
  return undefined;
}

const QUARTER_ZH = ["一", "二", "三", "四"];

/** "2017年第二季度" / "2017 Q2", "2021年2月" / "2021-02", "2017年" / "2017". */
export function periodLabel(period: Period, lang: "zh" | "en"): string {
  switch (period.kind) {
    case "month":
      return lang === "zh"
        ? `${period.year}年${period.month}月`
        : `${period.year}-${String(period.month).padStart(2, "0")}`;
    case "quarter":
      return lang === "zh"
        ? `${period.year}年第${QUARTER_ZH[period.quarter - 1] ?? period.quarter}季度`
        : `${period.year} Q${period.quarter}`;
    case "months":
      return lang === "zh"
        ? `${period.year}年${period.from}-${period.to}月`
        : `${period.year}-${String(period.from).padStart(2, "0")}–${String(period.to).padStart(2, "0")}`;
    case "half":
      return lang === "zh"
        ? `${period.year}年${period.half === 1 ? "上" : "下"}半年`
        : `${period.year} H${period.half}`;
    case "year":
      return lang === "zh" ? `${period.year}年` : String(period.year);
  }
}
