/**
 * One run, from a request and a table to everything it produces: the scored run, the comparison
 * with last period, the bulletin draft and the function that builds the report plan once the
 * workbook says which sheet and table names are taken. The task pane, the ribbon's re-run and the
 * command line all go through `prepareRun`, so they cannot drift apart, and each part is computed
 * once per run.
 */
import { bulletinFor, type Bulletin } from "../bulletin/bulletin";
import { analyse, analysisGaps } from "../gap/analysis";
import { compareEvaluations, type Comparison } from "../compare/compare";
import { buildReport } from "../report/build-report";
import type { DigestPrimitives } from "../report/input-hash";
import type { ReportPlan } from "../report/plan";
import type { LocalText, Scheme } from "../schemes/scheme";
import type { Evaluation } from "../score/evaluate";
import { scoreGrid, type ScoreOutcome } from "../score/score-grid";
import type { RunSettings } from "../settings/run-settings";
import type { CellGrid } from "../table/cell-grid";
import { builtinSchemes } from "../schemes/builtin";
import { DEFAULT_SETTINGS } from "../settings/run-settings";
import { recogniseLog } from "../tickets/read-ticket-log";
import { runTickets, type TicketRun } from "../tickets/ticket-run";
import { headlineFigures, type Headline } from "../tickets/headline";
import { comparable, previousTrouble, readPreviousTable } from "./previous-table";
import { scoringFromSettings } from "./scoring-from-settings";

export interface ScoredRun extends ScoreOutcome {
  settingsProblems: LocalText[];
  /** When the source was a ticket or message log: how it was counted (the table scored is its). */
  tickets?: TicketRun | undefined;
}

/**
 * A grid scored as the request says. A grid that is a ticket or message log (or a log another
 * engine already counted, `tickets`) is counted first and its department table scored, by the
 * rules' target scheme; `grid` and `request` in the result are what was scored.
 */
export function scoreRun(
  source: CellGrid,
  settings: RunSettings | null,
  saved: readonly Scheme[] = [],
  counted?: TicketRun,
): ScoredRun & { grid: CellGrid; request: RunSettings | null } {
  const log = countedLog({ grid: source, request: settings, saved, tickets: counted });
  const tickets = log.tickets;
  const grid = tickets ? tickets.table.grid : source;
  const request = tickets ? requestForTable(settings, tickets) : settings;
  const { options, problems } = scoringFromSettings(request, saved);
  return {
    ...scoreGrid(grid, options),
    settingsProblems: [...problems, ...log.problems],
    tickets,
    grid,
    request,
  };
}

/** Builds the plan once the workbook's names are known; the core decides, the shell asks. */
export type PlanBuilder = (existing: {
  reservedSheetNames: string[];
  tablePrefix: string;
}) => ReportPlan;

export interface RunInputs {
  grid: CellGrid;
  request: RunSettings | null;
  /** The clerk's own schemes (saved in the workbook). */
  saved?: readonly Scheme[] | undefined;
  /** Where last period's table may be (the request's previous sheet or file, read by the shell). */
  previous?: readonly CellGrid[] | undefined;
  /** When, by whom, and the shell's offset from UTC in minutes (China: 480) for local time. */
  stamp: {
    generatedAt: string;
    generator: string;
    timeZoneOffset?: number | undefined;
    /** The host's encoder and SHA-256 for the input digest (ReportOptions.digest). */
    digest?: DigestPrimitives | undefined;
  };
  /**
   * A log already counted by another engine (DuckDB, the warehouse): its department table is
   * scored instead of `grid`. Without it a grid that is a log is counted by the core's engine.
   */
  tickets?: TicketRun | undefined;
}

/**
 * The log's counting, when the source is one: counted here unless a shell brought it counted.
 * Errors in her counting rules are said like errors in her settings.
 */
export function countedLog(inputs: Pick<RunInputs, "grid" | "request" | "saved" | "tickets">): {
  tickets?: TicketRun;
  problems: LocalText[];
} {
  if (inputs.tickets) return { tickets: inputs.tickets, problems: [] };
  const recognised = recogniseLog(inputs.grid);
  if (!recognised) return { problems: [] };
  const schemes = [...builtinSchemes(), ...(inputs.saved ?? [])];
  const result = runTickets(recognised, inputs.request?.tickets, schemes, inputs.request?.lang);
  return result.ok
    ? { tickets: result.run, problems: result.run.warnings }
    : { problems: result.errors };
}

/** A previous grid that is a log, as its department table (other grids as they are). */
function previousLogTable(
  grid: CellGrid,
  inputs: Pick<RunInputs, "request" | "saved">,
): { grid: CellGrid; headline?: Headline | undefined } {
  const settings = inputs.request?.tickets;
  const request = inputs.request && {
    ...inputs.request,
    tickets: settings && { ...settings, from: undefined, to: undefined, cutoff: undefined },
  };
  const { tickets } = countedLog({ grid, request, saved: inputs.saved });
  return tickets ? { grid: tickets.table.grid, headline: tickets.headline } : { grid };
}

/** The request a log's department table is scored with: its target scheme, no column mapping. */
function requestForTable(request: RunSettings | null, tickets: TicketRun): RunSettings {
  const base = request ?? DEFAULT_SETTINGS;
  const target = tickets.resolved.rules.target;
  // Her edits to the target scheme (weights, zero rules) stay; another scheme cannot read the table.
  const custom = base.customScheme as { id?: unknown; basedOn?: { id?: unknown } } | undefined;
  const edited = custom !== undefined && (custom.id === target || custom.basedOn?.id === target);
  return {
    ...base,
    schemeId: target,
    customScheme: edited ? base.customScheme : undefined,
    mapping: {},
  };
}

export type PreparedRun =
  | { kind: "nothing-to-rank"; run: ScoredRun }
  | {
      kind: "no-previous-table";
      run: ScoredRun & { evaluation: Evaluation };
      /** Why last period gave nothing to compare with: its first error (a missing column …). */
      reason?: LocalText | undefined;
    }
  | {
      kind: "ready";
      run: ScoredRun & { evaluation: Evaluation };
      comparison?: Comparison | undefined;
      bulletin: Bulletin;
      plan: PlanBuilder;
    };

export function prepareRun(inputs: RunInputs): PreparedRun {
  const { grid, request, ...run } = scoreRun(
    inputs.grid,
    inputs.request,
    inputs.saved,
    inputs.tickets,
  );
  const tickets = run.tickets;
  const evaluation = run.evaluation;
  // Counted from the columns: no unit object is made to learn whether there is one (#21).
  if (!evaluation || evaluation.columns.unit.length === 0) return { kind: "nothing-to-rank", run };
  const scored = { ...run, evaluation };
  let comparison: Comparison | undefined;
  // Last period's log is counted by this period's rules, over its own whole period.
  const earlier = tickets ? inputs.previous?.map((g) => previousLogTable(g, inputs)) : undefined;
  const previousGrids = earlier ? earlier.map((e) => e.grid) : inputs.previous;
  const previousHeadline = earlier?.find((e) => e.headline)?.headline;
  if (previousGrids) {
    const before = readPreviousTable(
      previousGrids,
      { reading: run.reading, evaluation, left: grid.left },
      request,
    );
    if (!comparable(before))
      return { kind: "no-previous-table", run: scored, reason: previousTrouble(before) };
    comparison = compareEvaluations(evaluation, before.evaluation, request?.renames ?? {});
  }
  // The gaps, found once: the bulletin's improvement paragraph and the report's 分析 sheet and
  // 距上一等级 column read the same ones. The robustness run waits for the report (a bulletin alone
  // has no use for it).
  const withAnalysis = request?.analysis !== false;
  const gaps = withAnalysis ? analysisGaps(run.reading, evaluation) : undefined;
  const bulletin = bulletinFor(run.reading, evaluation, {
    gaps,
    lang: request?.lang,
    reportTitle: request?.title,
    previous: comparison,
    basis: request?.basis,
    listed: request?.board,
    opening: tickets && {
      headline: tickets.headline,
      validOnly: tickets.resolved.fields.has("valid") && tickets.resolved.scopeAlternative === 0,
      previous: {
        ...(previousHeadline && headlineFigures(previousHeadline)),
        ...request?.tickets?.previousFigures,
      },
    },
  });
  const plan: PlanBuilder = ({ reservedSheetNames, tablePrefix }) =>
    buildReport(
      { grid, reading: run.reading, evaluation },
      {
        lang: request?.lang,
        title: request?.title,
        top: request?.top,
        liveFormulas: request?.liveFormulas,
        charts: request?.charts,
        reservedSheetNames,
        tablePrefix,
        bulletin,
        comparison,
        tickets,
        analysis: withAnalysis ? analyse(run.reading, evaluation, { gaps }) : "none",
        ...inputs.stamp,
      },
    );
  return { kind: "ready", run: scored, comparison, bulletin, plan };
}
