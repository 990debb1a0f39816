/*
 * Ribbon commands. In the shared runtime this code lives in taskpane.html (the manifest's
 * FunctionFile), so ribbon actions can reach the same state as the pane. The 部门排名 button opens
 * the pane through the manifest's ShowTaskpane action; 重新生成 (rerunReport) is associated here
 * once Office is ready and reports its outcome in a small dialog.
 */
import {
  associateRibbonAction,
  currentCapabilities,
  excelRun,
  officeDisplayLanguage,
  showDialog,
  whenOfficeReady,
  type RibbonAction,
} from "../excel/office-host";
import { createOfficeWorkbook } from "../excel/office-workbook";
import { OFFICE_TOO_OLD } from "../excel/requirements";
import { languageFromOffice } from "../taskpane/locale";
import { rerun, type RerunOutcome } from "./rerun";

export function registerRibbonActions(actions: Record<string, RibbonAction>): void {
  for (const [id, action] of Object.entries(actions)) associateRibbonAction(id, action);
}

async function showOutcome(outcome: RerunOutcome, lang: "zh" | "en"): Promise<void> {
  const url = new URL("outcome.html", window.location.href);
  url.searchParams.set("lang", lang);
  url.searchParams.set("ok", outcome.ok ? "1" : "0");
  url.searchParams.set("text", outcome.text[lang]);
  await showDialog(url.href, { height: 30, width: 35 });
}

async function rerunReport(event: { completed(): void }): Promise<void> {
  const language = languageFromOffice(officeDisplayLanguage());
  try {
    const capabilities = currentCapabilities();
    const outcome = capabilities.declared
      ? await rerun(createOfficeWorkbook(excelRun, { capabilities }), {
          now: () => new Date(),
          generator: `govrank ${GOVRANK_VERSION}`,
          language,
        })
      : { ok: false, text: OFFICE_TOO_OLD };
    await showOutcome(outcome, language);
  } finally {
    event.completed();
  }
}

void whenOfficeReady().then((readiness) => {
  if (readiness.inExcel) registerRibbonActions({ rerunReport: (event) => void rerunReport(event) });
});
