/**
 * One run, start to plan: a grid scored with the saved settings, and the function that builds the
 * report once the workbook says which sheet and table names are taken. The task pane, the ribbon's
 * re-run and the tests share it, so they cannot drift apart.
 */
import { bulletinFor } from "../bulletin/bulletin";
import type { Comparison } from "../compare/compare";
import { buildReport } from "../report/build-report";
import type { ReportPlan } from "../report/plan";
import type { LocalText, Scheme } from "../schemes/scheme";
import { scoreGrid, type ScoreOutcome } from "../score/score-grid";
import type { RunSettings } from "../settings/run-settings";
import type { CellGrid } from "../table/cell-grid";
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

export type PlanFor = (existing: {
  reservedSheetNames: string[];
  tablePrefix: string;
}) => ReportPlan;

export function planForRun(
  grid: CellGrid,
  run: ScoredRun,
  settings: RunSettings | null,
  stamp: { generatedAt: string; generator: string },
  comparison?: Comparison,
): PlanFor {
  const evaluation = run.evaluation;
  if (!evaluation) throw new Error("planForRun needs a scored table");
  const bulletin = bulletinFor(run.reading, evaluation, {
    lang: settings?.lang,
    reportTitle: settings?.title,
    previous: comparison,
  });
  return ({ reservedSheetNames, tablePrefix }) =>
    buildReport(
      { grid, reading: run.reading, evaluation },
      {
        lang: settings?.lang,
        title: settings?.title,
        top: settings?.top,
        liveFormulas: settings?.liveFormulas,
        charts: settings?.charts,
        reservedSheetNames,
        tablePrefix,
        bulletin,
        comparison,
        ...stamp,
      },
    );
}
