/**
 * 计算方法: how the numbers were made, for whoever checks the report — the formula in words and
 * symbols, each measure with its zero-denominator rule, the index's weights, grade bands, ranking
 * rules, days, stand-ins and estimates, the rounding rule and the source bulletin.
 */
import { builtinScheme } from "../schemes/builtin";
import { formulaDefinitions, formulaText } from "../schemes/index-words";
import { formatFixed } from "../score/format";
import { labelOf } from "../schemes/label-of";
import { methodRows } from "./method-rows";
import { numberCell, text } from "./cells";
import type { PlanSheet } from "./plan";
import type { ReportContext } from "./report-context";
import { zeroPolicyWord } from "../measures/ratio";
import { rankMethodWord, word, type Word } from "./report-text";
import { columnLetters } from "../table/address";
import type { RunStamp } from "./plan";
import { SheetDraft } from "./sheet-draft";
import { addTicketMethodRows } from "./ticket-method-rows";

export function methodSheet(ctx: ReportContext, name: string, stamp: RunStamp): PlanSheet {
  const { lang, evaluation } = ctx;
  const { scheme } = evaluation;
  const draft = new SheetDraft("method", "method", name);
  const label = (key: Word) => text(word(lang, key), "label");
  const section = (key: Word) => {
    draft.blankRow();
    draft.addRow([text(word(lang, key), "section")]);
  };
  const header = (...keys: Word[]) => draft.addRow(keys.map((k) => text(word(lang, k), "header")));

  draft.addRow([text(ctx.title, "title")]);
  draft.merge({ top: 0, left: 0, bottom: 0, right: 3 });
  draft.addRow([text(word(lang, "method"), "subtitle")]);
  draft.blankRow();
  draft.addRow([label("scheme"), text(scheme.name[lang])]);
  draft.addRow([label("version"), text(scheme.version)]);
  if (scheme.basedOn) {
    // An edited scheme says what it started from and what the clerk changed.
    const base = builtinScheme(scheme.basedOn.id);
    draft.addRow([
      label("basedOn"),
      text(`${base?.name[lang] ?? scheme.basedOn.id} ${scheme.basedOn.version}`),
    ]);
    scheme.basedOn.changes.forEach((change, i) =>
      draft.addRow([i === 0 ? label("changes") : null, text(change[lang], undefined, true)]),
    );
  }
  draft.addRow([label("source"), text(scheme.source[lang], undefined, true)]);
  if (scheme.index) {
    draft.addRow([label("formula"), text(formulaText(scheme, lang), undefined, true)]);
    for (const definition of formulaDefinitions(scheme, lang))
      draft.addRow([null, text(definition, undefined, true)]);
  }

  section("measures");
  header("measure", "computedAs", "whenZero", "format", "direction");
  for (const m of scheme.measures) {
    const shown =
      m.format === "percent"
        ? `${m.precision} ${lang === "zh" ? "位小数的百分数" : "decimals, percent"}`
        : `${m.precision} ${lang === "zh" ? "位小数" : "decimals"}`;
    draft.addRow([
      text(m.label[lang]),
      text(m.kind === "ratio" ? (m.symbol ?? m.id) : word(lang, "inputValue")),
      text(m.kind === "ratio" ? zeroPolicyWord(lang, m.zeroPolicy) : "—"),
      text(shown),
      text(word(lang, m.direction === "lower" ? "lower" : "higher")),
    ]);
  }

  if (scheme.index) {
    section("indexTree");
    header("item", "weight", "transform");
    for (const row of methodRows(scheme, lang)) {
      const indent = "　".repeat(row.depth);
      draft.addRow([
        text(`${indent}${row.label}`),
        numberCell(row.weight, "General"),
        row.transform === undefined ? null : text(row.transform),
      ]);
    }
    draft.addRow([label("power"), numberCell(scheme.index.power, "General")]);
    draft.addRow([label("scale"), numberCell(scheme.index.scale, "General")]);
    draft.addRow([label("precision"), numberCell(scheme.index.precision, "0")]);
    if (evaluation.days !== null) draft.addRow([label("days"), numberCell(evaluation.days, "0")]);
  }

  const bands = scheme.grades ?? [];
  if (bands.length > 0) {
    section("grades");
    header("grade", "floor");
    for (const band of bands)
      draft.addRow([
        text(band.label),
        band.min === undefined ? text(word(lang, "below")) : numberCell(band.min, "General"),
      ]);
  }

  section("rankingRules");
  draft.addRow([label("rankMethod"), text(rankMethodWord(lang, evaluation.rankMethod))]);
  for (const key of evaluation.order)
    draft.addRow([
      label("sortKey"),
      text(
        `${labelOf(scheme, key.key, lang)}，${word(lang, key.direction === "desc" ? "descending" : "ascending")}`,
      ),
    ]);

  // The run behind the 分析 sheet's rank ranges, so anyone can draw the same ones again.
  const robustness = ctx.analysis?.kind === "done" ? ctx.analysis.robustness : undefined;
  if (robustness?.kind === "done") {
    section("robustnessRun");
    draft.addRow([label("weightBand"), text(`±${formatFixed(robustness.band * 100, 0)}%`)]);
    draft.addRow([label("draws"), numberCell(robustness.draws, "0")]);
    draft.addRow([label("seed"), numberCell(robustness.seed, "0")]);
  }

  const notes = [
    ...scheme.substitutes.map((s) => s.note[lang]),
    ...scheme.estimates.map((e) =>
      lang === "zh"
        ? `${labelOf(scheme, e.input, lang)}为截断值（W+）时，以${labelOf(scheme, e.product[0], lang)}×${labelOf(scheme, e.product[1], lang)}估计`
        : `where ${labelOf(scheme, e.input, lang)} is truncated (W+), it is estimated as ${labelOf(scheme, e.product[0], lang)} × ${labelOf(scheme, e.product[1], lang)}`,
    ),
    ...scheme.fields.flatMap((f) => (f.whenBlank ? [f.whenBlank.note[lang]] : [])),
  ];
  if (notes.length > 0) {
    section("substitutes");
    for (const note of [...new Set(notes)]) draft.addRow([text(note, undefined, true)]);
  }
  if (ctx.tickets) addTicketMethodRows(draft, lang, ctx.tickets);
  draft.blankRow();
  draft.addRow([text(word(lang, "roundingRule"), "note")]);
  if (ctx.liveFormulas) draft.addRow([text(word(lang, "liveNote"), "note")]);
  // The record kept for checking (which scheme exactly, which input, when in UTC) is on the
  // sheet but not on paper: the print area ends above it.
  const printedRows = draft.nextRow;
  let printedColumns = 4;
  for (const row of draft.rows) printedColumns = Math.max(printedColumns, row.length);
  section("checkRecord");
  draft.addRow([label("schemeId"), text(stamp.schemeId)]);
  draft.addRow([label("inputHash"), text(stamp.inputHash)]);
  draft.addRow([label("generatedAtUtc"), text(stamp.generatedAt)]);
  return draft.finish({
    orientation: "portrait",
    fitToWidth: true,
    header: ctx.title,
    area: `A1:${columnLetters(printedColumns - 1)}${printedRows}`,
  });
}
