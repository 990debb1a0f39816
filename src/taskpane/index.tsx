/*
 * The task pane's entry: wait for Office, read its language and theme, render the pane.
 * This file is the only task-pane file that touches the Office global.
 */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { languageFromOffice } from "./locale";
import { fluentThemeFor } from "./theme";

void Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) return;
  const language = languageFromOffice(Office.context.displayLanguage);
  document.documentElement.lang = language === "en" ? "en-US" : "zh-CN";
  const theme = fluentThemeFor(Office.context.officeTheme?.bodyBackgroundColor);
  createRoot(container).render(<App language={language} theme={theme} />);
});
