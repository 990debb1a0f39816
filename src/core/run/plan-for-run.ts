/**
 * One run, from a request and a table to everything it produces: the scored run, the comparison
 * with last period, the bulletin draft and the function that builds the report plan once the
 * workbook says which sheet and table names are taken. The task pane, the ribbon's re-run and the
 * command line all go through `prepareRun`, so they cannot drift apart, and each part is computed
 * once per run.
 */
import { bulletinFor, type Bulletin } from "../bulletin/bulletin";
import { compareEvaluations, type Comparison } from "../compare/compare";
import { buildReport } from "../report/build-report";
import type { ReportPlan } from "../report/plan";
import type { LocalText, Scheme } from "../schemes/scheme";
import type { Evaluation } from "../score/evaluate";
import { scoreGrid, type ScoreOutcome } from "../score/score-grid";
import type { RunSettings } from "../settings/run-settings";
import type { CellGrid } from "../table/cell-grid";
import { comparable, previousTrouble, readPreviousTable } from "./previous-table";
import { scoringFromSettings } from "./scoring-from-settings";

export interface ScoredRun extends ScoreOutcome {
  settingsProblems: LocalText[];
}

export function scoreRun(
  grid: CellGrid,
  settings: RunSettings | null,
  saved: readonly Scheme[] = [],
): ScoredRun {
  const { options, problems } = scoringFromSettings(settings, saved);
  return { ...scoreGrid(grid, options), settingsProblems: problems };
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
  stamp: { generatedAt: string; generator: string; timeZoneOffset?: number | undefined };
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
  const { grid, request } = inputs;
  const run = scoreRun(grid, request, inputs.saved);
  const evaluation = run.evaluation;
  if (!evaluation || evaluation.units.length === 0) return { kind: "nothing-to-rank", run };
  const scored = { ...run, evaluation };
  let comparison: Comparison | undefined;
  if (inputs.previous) {
    const before = readPreviousTable(
      inputs.previous,
      { reading: run.reading, evaluation, left: grid.left },
      request,
    );
    if (!comparable(before))
      return { kind: "no-previous-table", run: scored, reason: previousTrouble(before) };
    comparison = compareEvaluations(evaluation, before.evaluation, request?.renames ?? {});
  }
  const bulletin = bulletinFor(run.reading, evaluation, {
    lang: request?.lang,
    reportTitle: request?.title,
    previous: comparison,
    basis: request?.basis,
    listed: request?.board,
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
        ...inputs.stamp,
      },
    );
  return { kind: "ready", run: scored, comparison, bulletin, plan };
}
