/**
 * The main job, as the task pane's 生成 button and the ribbon's 重新生成 both run it: read the
 * selected table, score it with the settings, write the report (all or nothing), remember the
 * settings for this sheet. Stages are reported as they start so the pane can show progress.
 */
import type { Bulletin } from "../core/bulletin/bulletin";
import type { Comparison } from "../core/compare/compare";
import { prepareRun, type ScoredRun } from "../core/run/plan-for-run";
import type { LocalText, Scheme } from "../core/schemes/scheme";
import { DEFAULT_SETTINGS, type RunSettings } from "../core/settings/run-settings";
import {
  WorkbookError,
  type SourceHint,
  type SourceTable,
  type Workbook,
  type WriteOutcome,
} from "../excel/workbook";

export type Stage = "reading" | "computing" | "sheets" | "charts";

export interface GenerateOptions {
  saved: readonly Scheme[];
  now: () => Date;
  generator: string;
  onStage?: ((stage: Stage, fraction: number) => void) | undefined;
  /** A table already read (the re-run reads it first to find its saved settings). */
  source?: SourceTable | undefined;
  /** The table the pane works on: a cell selected inside it means it (see Workbook.readSource). */
  within?: SourceHint | undefined;
}

export interface Generated {
  source: SourceTable;
  run: ScoredRun & { evaluation: NonNullable<ScoredRun["evaluation"]> };
  outcome: WriteOutcome;
  /** The draft written on the summary (with last period's movements when compared). */
  bulletin: Bulletin;
  comparison?: Comparison | undefined;
}

export { DEFAULT_SETTINGS };

/** Why nothing could be ranked, in the words of the first error found (with its cell). */
function nothingToRank(run: ScoredRun): LocalText {
  const first = [...(run.evaluation?.problems ?? run.reading.problems)].find(
    (p) => p.severity === "error",
  );
  return first
    ? {
        zh: `没有可排名的单位，未写入任何内容。${first.message.zh}`,
        en: `No unit could be ranked; nothing was written. ${first.message.en}`,
      }
    : {
        zh: "没有可排名的单位，未写入任何内容。请检查所选表格是否包含单位名称和数据。",
        en: "No unit could be ranked; nothing was written. Check that the selected table has unit names and data.",
      };
}

export async function generateReport(
  workbook: Workbook,
  settings: RunSettings | null,
  options: GenerateOptions,
): Promise<Generated> {
  const stage = options.onStage ?? (() => undefined);
  stage("reading", 0);
  const source = options.source ?? (await workbook.readSource(options.within));
  const previousSheet = settings?.previousSheet;
  const previous = previousSheet ? [await workbook.readSheet(previousSheet)] : undefined;
  stage("computing", 0);
  const prepared = prepareRun({
    grid: source.grid,
    request: settings,
    saved: options.saved,
    previous,
    stamp: {
      generatedAt: options.now().toISOString(),
      generator: options.generator,
      // getTimezoneOffset counts minutes west of UTC: China reads −480.
      timeZoneOffset: -options.now().getTimezoneOffset(),
    },
  });
  if (prepared.kind === "nothing-to-rank") throw new WorkbookError(nothingToRank(prepared.run));
  if (prepared.kind === "no-previous-table") {
    const scheme = prepared.run.evaluation.scheme;
    const why = prepared.reason;
    throw new WorkbookError({
      zh: `上期工作表“${previousSheet}”中没有找到方案“${scheme.name.zh}”的表格，未写入任何内容。${why ? `${why.zh} ` : ""}请在“与上期比较”下指定上期的列，或选择上期的原表、上期生成的排名表，或取消比较。`,
      en: `No table of the scheme ${scheme.name.en} was found on the sheet “${previousSheet}”; nothing was written. ${why ? `${why.en} ` : ""}Map last period's columns under Compare with last period, choose last period's table or ranking, or compare with nothing.`,
    });
  }
  stage("sheets", 0);
  const outcome = await workbook.writeReport(source, prepared.plan, (part, fraction) =>
    stage(part, fraction),
  );
  await workbook.saveSettings(source.sheetId, settings ?? DEFAULT_SETTINGS);
  const { run, bulletin, comparison } = prepared;
  return { source, run, outcome, bulletin, comparison };
}
