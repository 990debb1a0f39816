/*
 * The task pane's entry: wait for Office, read its language, theme and requirement sets, hand the
 * pane a Workbook made from Excel.run (all through src/excel, the only code that touches
 * Office.js). Outside Excel, or in an Excel too old for the add-in, the page says so instead.
 */
import { createRoot } from "react-dom/client";
import {
  currentCapabilities,
  excelRun,
  officeBodyBackground,
  officeDisplayLanguage,
  whenOfficeReady,
} from "../excel/office-host";
import { createOfficeWorkbook } from "../excel/office-workbook";
import { App } from "./App";
import { ErrorBoundary } from "./ErrorBoundary";
import { languageFromOffice } from "./locale";
import { OutsideOffice } from "./OutsideOffice";
import { fluentThemeFor } from "./theme";

void whenOfficeReady().then((readiness) => {
  const container = document.getElementById("root");
  if (!container) return;
  const root = createRoot(container);
  if (!readiness.inExcel) {
    root.render(<OutsideOffice reason="not-in-excel" />);
    return;
  }
  const capabilities = currentCapabilities();
  if (!capabilities.declared) {
    root.render(<OutsideOffice reason="office-too-old" />);
    return;
  }
  const language = languageFromOffice(officeDisplayLanguage());
  document.documentElement.lang = language === "en" ? "en-US" : "zh-CN";
  const theme = fluentThemeFor(officeBodyBackground());
  root.render(
    <ErrorBoundary>
      <App
        language={language}
        theme={theme}
        workbook={createOfficeWorkbook(excelRun, { capabilities })}
        generator={`govrank ${GOVRANK_VERSION}`}
      />
    </ErrorBoundary>,
  );
});
