/**
 * The units not ranked as a small table — 单位 | 原因 | 单元格, the cell a link to the unit's row —
 * written the same way on the summary and after each ranking.
 */
import type { ExcludedUnit } from "../score/scored-unit";
import type { Language } from "../i18n";
import { link, text } from "./cells";
import type { CellStyle, PlanCell } from "./plan";
import { word } from "./report-text";
import type { SheetDraft } from "./sheet-draft";

/** Adds the heading, the header and one row per unit from column `at`; returns the header's row. */
export function addExcludedTable(
  draft: SheetDraft,
  lang: Language,
  excluded: readonly ExcludedUnit[],
  at = 0,
  style?: CellStyle,
): number {
  const styled = (cell: PlanCell): PlanCell => (style ? { ...cell, style } : cell);
  draft.blankRow();
  draft.addRow([text(word(lang, "excludedUnits"), "section")], at);
  const header = draft.addRow(
    [
      text(word(lang, "unit"), "header"),
      text(word(lang, "reason"), "header"),
      text(word(lang, "cell"), "header"),
    ],
    at,
  );
  for (const e of excluded)
    draft.addRow(
      [
        text(e.unit === "" ? "—" : e.unit),
        text(word(lang, e.reason === "no-tickets" ? "noTickets" : "invalidInput")),
        link(e.cell, e.cell),
      ].map(styled),
      at,
    );
  return header;
}
