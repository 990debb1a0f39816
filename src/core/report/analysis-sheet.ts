/**
 * 分析 (#22): what would move each unit up and how robust its rank is. One row per ranked unit in
 * the ranking's order: its rank, grade and score; the gap to the next grade in words and, per input
 * it can change, the amount (tickets, or percentage points); what passes the unit above; the ranks
 * it takes when the weights move, in words. Then each indicator's leave-one-out effect, and how it
 * was all found (held inputs, band, draws, seed). A table too large to analyse says so here.
 */
import {
  boundWords,
  gradeGapWords,
  heldWords,
  leaveOneOutWords,
  passGapWords,
  rangeWords,
  robustnessMethodWords,
} from "../gap/gap-words";
import type { Analysis } from "../gap/analysis";
import { heldInputs, type UnitGap } from "../gap/gaps";
import { isRateInput } from "../gap/unit-gap";
import { labelOf } from "../schemes/label-of";
import { numberCell, numberFormat, text } from "./cells";
import type { PlanCell, PlanSheet } from "./plan";
import type { ReportContext } from "./report-context";
import { word } from "./report-text";
import { SheetDraft } from "./sheet-draft";

export function analysisSheet(ctx: ReportContext, name: string, analysis: Analysis): PlanSheet {
  const { lang, evaluation } = ctx;
  const { scheme } = evaluation;
  const draft = new SheetDraft("analysis", "analysis", name);
  const title = draft.addRow([text(ctx.title, "title")]);
  const subtitle = draft.addRow([text(word(lang, "analysisTitle"), "subtitle")]);
  if (analysis.kind !== "done") {
    draft.blankRow();
    const { units, limit } = analysis;
    draft.addRow([
      text(
        lang === "zh"
          ? `本表有${units}个单位，超过${limit}个，未做距上一等级与排名稳健性分析。`
          : `This table has ${units} units, more than ${limit}: no gap or robustness analysis.`,
        "note",
        true,
      ),
    ]);
    return draft.finish({ orientation: "landscape", fitToWidth: true, header: ctx.title });
  }
  const { gaps, robustness } = analysis;
  // A column only where some input moves its target: else the held-input note says why not.
  const grades = (gaps.gradeEffects?.moves.length ?? 0) > 0;
  const passes = gaps.rankEffects.moves.length > 0;
  const bounds = robustness.kind === "done" && robustness.bounds === "computed";
  const moves = gaps.gradeEffects?.moves ?? [];
  const listSizes = new Map<string | null, number>();
  for (const u of evaluation.units) listSizes.set(u.group, (listSizes.get(u.group) ?? 0) + 1);

  const grouped = evaluation.units.some((u) => u.group !== null);
  const sections = evaluation.units.some((u) => u.section !== null);
  const headers: string[] = [
    ...(grouped ? [word(lang, "group")] : []),
    word(lang, grouped ? "groupRank" : "rank"),
    word(lang, "unit"),
    ...(sections ? [word(lang, "section")] : []),
    ...(scheme.index ? [scheme.index.label[lang]] : []),
    ...(grades ? [word(lang, "grade"), word(lang, "gapToGrade")] : []),
    ...moves.map((m) => amountHeader(ctx, m.input)),
    ...(passes ? [word(lang, "gapToPass")] : []),
    ...(robustness.kind === "done" ? [word(lang, "rankRange")] : []),
    ...(bounds ? [word(lang, "rankBound")] : []),
  ];
  draft.blankRow();
  const headerRow = draft.addRow(headers.map((h) => text(h, "header")));
  const scoreFormat = numberFormat("number", scheme.index?.precision ?? 2);
  gaps.units.forEach((g, i) => {
    const u = g.unit;
    const range = robustness.kind === "done" ? robustness.ranges[i] : null;
    const cells: (PlanCell | null)[] = [
      ...(grouped ? [u.group === null ? null : text(u.group)] : []),
      numberCell(u.group !== null ? u.groupRank : u.rank, "0"),
      text(u.unit),
      ...(sections ? [u.section === null ? null : text(u.section)] : []),
      ...(scheme.index ? [numberCell(u.score, scoreFormat)] : []),
      ...(grades
        ? [
            u.grade === null ? null : text(u.grade),
            g.grade ? text(gradeGapWords(scheme, g.grade, lang), undefined, true) : null,
          ]
        : []),
      ...moves.map((m) => amountCell(ctx, g, m.input)),
      ...(passes
        ? [g.pass ? text(passGapWords(scheme, g.pass, lang), undefined, true) : null]
        : []),
      ...(robustness.kind === "done"
        ? [
            range
              ? text(rangeWords(range, listSizes.get(u.group) ?? 1, lang), undefined, true)
              : null,
          ]
        : []),
      ...(bounds ? [range?.bound ? text(boundWords(range, lang)) : null] : []),
    ];
    draft.addRow(cells);
  });
  draft.freeze = { rows: headerRow + 1, columns: headers.indexOf(word(lang, "unit")) + 1 };
  // The sentences' columns a fixed width, wrapping, so the table prints one page wide and legible.
  headers.forEach((h, c) => {
    if ([word(lang, "gapToGrade"), word(lang, "gapToPass")].includes(h)) draft.fixWidth(c, 28);
    if (h === word(lang, "rankRange")) draft.fixWidth(c, 22);
  });
  // The titles and a sentence under the table span it, so none widens the first column or runs off.
  const last = headers.length - 1;
  draft.merge({ top: title, left: 0, bottom: title, right: last });
  draft.merge({ top: subtitle, left: 0, bottom: subtitle, right: last });
  const sentence = (words: string, style?: "note" | "section") => {
    const row = draft.addRow([text(words, style, true)]);
    draft.merge({ top: row, left: 0, bottom: row, right: last });
  };

  if (robustness.kind === "done" && robustness.leaveOneOut.length > 0) {
    draft.blankRow();
    sentence(word(lang, "leaveOneOut"), "section");
    for (const effect of robustness.leaveOneOut) sentence(leaveOneOutWords(scheme, effect, lang));
  }

  draft.blankRow();
  sentence(word(lang, "analysisMethod"), "section");
  const notes = [
    lang === "zh"
      ? "距上一等级：每次只改变一项，求达到上一等级分数线所需的最小改变（件数为整数，比率以0.01个百分点为单位），其余各项不变；改变不超出表中允许的范围（如超期办理数不大于办理数）。"
      : "Gap to the next grade: one input changed at a time, the smallest change that reaches the next grade's floor (whole tickets; rates in steps of 0.01 points), the rest as they are, within what the table allows (late ≤ handled …).",
    lang === "zh"
      ? "距上一名：同样求超过本组（或全表）上一名的最小改变。"
      : "Gap to the unit above: the same, to pass the unit above in its list.",
    ...heldInputs(gaps).map((h) => heldWords(scheme, h, lang)),
    ...robustnessMethodWords(robustness, lang),
  ];
  for (const note of notes) sentence(note, "note");
  return draft.finish({
    orientation: "landscape",
    fitToWidth: true,
    repeatRows: { first: headerRow, last: headerRow },
    header: ctx.title,
  });
}

/** "超期办理数（件）" / "群众满意率（百分点）": an amount column's header, in the bulletin's counter. */
function amountHeader(ctx: ReportContext, input: string): string {
  const { lang, evaluation } = ctx;
  const { scheme } = evaluation;
  const label = labelOf(scheme, input, lang);
  const rate = isRateInput(scheme, input);
  const counter = scheme.bulletin.totals?.find((t) => t.field === input)?.counter;
  const unit = rate ? word(lang, "points") : lang === "zh" ? counter : undefined;
  if (!unit) return label;
  return lang === "zh" ? `${label}（${unit}）` : `${label} (${unit})`;
}

/** The signed amount one input must change by for the next grade; "—" where it cannot get there. */
function amountCell(ctx: ReportContext, g: UnitGap, input: string): PlanCell | null {
  if (g.grade?.kind !== "next") return null;
  const change = g.grade.changes.find((c) => c.input === input);
  if (!change) return null;
  if (!change.reached) return text("—", "centred");
  const rate = isRateInput(ctx.evaluation.scheme, input);
  return rate
    ? numberCell((Math.sign(change.change) * change.steps) / 100, "+0.00;-0.00")
    : numberCell(change.change, "+0;-0");
}
