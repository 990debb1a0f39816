/**
 * Scored results → the whole report as a ReportPlan: 汇总, one ranking sheet per group, 图表,
 * 问题清单 and 计算方法, named legally and uniquely beside the sheets that are not ours.
 */
import type { Bulletin } from "../bulletin/bulletin";
import type { Comparison } from "../compare/compare";
import type { Language } from "../i18n";
import type { Evaluation } from "../score/evaluate";
import { rangeAddress } from "../table/address";
import type { CellGrid } from "../table/cell-grid";
import type { TableReading } from "../table/read-table";
import { analyse, type Analysis } from "../gap/analysis";
import { analysisSheet } from "./analysis-sheet";
import { chartsSheet } from "./charts-sheet";
import { inputHash, type DigestPrimitives } from "./input-hash";
import { CHINA_OFFSET_MINUTES, localTimeText } from "./local-time";
import { methodSheet } from "./method-sheet";
import type { PlanSheet, ReportPlan, RunStamp } from "./plan";
import { problemsSheet } from "./problems-sheet";
import { rankedLayout, rankedSheet } from "./ranked-sheet";
import { groupSlices, type ReportContext } from "./report-context";
import { rankingSheetName, word } from "./report-text";
import { SheetNamer } from "./sheet-names";
import { summarySheet } from "./summary-sheet";
import { departmentSheet } from "./department-sheet";
import { ticketFiguresSheet } from "./ticket-figures-sheet";
import { traceSheet } from "./trace-sheet";
import type { TicketRun } from "../tickets/ticket-run";

export const DEFAULT_TOP = 10;

export interface ReportOptions {
  lang?: Language | undefined;
  /** The report's title; default: the table's title row, else the scheme's name. */
  title?: string | undefined;
  /** How many units the top and bottom lists (and long charts) show. */
  top?: number | undefined;
  liveFormulas?: boolean | undefined;
  charts?: boolean | undefined;
  /** Sheet names already in the workbook that are not govrank's output (the source among them). */
  reservedSheetNames?: readonly string[] | undefined;
  /** Prefix of the Excel table names, unique per workbook. */
  tablePrefix?: string | undefined;
  /** When the report was made, as the shell's clock tells it (ISO 8601). */
  generatedAt: string;
  /** "govrank 0.2.0". */
  generator: string;
  /** Minutes east of UTC where the report is made, for the time in words (default China's 480). */
  timeZoneOffset?: number | undefined;
  /** The host's own UTF-8 encoder and SHA-256 for the input digest, where it has them. */
  digest?: DigestPrimitives | undefined;
  /** Last period matched to this one: adds 上期名次, 名次变化, 上期等级, 得分变化 to the rankings. */
  comparison?: Comparison | undefined;
  /** The bulletin draft, for the summary's text block. */
  bulletin?: Bulletin | undefined;
  /** The log the table was counted from: adds 工单概况, 部门汇总 (the table itself) and 核对. */
  tickets?: TicketRun | undefined;
  /**
   * The gaps and rank robustness, when the caller has them (the bulletin reads them too); made
   * here otherwise. "none" leaves the 分析 sheet and the 距上一等级 column out.
   */
  analysis?: Analysis | "none" | undefined;
}

export interface ReportInput {
  grid: CellGrid;
  reading: TableReading;
  evaluation: Evaluation;
}

function defaultTitle(input: ReportInput, lang: Language): string {
  if (input.reading.title) return input.reading.title;
  const name = input.evaluation.scheme.name[lang];
  return lang === "zh" ? `${name}排名` : `${name} ranking`;
}

export function buildReport(input: ReportInput, options: ReportOptions): ReportPlan {
  const lang = options.lang ?? "zh";
  const { grid, reading, evaluation } = input;
  const ctx: ReportContext = {
    lang,
    reading,
    evaluation,
    title: options.title?.trim() || defaultTitle(input, lang),
    top: Math.max(1, Math.floor(options.top ?? DEFAULT_TOP)),
    liveFormulas: options.liveFormulas ?? false,
    charts: options.charts ?? true,
    comparison: options.comparison,
    bulletin: options.bulletin,
    tickets: options.tickets,
    analysis:
      options.analysis === "none" ? undefined : (options.analysis ?? analyse(reading, evaluation)),
  };
  const namer = new SheetNamer([grid.sheet, ...(options.reservedSheetNames ?? [])]);
  const prefix = options.tablePrefix ?? "GovRank";

  const summaryName = namer.name(word(lang, "summary"));
  const slices = groupSlices(evaluation);
  const grouped = slices.length > 1 || slices[0]?.group !== null;
  const layouts = slices.map((slice) =>
    rankedLayout(
      ctx,
      slice,
      slice.group === null ? "ranking" : `ranking:${slice.group}`,
      namer.name(rankingSheetName(lang, slice.group)),
      grouped,
    ),
  );
  const chartsName = ctx.charts ? namer.name(word(lang, "charts")) : null;
  const analysisName = ctx.analysis ? namer.name(word(lang, "analysis")) : null;
  const tickets = options.tickets;
  const figuresName = tickets
    ? namer.name(
        word(lang, tickets.headline.kind === "tickets" ? "ticketFigures" : "messageFigures"),
      )
    : null;
  const traceName = tickets ? namer.name(word(lang, "trace")) : null;
  const problemsName = namer.name(word(lang, "problems"));
  const methodName = namer.name(word(lang, "method"));

  const lastRow = grid.top + Math.max(grid.values.length, 1) - 1;
  // A loop, not Math.max(...rows): a spread of a million rows overflows the call stack.
  let width = 1;
  const rows = grid.values;
  for (let r = 0; r < rows.length; r++) width = Math.max(width, rows[r]?.length ?? 0);
  const lastColumn = grid.left + width - 1;
  const stamp: RunStamp = {
    schemeId: evaluation.scheme.id,
    schemeVersion: evaluation.scheme.version,
    generator: options.generator,
    generatedAt: options.generatedAt,
    inputSheet: grid.sheet,
    inputRange: rangeAddress(grid.sheet, grid.top, grid.left, lastRow, lastColumn),
    inputHash: inputHash(grid, options.digest),
  };

  const timeText = localTimeText(
    stamp.generatedAt,
    options.timeZoneOffset ?? CHINA_OFFSET_MINUTES,
    lang,
  );
  const sheets: PlanSheet[] = [
    summarySheet(ctx, summaryName, layouts, stamp, timeText),
    ...layouts.map((layout, i) => rankedSheet(ctx, layout, layouts, `${prefix}_Ranking${i + 1}`)),
    ...(chartsName ? [chartsSheet(ctx, chartsName, layouts)] : []),
    ...(analysisName && ctx.analysis ? [analysisSheet(ctx, analysisName, ctx.analysis)] : []),
    // A log's department table is written as a sheet of the report (named as the grid the
    // rankings read, so the problem links land in it); the log itself is never copied.
    ...(tickets && figuresName && traceName
      ? [
          ticketFiguresSheet(ctx, figuresName, tickets),
          departmentSheet(ctx, tickets),
          traceSheet(ctx, traceName, tickets, `${prefix}_Trace`),
        ]
      : []),
    problemsSheet(ctx, problemsName, `${prefix}_Problems`),
    methodSheet(ctx, methodName, stamp),
  ];
  return {
    lang,
    title: ctx.title,
    sourceSheet: grid.sheet,
    copySource: !tickets,
    sheets,
    stamp,
    liveFormulas: ctx.liveFormulas,
  };
}
