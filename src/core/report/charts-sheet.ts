/**
 * 图表: per group (or once), the score by unit as a bar chart — rank 1 on top, the top N when the
 * list is long — and the grade distribution as a column chart. Each chart reads a small table on
 * its own sheet (formulas into the ranking sheet when formulas are live), which keeps the charts
 * simple for both shells and readable for a clerk.
 */
import { gradeCounts } from "../grade/grade-counts";
import { labelOf } from "../schemes/label-of";
import { columnLetters, quoteSheetName } from "../table/address";
import { firstByRank, lastByRank } from "./by-rank";
import { formula, numberCell, text } from "./cells";
import type { ChartSpec, PlanSheet } from "./plan";
import { columnOf } from "./ranked-columns";
import { columnRange, type RankedLayout } from "./ranked-sheet";
import { chartedValue, type ReportContext } from "./report-context";
import { readableAxis } from "./chart-axis";
import { bottomChartTitle, gradeChartTitle, scoreChartTitle, word } from "./report-text";
import type { ScoredUnit } from "../score/scored-unit";
import { SheetDraft } from "./sheet-draft";

/** Lists longer than this are charted as their top N. */
export const LONG_LIST = 30;
const CHART_COLUMN = 4;
const CHART_WIDTH = 9;
const MIN_CHART_ROWS = 16;

export function chartsSheet(
  ctx: ReportContext,
  name: string,
  layouts: readonly RankedLayout[],
): PlanSheet {
  const { lang, evaluation } = ctx;
  const draft = new SheetDraft("charts", "charts", name);
  draft.addRow([text(ctx.title, "title")]);
  draft.merge({ top: 0, left: 0, bottom: 0, right: CHART_COLUMN + CHART_WIDTH - 1 });
  draft.addRow([text(word(lang, "charts"), "subtitle")]);

  const valueId = chartedValue(evaluation);
  const valueLabel = labelOf(evaluation.scheme, valueId, lang);

  for (const layout of layouts) {
    const places = layout.slice.at;
    if (places.length === 0) continue;
    const group = layout.slice.group;
    const count = places.length;
    const shown = count > LONG_LIST ? Math.min(ctx.top, count) : count;
    // Charted in rank order, whatever order the sheet prints (A by volume): each row still points
    // at its own row of the ranking sheet. Only the charted units are made as objects.
    const picks = (rows: readonly number[]) =>
      rows.map((row) => ({ unit: evaluation.unitAt(places[row] as number), row }));
    const rank = evaluation.columns.rank;
    draft.blankRow();
    scoreChart(ctx, draft, layout, picks(firstByRank(rank, shown, places)), {
      section: group ?? word(lang, "ranking"),
      title: scoreChartTitle(lang, valueLabel, group, shown, count),
    });
    // A long list: its bottom as well as its top — the units a bulletin names for improvement.
    if (shown < count) {
      draft.blankRow();
      // The bottom `shown`, or fewer where the list is shorter than twice that.
      const tail = picks(lastByRank(rank, count - Math.max(shown, count - shown), places));
      scoreChart(ctx, draft, layout, tail, {
        section: bottomChartTitle(lang, valueLabel, group, tail.length),
        title: bottomChartTitle(lang, valueLabel, group, tail.length),
      });
    }

    const bands = evaluation.scheme.grades ?? [];
    const gradeColumn = columnOf(layout.columns, "grade");
    if (bands.length > 0 && gradeColumn >= 0) {
      draft.blankRow();
      const gradeTop = draft.addRow([text(gradeChartTitle(lang, group), "section")]);
      const gradeHeader = draft.addRow([
        text(word(lang, "grade"), "header"),
        text(word(lang, "unitCount"), "header"),
      ]);
      const range = columnRange(layout, gradeColumn, true);
      const counts = gradeCounts(evaluation.columns.grade, places);
      for (const band of bands) {
        const count = counts.get(band.label) ?? 0;
        const label = band.label.replace(/"/g, '""');
        draft.addRow([
          text(band.label),
          ctx.liveFormulas
            ? formula(`=COUNTIF(${range},"${label}")`, count, "0")
            : numberCell(count, "0"),
        ]);
      }
      draft.charts.push({
        kind: "column",
        title: gradeChartTitle(lang, group),
        seriesName: word(lang, "unitCount"),
        categories: `A${gradeHeader + 2}:A${gradeHeader + 1 + bands.length}`,
        values: `B${gradeHeader + 2}:B${gradeHeader + 1 + bands.length}`,
        valueFormat: "0",
        firstCategoryOnTop: false,
        anchor: { row: gradeTop, column: CHART_COLUMN, rows: MIN_CHART_ROWS, columns: CHART_WIDTH },
      });
      while (draft.nextRow < gradeTop + MIN_CHART_ROWS) draft.blankRow();
    }
  }
  if (ctx.comparison) movementChart(ctx, draft);
  for (let c = CHART_COLUMN; c < CHART_COLUMN + CHART_WIDTH; c++) draft.fixWidth(c, 10);
  return draft.finish({ orientation: "landscape", fitToWidth: true, header: ctx.title });
}

/** A small table of ranked units (rank, unit, value) and its bar chart, rank 1 on top. */
function scoreChart(
  ctx: ReportContext,
  draft: SheetDraft,
  layout: RankedLayout,
  picks: readonly { unit: ScoredUnit; row: number }[],
  words: { section: string; title: string },
): void {
  const { lang, evaluation } = ctx;
  const group = layout.slice.group;
  const valueId = chartedValue(evaluation);
  const valueLabel = labelOf(evaluation.scheme, valueId, lang);
  const rankColumn = columnOf(layout.columns, group === null ? "rank" : "groupRank");
  const unitColumn = columnOf(layout.columns, "unit");
  const valueColumn = columnOf(layout.columns, valueId);
  const valueFormat = layout.columns[valueColumn]?.format ?? "General";
  const top = draft.addRow([text(words.section, "section")]);
  const headerRow = draft.addRow([
    text(word(lang, "rank"), "header"),
    text(word(lang, "unit"), "header"),
    text(valueLabel, "header"),
  ]);
  const sheetRef = quoteSheetName(layout.name);
  const values: number[] = [];
  picks.forEach(({ unit, row }) => {
    const sourceRow = layout.firstRow + row + 1;
    const ref = (column: number) => `=${sheetRef}!${columnLetters(column)}${sourceRow}`;
    const value = valueId === "score" ? unit.score : (unit.measures[valueId] ?? null);
    if (value !== null) values.push(value);
    const rank = group === null ? unit.rank : unit.groupRank;
    draft.addRow(
      ctx.liveFormulas
        ? [
            formula(ref(rankColumn), rank, "0"),
            formula(ref(unitColumn), unit.unit, "General"),
            formula(ref(valueColumn), value, valueFormat),
          ]
        : [numberCell(rank, "0"), text(unit.unit), numberCell(value, valueFormat)],
    );
  });
  const first = headerRow + 2;
  const last = headerRow + 1 + picks.length;
  draft.charts.push({
    kind: "bar",
    title: words.title,
    seriesName: valueLabel,
    categories: `B${first}:B${last}`,
    values: `C${first}:C${last}`,
    valueFormat,
    firstCategoryOnTop: true,
    axis: readableAxis(values),
    anchor: beside(draft, top, picks.length),
  });
}

/** With last period: the units that rose or fell most (places, up positive), ten at most. */
function movementChart(ctx: ReportContext, draft: SheetDraft): void {
  const { lang } = ctx;
  const moved = (ctx.comparison?.units ?? []).filter(
    (c) => c.rankChange !== null && c.rankChange !== 0,
  );
  if (moved.length === 0) return;
  const up = moved
    .filter((c) => (c.rankChange ?? 0) > 0)
    .sort((a, b) => (b.rankChange ?? 0) - (a.rankChange ?? 0))
    .slice(0, 5);
  const down = moved
    .filter((c) => (c.rankChange ?? 0) < 0)
    .sort((a, b) => (a.rankChange ?? 0) - (b.rankChange ?? 0))
    .slice(0, 5)
    .reverse();
  const picks = [...up, ...down];
  const title = word(lang, "movementChart");
  draft.blankRow();
  const top = draft.addRow([text(title, "section")]);
  const headerRow = draft.addRow([
    text(word(lang, "unit"), "header"),
    text(word(lang, "movement"), "header"),
  ]);
  for (const c of picks) draft.addRow([text(c.unit), numberCell(c.rankChange, "+0;-0;0")]);
  draft.charts.push({
    kind: "bar",
    title,
    seriesName: word(lang, "movement"),
    categories: `A${headerRow + 2}:A${headerRow + 1 + picks.length}`,
    values: `B${headerRow + 2}:B${headerRow + 1 + picks.length}`,
    valueFormat: "+0;-0;0",
    firstCategoryOnTop: true,
    anchor: beside(draft, top, picks.length),
  });
}

/** Where a chart of `count` bars sits: right of its small table, rows kept free below it. */
function beside(draft: SheetDraft, top: number, count: number): ChartSpec["anchor"] {
  const rows = Math.max(MIN_CHART_ROWS, count + 3);
  while (draft.nextRow < top + rows) draft.blankRow();
  return { row: top, column: CHART_COLUMN, rows, columns: CHART_WIDTH };
}
