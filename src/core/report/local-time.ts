/**
 * A run's time as the clerk reads it: in her local time, in words ("2026年11月21日 16:00"), not
 * as a UTC ISO string. The shell says the offset (minutes east of UTC); China's +8 h when it
 * does not. The ISO string stays in the record kept for checking.
 */
export const CHINA_OFFSET_MINUTES = 8 * 60;

export function localTimeText(iso: string, offsetMinutes: number, lang: "zh" | "en"): string {
  const at = Date.parse(iso);
  if (!Number.isFinite(at)) return iso;
  const local = new Date(at + offsetMinutes * 60_000);
  const two = (n: number) => String(n).padStart(2, "0");
  const clock = `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`;
  const y = local.getUTCFullYear();
  const m = local.getUTCMonth() + 1;
  const d = local.getUTCDate();
  if (lang === "zh") return `${y}年${m}月${d}日 ${clock}`;
  const sign = offsetMinutes >= 0 ? "+" : "−";
  const hours = Math.abs(offsetMinutes) / 60;
  return `${y}-${two(m)}-${two(d)} ${clock} (UTC${sign}${Number.isInteger(hours) ? hours : hours.toFixed(1)})`;
}
