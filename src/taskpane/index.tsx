/*
 * The task pane's entry: wait for Office, read its language and theme, hand the pane a Workbook
 * made from Excel.run (all through src/excel, the only code that touches Office.js).
 */
import { createRoot } from "react-dom/client";
import {
  excelRun,
  officeBodyBackground,
  officeDisplayLanguage,
  whenOfficeReady,
} from "../excel/office-host";
import { createOfficeWorkbook } from "../excel/office-workbook";
import { App } from "./App";
import { languageFromOffice } from "./locale";
import { fluentThemeFor } from "./theme";

void whenOfficeReady().then(() => {
  const container = document.getElementById("root");
  if (!container) return;
  const language = languageFromOffice(officeDisplayLanguage());
  document.documentElement.lang = language === "en" ? "en-US" : "zh-CN";
  const theme = fluentThemeFor(officeBodyBackground());
  createRoot(container).render(
    <App
      language={language}
      theme={theme}
      workbook={createOfficeWorkbook(excelRun)}
      generator={`govrank ${GOVRANK_VERSION}`}
    />,
  );
});
