/**
 * What the entry points need from Office besides the workbook — when it is ready, its language
 * and theme, the ribbon's action registry and dialogs — so that Office.js is touched only here,
 * in src/excel. The pane, the commands and the app receive these as plain values and functions.
 */
import type { ExcelRun } from "./excel-api";

export function whenOfficeReady(): Promise<void> {
  return Office.onReady().then(() => undefined);
}

export function officeDisplayLanguage(): string | undefined {
  return Office.context.displayLanguage;
}

export function officeBodyBackground(): string | undefined {
  return Office.context.officeTheme?.bodyBackgroundColor;
}

/** Excel.run, handed to createOfficeWorkbook. */
export const excelRun: ExcelRun = (batch) => Excel.run(batch);

export type RibbonAction = (event: { completed(): void }) => void;

export function associateRibbonAction(id: string, action: RibbonAction): void {
  Office.actions.associate(id, action);
}

export function showDialog(url: string, size: { height: number; width: number }): void {
  Office.context.ui.displayDialogAsync(url, { ...size, displayInIframe: true });
}
