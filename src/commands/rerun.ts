/**
 * 重新生成 on the ribbon: run the report again for the active sheet with the settings saved the
 * last time (or the defaults), without opening the pane, and say how it went.
 */
import { DEFAULT_SETTINGS, generateReport } from "../app/generate-report";
import { outcomeText } from "../app/outcome-text";
import type { LocalText } from "../core/schemes/scheme";
import { WorkbookError, type Workbook } from "../excel/workbook";

export interface RerunOutcome {
  ok: boolean;
  text: LocalText;
}

export async function rerun(
  workbook: Workbook,
  deps: { now: () => Date; generator: string; language?: "zh" | "en" | undefined },
): Promise<RerunOutcome> {
  try {
    const source = await workbook.readSource();
    const { settings, warnings } = await workbook.loadSettings(source.sheetId);
    const saved = await workbook.loadSchemes();
    // A language she chose is kept; unset (or nothing saved), the report follows Office's.
    const base = settings ?? DEFAULT_SETTINGS;
    const lang = base.lang ?? deps.language;
    const chosen = settings || lang ? { ...base, ...(lang ? { lang } : {}) } : null;
    const generated = await generateReport(workbook, chosen, {
      saved: saved.schemes,
      source,
      now: deps.now,
      generator: deps.generator,
    });
    const text = outcomeText(generated);
    const notes = [
      ...warnings,
      ...saved.warnings,
      ...generated.outcome.warnings,
      ...generated.run.settingsProblems,
    ];
    return {
      ok: true,
      text: {
        zh: [text.zh, ...notes.map((n) => n.zh)].join(""),
        en: [text.en, ...notes.map((n) => n.en)].join(" "),
      },
    };
  } catch (error) {
    if (error instanceof WorkbookError) return { ok: false, text: error.text };
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      text: {
        zh: `重新生成失败：${detail}。请打开“部门排名”任务窗格检查设置。`,
        en: `Re-run failed: ${detail}. Open the 部门排名 task pane to check the settings.`,
      },
    };
  }
}
