/**
 * One ranked sheet per group (or one for the whole table): title, a line saying what was ranked,
 * the header, then one row per unit in the bulletin's order. With live formulas the rates, score,
 * grade and ranks are Excel formulas over the input cells, each with govrank's value cached.
 */
import { columnLetters, quoteSheetName } from "../table/address";
import { periodLabel } from "../table/period";
import type { UnitColumns } from "../score/unit-columns";
import { textAt } from "../score/coded-texts";
import { movementText, type UnitComparison } from "../compare/compare";
import type { Language } from "../i18n";
import { cellText, formula, numberCell, text } from "./cells";
import { addExcludedTable } from "./excluded-table";
import {
  gradeFormula,
  indexFormula,
  rankAcrossFormula,
  ratioFormula,
  rankFormula,
  type CellOf,
} from "./live-formulas";
import type {
  BodyCodedTexts,
  BodyTexts,
  CellStyle,
  ConditionalFormat,
  PlanCell,
  PlanSheet,
} from "./plan";
import { columnOf, rankedColumns, type RankedColumn } from "./ranked-columns";
import { chartedValue, rankKey, type GroupSlice, type ReportContext } from "./report-context";
import { rankMethodWord, separator, unitsWord, word } from "./report-text";
import { SheetDraft } from "./sheet-draft";
import { unitNote } from "./unit-note";
import { gradeGapWords } from "../gap/gap-words";

/** Rows above the header: the title and the line under it. */
export const RANKED_HEADER_ROW = 2;
export const RANKED_FIRST_DATA_ROW = RANKED_HEADER_ROW + 1;

export interface RankedLayout {
  key: string;
  name: string;
  slice: GroupSlice;
  columns: RankedColumn[];
  /** Zero-based sheet rows of the first and last unit. */
  firstRow: number;
  lastRow: number;
}

export const GRADE_COLOURS: readonly { fill: string; font: string }[] = [
  { fill: "#C6EFCE", font: "#006100" },
  { fill: "#DDEBF7", font: "#1F4E78" },
  { fill: "#FFEB9C", font: "#9C5700" },
  { fill: "#FCE4D6", font: "#833C0B" },
  { fill: "#FFC7CE", font: "#9C0006" },
];

export const DATA_BAR_COLOUR = "#5B9BD5";

export function rankedLayout(
  ctx: ReportContext,
  slice: GroupSlice,
  key: string,
  name: string,
  grouped: boolean,
): RankedLayout {
  return {
    key,
    name,
    slice,
    columns: rankedColumns(ctx, grouped),
    firstRow: RANKED_FIRST_DATA_ROW,
    lastRow: RANKED_FIRST_DATA_ROW + slice.at.length - 1,
  };
}

/** "$S$4:$S$40" for a column of a layout's units, sheet-qualified when asked. */
export function columnRange(layout: RankedLayout, column: number, qualified: boolean): string {
  const letter = columnLetters(column);
  const range = `$${letter}$${layout.firstRow + 1}:$${letter}$${layout.lastRow + 1}`;
  return qualified ? `${quoteSheetName(layout.name)}!${range}` : range;
}

/**
 * Ranks can be formulas only where the sheet holds exactly the values ranked: the rounded score or
 * a whole count. A rate is stored unrounded while ranks are given on its printed value, so two
 * rates that print alike would tie in govrank but not in RANK.EQ; those ranks stay values.
 */
function ranksCanBeFormulas(ctx: ReportContext, columns: readonly RankedColumn[]): boolean {
  const { key } = rankKey(ctx.evaluation);
  if (columnOf(columns, key) < 0) return false;
  const { columns: figures } = ctx.evaluation;
  const keys = key === "score" ? figures.score : figures.measures[key];
  if (!keys || keys.some((v) => Number.isNaN(v))) return false;
  if (key === "score") return true;
  const measure = ctx.evaluation.scheme.measures.find((m) => m.id === key);
  return measure?.format === "number" && measure.precision === 0;
}

function subtitle(ctx: ReportContext, slice: GroupSlice): string {
  const { lang, evaluation, reading } = ctx;
  const parts = [`${word(lang, "scheme")}：${evaluation.scheme.name[lang]}`];
  if (reading.period) parts.push(`${word(lang, "period")}：${periodLabel(reading.period, lang)}`);
  if (slice.group !== null) parts.push(`${word(lang, "group")}：${slice.group}`);
  parts.push(`${word(lang, "scoredCount")}：${unitsWord(lang, slice.at.length)}`);
  parts.push(`${word(lang, "rankMethod")}：${rankMethodWord(lang, evaluation.rankMethod)}`);
  const text = parts.join(separator(lang));
  return lang === "en" ? text.replace(/：/g, ": ") : text;
}

export function rankedSheet(
  ctx: ReportContext,
  layout: RankedLayout,
  all: readonly RankedLayout[],
  tableName: string,
): PlanSheet {
  const { lang, evaluation } = ctx;
  const { columns } = layout;
  const draft = new SheetDraft(layout.key, "ranking", layout.name);
  const lastColumn = columns.length - 1;
  const title = layout.slice.group === null ? ctx.title : `${ctx.title}（${layout.slice.group}）`;
  draft.set(0, 0, text(title, "title"));
  draft.merge({ top: 0, left: 0, bottom: 0, right: lastColumn });
  draft.set(1, 0, text(subtitle(ctx, layout.slice), "subtitle"));
  draft.merge({ top: 1, left: 0, bottom: 1, right: lastColumn });
  columns.forEach((c, i) => draft.set(RANKED_HEADER_ROW, i, text(c.header, "header")));

  const live = ctx.liveFormulas;
  const liveRanks = live && ranksCanBeFormulas(ctx, columns);
  const { key, direction } = rankKey(evaluation);
  const keyColumn = columnOf(columns, key);
  const days = evaluation.days ?? 30;
  const figures = evaluation.columns;
  const styles = columns.map(bodyStyle);
  const units = layout.slice.at;
  // What a row says beside its figures, by the unit's place in the evaluation's columns: only a
  // unit made with something to say has a note (unit-columns.ts).
  const gapOf = gapWordsOf(ctx);
  const wordsAt = (at: number): RowWords => ({
    note: figures.flagged[at] ? unitNote(evaluation.scheme, evaluation.unitAt(at), lang) : "",
    gap: gapOf(at),
    compared: comparedAt(ctx, at),
    lang,
  });
  if (!live) {
    // The units as columns, made into cells only where a writer asks (plan.ts: PlanBody).
    // A column of the evaluation's own strings: value(i) is cellText of it (plan.ts: BodyTexts).
    const textsOf = (column: RankedColumn): BodyTexts | undefined =>
      column.kind === "unit"
        ? { values: figures.unit, at: units, widths: figures.unitWidth }
        : undefined;
    // Sections and grades: codes into a few texts (plan.ts: BodyCodedTexts).
    const codedOf = (column: RankedColumn): BodyCodedTexts | undefined =>
      column.kind === "section"
        ? { column: figures.section, at: units }
        : column.kind === "grade"
          ? { column: figures.grade, at: units }
          : undefined;
    const numbersOf = (column: RankedColumn): Float64Array | undefined =>
      column.kind === "measure"
        ? figures.measures[column.measure.id]
        : column.kind === "score"
          ? figures.score
          : column.kind === "rank"
            ? figures.rank
            : column.kind === "groupRank"
              ? figures.groupRank
              : undefined;
    /** Body row i's value in a column, made when its cell is read. */
    const bodyValue = (
      column: RankedColumn,
      numbers: Float64Array | undefined,
    ): ((i: number) => number | string | null) => {
      if (numbers)
        return (i) => {
          const v = numbers[units[i] as number] as number;
          return Number.isFinite(v) ? v : null;
        };
      if (!WORD_COLUMNS.has(column.kind))
        return (i) => rankedValue(column, figures, units[i] as number, NO_WORDS[lang]);
      // A row's words are made when its cell is read, never kept for every unit at once. A cell
      // with no words (no note: a unit with nothing to say; no gap; no last period's match) is
      // blank before any are made: the widths read every row of every column (#21).
      return (i) => {
        const at = units[i] as number;
        if (column.kind === "note") {
          if (!figures.flagged[at]) return null;
        } else if (column.kind === "gap") {
          if (gapOf(at) === "") return null;
        } else if (comparedAt(ctx, at) === undefined) return null;
        return rankedValue(column, figures, at, wordsAt(at));
      };
    };
    draft.setBody({
      top: layout.firstRow,
      count: units.length,
      columns: columns.map((column, c) => {
        const numbers = numbersOf(column);
        return {
          format: column.format,
          style: styles[c] ?? "cell",
          wrap: column.kind === "note" || column.kind === "gap" ? true : undefined,
          value: bodyValue(column, numbers),
          texts: textsOf(column),
          coded: codedOf(column),
          figures: numbers ? { values: numbers, at: units } : undefined,
        };
      }),
    });
  } else
    // With live formulas the units are written cell by cell, each with its formula.
    units.forEach((at, i) => {
      const row = layout.firstRow + i;
      const words = wordsAt(at);
      columns.forEach((column, c) => {
        draft.set(row, c, rankedCell(column, styles[c] ?? "cell", figures, at, words));
      });
      const excelRow = row + 1;
      const cellOf: CellOf = (id) => {
        const c = columnOf(columns, id);
        return c < 0 ? undefined : `${columnLetters(c)}${excelRow}`;
      };
      const keyCell = `${columnLetters(keyColumn)}${excelRow}`;
      columns.forEach((column, c) => {
        const cached = draft.rows[row]?.[c]?.value;
        const value =
          cached?.kind === "number" ? cached.value : cached?.kind === "text" ? cached.text : null;
        let expression: string | undefined;
        if (column.kind === "measure" && column.measure.kind === "ratio")
          expression = ratioFormula(column.measure, cellOf);
        else if (column.kind === "score" && evaluation.scheme.index)
          expression = indexFormula(evaluation.scheme.index, cellOf, days);
        else if (column.kind === "grade" && !Number.isNaN(figures.score[at] as number)) {
          const bands = evaluation.scheme.grades;
          const scoreCell = cellOf("score");
          if (bands && scoreCell) expression = gradeFormula(scoreCell, bands);
        } else if (liveRanks && column.kind === "groupRank")
          expression = rankFormula(
            keyCell,
            columnRange(layout, keyColumn, false),
            direction,
            evaluation.rankMethod,
          );
        else if (liveRanks && column.kind === "rank") {
          if (all.length === 1)
            expression = rankFormula(
              keyCell,
              columnRange(layout, keyColumn, false),
              direction,
              evaluation.rankMethod,
            );
          else if (evaluation.rankMethod === "competition")
            expression = rankAcrossFormula(
              keyCell,
              all.map((l) => columnRange(l, keyColumn, true)),
              direction,
            );
        }
        if (expression !== undefined) {
          const cell = formula(expression, value, column.format);
          cell.style = styles[c];
          draft.set(row, c, cell);
        }
      });
    });

  const headerTop = RANKED_HEADER_ROW + 1;
  const bottom = Math.max(layout.lastRow, layout.firstRow) + 1;
  draft.tables.push({
    name: tableName,
    range: `A${headerTop}:${columnLetters(lastColumn)}${bottom}`,
    style: "TableStyleMedium2",
  });
  draft.rules.push({ top: RANKED_HEADER_ROW, left: 0, bottom: bottom - 1, right: lastColumn });
  draft.conditionalFormats.push(...rankedConditionalFormats(ctx, layout));
  notRankedRows(ctx, layout, all, draft);
  draft.freeze = { rows: RANKED_FIRST_DATA_ROW, columns: columnOf(columns, "unit") + 1 };
  return draft.finish({
    orientation: "landscape",
    fitToWidth: true,
    repeatRows: { first: RANKED_HEADER_ROW, last: RANKED_HEADER_ROW },
    // The title is in A1, printed once; a page header would print it twice on page 1. Later
    // pages repeat the header row and carry the page number.
    header: "",
  });
}

/**
 * The units of this sheet that were not ranked, as rows after the table with the reason and a
 * link to their row: the printed ranking accounts for every unit, as the bulletins list their
 * 无工单办理单位 at the end. Units of no ranked group go on the last sheet.
 */
function notRankedRows(
  ctx: ReportContext,
  layout: RankedLayout,
  all: readonly RankedLayout[],
  draft: SheetDraft,
): void {
  const { lang, evaluation } = ctx;
  const groups = new Set(all.map((l) => l.slice.group));
  const last = all[all.length - 1] === layout;
  const mine = evaluation.excluded.filter(
    (e) =>
      layout.slice.group === null ||
      e.group === layout.slice.group ||
      (last && !groups.has(e.group)),
  );
  if (mine.length === 0) return;
  const at = Math.max(0, columnOf(layout.columns, "unit"));
  const lastColumn = layout.columns.length - 1;
  const top = addExcludedTable(draft, lang, mine, at, "cell");
  draft.rules.push({
    top,
    left: at,
    bottom: top + mine.length,
    right: Math.min(lastColumn, at + 2),
  });
}

/**
 * A body cell as a printed ranking has it: ruled, names at the left, ranks and grades centred,
 * figures at the right, the note wrapping in a narrow column (a long 备注 no longer shrinks the
 * page). The grid itself is the sheet's `rules` box, so empty cells are ruled too.
 */
function bodyStyle(column: RankedColumn): CellStyle {
  return column.kind === "unit" ||
    column.kind === "section" ||
    column.kind === "note" ||
    column.kind === "gap"
    ? "cell"
    : column.kind === "measure" || column.kind === "score" || column.kind === "scoreChange"
      ? "figure"
      : "centred";
}

/** A figure as a cell holds it: null for none (and for NaN or ±Infinity, which never reach a sheet). */
function figure(v: number | null | undefined): number | null {
  return v === null || v === undefined || !Number.isFinite(v) ? null : v;
}

/** What a ranked row says beside its figures: its note, its gap, last period's match. */
interface RowWords {
  note: string;
  gap: string;
  compared: UnitComparison | undefined;
  lang: Language;
}

/** The 距上一等级 words of each unit by its place in the columns ("" where there are none). */
function gapWordsOf(ctx: ReportContext): (at: number) => string {
  const analysis = ctx.analysis;
  if (analysis?.kind !== "done") return () => "";
  const words = new Map<number, string>();
  for (const g of analysis.gaps.units)
    if (g.grade) words.set(g.unit.order, gradeGapWords(ctx.evaluation.scheme, g.grade, ctx.lang));
  return (at) => words.get(at) ?? "";
}

/** Last period's match of the unit at a place (the comparison lists this period's units first, in order). */
function comparedAt(ctx: ReportContext, at: number): UnitComparison | undefined {
  const c = ctx.comparison?.units[at];
  return c && c.status !== "gone" ? c : undefined;
}

/** The columns that print words rather than the unit's own figures. */
const WORD_COLUMNS: ReadonlySet<RankedColumn["kind"]> = new Set([
  "note",
  "gap",
  "previousRank",
  "movement",
  "previousGrade",
  "scoreChange",
]);

const NO_WORDS: Readonly<Record<Language, RowWords>> = {
  zh: { note: "", gap: "", compared: undefined, lang: "zh" },
  en: { note: "", gap: "", compared: undefined, lang: "en" },
};

/** A ranked row's value in a column: a number, a cell's text, or null for an empty cell. */
function rankedValue(
  column: RankedColumn,
  figures: UnitColumns,
  at: number,
  words: RowWords,
): number | string | null {
  const { note, gap, compared, lang } = words;
  switch (column.kind) {
    case "rank":
      return figure(figures.rank[at]);
    case "groupRank":
      return figure(figures.groupRank[at]);
    case "unit":
      return cellText(figures.unit[at] ?? "");
    case "section":
      return textOrNull(textAt(figures.section, at));
    case "measure":
      return figure(figures.measures[column.measure.id]?.[at]);
    case "score":
      return figure(figures.score[at]);
    case "grade":
      return textOrNull(textAt(figures.grade, at));
    case "note":
      return note === "" ? null : cellText(note);
    case "gap":
      return gap === "" ? null : cellText(gap);
    case "previousRank":
      return figure(compared?.previousRank);
    case "movement":
      return compared ? cellText(movementText(compared, lang)) : null;
    case "previousGrade":
      return compared?.previousGrade ? cellText(compared.previousGrade) : null;
    case "scoreChange":
      return figure(compared?.scoreChange);
  }
}

function textOrNull(value: string | null | undefined): string | null {
  return value === null || value === undefined ? null : cellText(value);
}

/** The same as a cell, for a ranking written cell by cell (with live formulas). */
function rankedCell(
  column: RankedColumn,
  style: CellStyle,
  figures: UnitColumns,
  at: number,
  words: RowWords,
): PlanCell | null {
  const v = rankedValue(column, figures, at, words);
  if (v === null) return null;
  return typeof v === "number"
    ? numberCell(v, column.format, style)
    : text(v, style, column.kind === "note" || column.kind === "gap" ? true : undefined);
}

function rankedConditionalFormats(ctx: ReportContext, layout: RankedLayout): ConditionalFormat[] {
  if (layout.slice.at.length === 0) return [];
  const formats: ConditionalFormat[] = [];
  const gradeColumn = columnOf(layout.columns, "grade");
  const bands = ctx.evaluation.scheme.grades ?? [];
  if (gradeColumn >= 0)
    bands.forEach((band, i) => {
      const colour = GRADE_COLOURS[Math.min(i, GRADE_COLOURS.length - 1)] ?? GRADE_COLOURS[0];
      if (!colour) return;
      formats.push({
        kind: "equals",
        range: columnRange(layout, gradeColumn, false).replace(/\$/g, ""),
        text: band.label,
        fill: colour.fill,
        font: colour.font,
      });
    });
  const barColumn = columnOf(layout.columns, chartedValue(ctx.evaluation));
  if (barColumn >= 0)
    formats.push({
      kind: "dataBar",
      range: columnRange(layout, barColumn, false).replace(/\$/g, ""),
      color: DATA_BAR_COLOUR,
    });
  return formats;
}
