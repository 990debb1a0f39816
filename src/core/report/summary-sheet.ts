/**
 * 汇总: the headline figures a bulletin quotes — unit counts, totals, overall rates (Σ/Σ), grade
 * distribution with shares over all units (no-ticket units included), top and bottom units, units
 * with a 0 rate, units not ranked — and the run record that says how the report was made.
 */
import { labelOf } from "../schemes/label-of";
import { formatFixed } from "../score/format";
import { periodLabel } from "../table/period";
import { firstByRank, lastByRank } from "./by-rank";
import { formula, numberCell, numberFormat, text } from "./cells";
import type { PlanCell, PlanSheet, RunStamp } from "./plan";
import { columnOf } from "./ranked-columns";
import { columnRange, type RankedLayout } from "./ranked-sheet";
import { chartedValue, type ReportContext } from "./report-context";
import { bottomTitle, listJoin, rankMethodWord, topTitle, word, type Word } from "./report-text";
import { addExcludedTable } from "./excluded-table";
import { SheetDraft } from "./sheet-draft";

const SHARE_FORMAT = "0.0%";
const COUNT_FORMAT = "0";

export function summarySheet(
  ctx: ReportContext,
  name: string,
  layouts: readonly RankedLayout[],
  stamp: RunStamp,
  /** When the report was made, in the clerk's local time and words. */
  timeText: string,
): PlanSheet {
  const { lang, evaluation, reading } = ctx;
  const { scheme, overall } = evaluation;
  const draft = new SheetDraft("summary", "summary", name);
  const label = (key: Word) => text(word(lang, key), "label");
  const section = (key: Word) => {
    draft.blankRow();
    draft.addRow([text(word(lang, key), "section")]);
  };

  draft.addRow([text(ctx.title, "title")]);
  draft.merge({ top: 0, left: 0, bottom: 0, right: 3 });
  draft.addRow([text(word(lang, "summary"), "subtitle")]);

  draft.blankRow();
  if (reading.period) draft.addRow([label("period"), text(periodLabel(reading.period, lang))]);
  draft.addRow([label("scheme"), text(scheme.name[lang])]);
  draft.addRow([label("scoredCount"), numberCell(overall.scoredCount, COUNT_FORMAT)]);
  if (scheme.excludeWhenZero)
    draft.addRow([label("noTicketCount"), numberCell(overall.noTicketCount, COUNT_FORMAT)]);
  draft.addRow([label("invalidCount"), numberCell(overall.invalidCount, COUNT_FORMAT)]);
  const populationRow = draft.addRow([
    label("population"),
    numberCell(overall.population, COUNT_FORMAT),
  ]);
  const populationCell = `$B$${populationRow + 1}`;

  // Totals, each a SUM over the ranking sheets' column when formulas are live.
  const totalCells = new Map<string, string>();
  // Only what may be added up: where the scheme names its totals (WCI: 发文, 阅读, 在看), maxima
  // and headline figures are not summed.
  const summable = new Set(scheme.bulletin.totals.map((t) => t.field));
  const counts = scheme.fields.filter(
    (f) =>
      f.kind === "count" && f.id in overall.totals && (summable.size === 0 || summable.has(f.id)),
  );
  if (counts.length > 0) {
    section("totals");
    for (const field of counts) {
      const value = overall.totals[field.id] ?? 0;
      const column = columnOf(layouts[0]?.columns ?? [], field.id);
      const cell =
        ctx.liveFormulas && column >= 0
          ? formula(
              `=${layouts.map((l) => `SUM(${columnRange(l, column, true)})`).join("+")}`,
              value,
              COUNT_FORMAT,
            )
          : numberCell(value, COUNT_FORMAT);
      const row = draft.addRow([
        text(field.label[lang], "label"),
        cell,
        overall.approximateTotals.includes(field.id) ? text(word(lang, "approximateTotal")) : null,
      ]);
      totalCells.set(field.id, `B${row + 1}`);
    }
  }

  const ratios = scheme.measures.filter(
    (m): m is Extract<typeof m, { kind: "ratio" }> => m.kind === "ratio",
  );
  if (ratios.length > 0) {
    section("overallRates");
    for (const measure of ratios) {
      const rate = overall.rates[measure.id];
      if (!rate) continue;
      const format = numberFormat(measure.format, measure.precision);
      const denominator = totalCells.get(measure.denominator);
      const terms = measure.numerator.map((t) => ({ cell: totalCells.get(t.input), sign: t.sign }));
      let cell: PlanCell | null = numberCell(rate.value, format);
      if (ctx.liveFormulas && denominator && terms.every((t) => t.cell) && rate.value !== null) {
        const numerator = terms
          .map((t, i) => (t.sign === -1 ? `-${t.cell}` : i === 0 ? t.cell : `+${t.cell}`))
          .join("");
        cell = formula(
          `=IF(${denominator}=0,"",(${numerator})/${denominator})`,
          rate.value,
          format,
        );
      }
      draft.addRow([
        text(measure.label[lang], "label"),
        cell,
        text(`= ${formatFixed(rate.numerator, 0)} / ${formatFixed(rate.denominator, 0)}`),
      ]);
    }
  }

  if (overall.grades.length > 0) {
    section("gradeDistribution");
    draft.addRow([
      text(word(lang, "grade"), "header"),
      text(word(lang, "unitCount"), "header"),
      text(word(lang, "share"), "header"),
    ]);
    const gradeColumn = columnOf(layouts[0]?.columns ?? [], "grade");
    for (const grade of overall.grades) {
      const row = draft.nextRow;
      const live = ctx.liveFormulas && gradeColumn >= 0;
      const countFormula = `=${layouts
        .map(
          (l) =>
            `COUNTIF(${columnRange(l, gradeColumn, true)},"${grade.label.replace(/"/g, '""')}")`,
        )
        .join("+")}`;
      draft.addRow([
        text(grade.label),
        live
          ? formula(countFormula, grade.count, COUNT_FORMAT)
          : numberCell(grade.count, COUNT_FORMAT),
        live
          ? formula(
              `=IF(${populationCell}=0,0,B${row + 1}/${populationCell})`,
              grade.share,
              SHARE_FORMAT,
            )
          : numberCell(grade.share, SHARE_FORMAT),
      ]);
    }
  }

  unitLists(ctx, draft);
  excludedList(ctx, draft);

  if (ctx.bulletin) {
    section("bulletin");
    draft.addRow([text(ctx.bulletin.title, "label", true)]);
    for (const part of ctx.bulletin.sections) {
      draft.addRow([text(part.heading, "label")]);
      for (const paragraph of part.paragraphs) draft.addRow([text(paragraph, undefined, true)]);
    }
  }

  // In words, as the clerk reads it; the scheme id, the input digest and the UTC time are on the
  // method sheet, outside what is printed.
  section("runStamp");
  const stampRows: [Word, string][] = [
    ["scheme", evaluation.scheme.name[lang]],
    ["schemeVersion", stamp.schemeVersion],
    ["rankMethod", rankMethodWord(lang, evaluation.rankMethod)],
    ["sortKey", sortKeyText(ctx)],
    ...(evaluation.days !== null ? ([["days", String(evaluation.days)]] as [Word, string][]) : []),
    ["inputRange", stamp.inputRange],
    ["generatedAt", timeText],
    ["generator", stamp.generator],
    ["liveFormulas", word(lang, ctx.liveFormulas ? "yes" : "no")],
  ];
  for (const [key, value] of stampRows) draft.addRow([label(key), text(value)]);

  return draft.finish({ orientation: "portrait", fitToWidth: true, header: ctx.title });
}

function measureLabel(ctx: ReportContext, id: string): string {
  return labelOf(ctx.evaluation.scheme, id, ctx.lang);
}

function sortKeyText(ctx: ReportContext): string {
  return listJoin(
    ctx.lang,
    ctx.evaluation.order.map(
      (k) =>
        `${measureLabel(ctx, k.key)}（${word(ctx.lang, k.direction === "desc" ? "descending" : "ascending")}）`,
    ),
  );
}

/** Top and bottom N by the charted value, and the units the bulletin names for a 0 rate. */
function unitLists(ctx: ReportContext, draft: SheetDraft): void {
  const { lang, evaluation } = ctx;
  const { columns } = evaluation;
  const count = columns.rank.length;
  const valueId = chartedValue(evaluation);
  const format =
    valueId === "score"
      ? numberFormat("number", evaluation.scheme.index?.precision ?? 2)
      : (() => {
          const m = evaluation.scheme.measures.find((x) => x.id === valueId);
          return m ? numberFormat(m.format, m.precision) : "0";
        })();
  const values = valueId === "score" ? columns.score : columns.measures[valueId];
  const valueOf = (i: number) => {
    const v = values?.[i];
    return v === undefined || Number.isNaN(v) ? null : v;
  };
  // Top and bottom over the whole table, ranked by the overall rank: read from the columns.
  const n = Math.min(ctx.top, count);
  const list = (title: string, entries: readonly number[]) => {
    draft.blankRow();
    draft.addRow([text(title, "section")]);
    draft.addRow([
      text(word(lang, "rank"), "header"),
      text(word(lang, "unit"), "header"),
      text(measureLabel(ctx, valueId), "header"),
    ]);
    for (const i of entries) {
      const rank = columns.rank[i] as number;
      draft.addRow([
        numberCell(Number.isNaN(rank) ? null : rank, "0"),
        text(columns.unit[i] ?? ""),
        numberCell(valueOf(i), format),
      ]);
    }
  };
  if (n > 0) list(topTitle(lang, n), firstByRank(columns.rank, n));
  if (count > n) list(bottomTitle(lang, n), lastByRank(columns.rank, n));

  const zero = Object.entries(evaluation.overall.zeroUnits).filter(([, names]) => names.length > 0);
  if (zero.length > 0) {
    draft.blankRow();
    draft.addRow([text(word(lang, "zeroUnits"), "section")]);
    for (const [id, names] of zero)
      draft.addRow([
        text(measureLabel(ctx, id), "label"),
        text(listJoin(lang, names), undefined, true),
      ]);
  }
}

function excludedList(ctx: ReportContext, draft: SheetDraft): void {
  const { lang, evaluation } = ctx;
  if (evaluation.excluded.length === 0) return;
  addExcludedTable(draft, lang, evaluation.excluded);
}
