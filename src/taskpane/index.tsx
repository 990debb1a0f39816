/*
 * The task pane's entry: wait for Office, read its language and theme, hand the pane a Workbook
 * made from Excel.run. This file is the only task-pane file that touches the Office globals.
 */
import { createRoot } from "react-dom/client";
import { createOfficeWorkbook } from "../excel/office-workbook";
import { App } from "./App";
import { languageFromOffice } from "./locale";
import { fluentThemeFor } from "./theme";

void Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) return;
  const language = languageFromOffice(Office.context.displayLanguage);
  document.documentElement.lang = language === "en" ? "en-US" : "zh-CN";
  const theme = fluentThemeFor(Office.context.officeTheme?.bodyBackgroundColor);
  const workbook = createOfficeWorkbook((batch) => Excel.run(batch));
  createRoot(container).render(
    <App
      language={language}
      theme={theme}
      workbook={workbook}
      generator={`govrank ${GOVRANK_VERSION}`}
    />,
  );
});
