/**
 * The sentences every shell says about a run's units, written once: "参评单位 82 个，无工单 8 个"
 * and "A 73（81.1%）、B 4（4.4%）" — the pane's result card, the ribbon's outcome, the command
 * line's summary and its score table all say them the same way.
 */
import type { Language } from "../i18n";
import { formatPercent } from "./format";
import type { Overall } from "./overall";

/** "参评单位 82 个" / "82 units ranked". */
export function unitsRankedText(count: number, lang: Language): string {
  return lang === "zh" ? `参评单位 ${count} 个` : `${count} units ranked`;
}

/**
 * The ranked, no-ticket and set-aside counts; a count of 0 is left out unless `every` is set
 * (the score table lists all three).
 */
export function unitCountsText(
  overall: Pick<Overall, "scoredCount" | "noTicketCount" | "invalidCount">,
  lang: Language,
  every = false,
): string {
  const zh = lang === "zh";
  const parts = [unitsRankedText(overall.scoredCount, lang)];
  if (every || overall.noTicketCount)
    parts.push(
      zh ? `无工单 ${overall.noTicketCount} 个` : `${overall.noTicketCount} with no tickets`,
    );
  if (every || overall.invalidCount)
    parts.push(
      zh
        ? `数据有误未参评 ${overall.invalidCount} 个`
        : `${overall.invalidCount} not ranked (data to fix)`,
    );
  return parts.join(zh ? "，" : ", ");
}

/**
 * "A 73（81.1%）、B 4（4.4%）" / "A 73 (81.1%), B 4 (4.4%)": the count and share of each grade
 * units have — as the bulletins say it, without "D 0（0.0%）".
 */
export function gradeCountsText(
  grades: readonly { label: string; count: number; share: number }[],
  lang: Language,
): string {
  return grades
    .filter((g) => g.count > 0)
    .map((g) =>
      lang === "zh"
        ? `${g.label} ${g.count}（${formatPercent(g.share, 1)}）`
        : `${g.label} ${g.count} (${formatPercent(g.share, 1)})`,
    )
    .join(lang === "zh" ? "、" : ", ");
}
