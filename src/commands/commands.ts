/*
 * Ribbon commands. In the shared runtime this code lives in taskpane.html (the manifest's
 * FunctionFile), so ribbon actions can reach the same state as the pane. The 部门排名 button opens
 * the pane through the manifest's ShowTaskpane action; 重新生成 (rerunReport) is associated here
 * once Office is ready and reports its outcome in a small dialog.
 */
import { createOfficeWorkbook } from "../excel/office-workbook";
import { languageFromOffice } from "../taskpane/locale";
import { rerun, type RerunOutcome } from "./rerun";

export function registerRibbonActions(
  actions: Record<string, (event: Office.AddinCommands.Event) => void>,
): void {
  for (const [id, action] of Object.entries(actions)) Office.actions.associate(id, action);
}

function showOutcome(outcome: RerunOutcome): void {
  const lang = languageFromOffice(Office.context.displayLanguage);
  const url = new URL("outcome.html", window.location.href);
  url.searchParams.set("lang", lang);
  url.searchParams.set("ok", outcome.ok ? "1" : "0");
  url.searchParams.set("text", outcome.text[lang]);
  Office.context.ui.displayDialogAsync(url.href, { height: 30, width: 35, displayInIframe: true });
}

async function rerunReport(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const outcome = await rerun(
      createOfficeWorkbook((batch) => Excel.run(batch)),
      {
        now: () => new Date(),
        generator: `govrank ${GOVRANK_VERSION}`,
        language: languageFromOffice(Office.context.displayLanguage),
      },
    );
    showOutcome(outcome);
  } finally {
    event.completed();
  }
}

void Office.onReady(() =>
  registerRibbonActions({ rerunReport: (event) => void rerunReport(event) }),
);
