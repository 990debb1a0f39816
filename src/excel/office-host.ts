/**
 * What the entry points need from Office besides the workbook — whether it is there and ready,
 * its language, theme and requirement sets, the ribbon's action registry and dialogs — so that
 * Office.js is touched only here, in src/excel. The pane, the commands and the app receive these
 * as plain values and functions.
 */
import type { ExcelRun } from "./excel-api";
import { officeCapabilities, type OfficeCapabilities } from "./requirements";

/** Where the page finds itself once office.js has had its say. */
export interface OfficeReadiness {
  /** Running inside Excel (desktop, Mac or the web). */
  inExcel: boolean;
  /** office.js is not there at all (blocked, not loaded, opened as a file). */
  officeMissing: boolean;
}

/** How long the page waits for Office to say it is ready before saying it is not in Excel. */
const READY_TIMEOUT_MS = 15_000;

/**
 * Office.onReady, made total: outside Office (a browser, or office.js blocked) it settles with
 * `inExcel: false` instead of leaving the page blank or throwing `Excel is not defined`.
 */
export function whenOfficeReady(timeoutMs = READY_TIMEOUT_MS): Promise<OfficeReadiness> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function")
    return Promise.resolve({ inExcel: false, officeMissing: true });
  const ready = Office.onReady().then((info) => ({
    inExcel: info.host === Office.HostType.Excel && typeof Excel !== "undefined",
    officeMissing: false,
  }));
  const timeout = new Promise<OfficeReadiness>((resolve) =>
    setTimeout(() => resolve({ inExcel: false, officeMissing: false }), timeoutMs),
  );
  return Promise.race([ready, timeout]);
}

export function officeDisplayLanguage(): string | undefined {
  return Office.context.displayLanguage;
}

export function officeBodyBackground(): string | undefined {
  return Office.context.officeTheme?.bodyBackgroundColor;
}

/** The requirement sets this Excel supports, as the shell uses them. */
export function currentCapabilities(): OfficeCapabilities {
  return officeCapabilities((name, version) =>
    Office.context.requirements.isSetSupported(name, version),
  );
}

/** Excel.run, handed to createOfficeWorkbook (with its options only when there are any). */
export const excelRun: ExcelRun = (batch, options) =>
  options ? Excel.run(options, batch) : Excel.run(batch);

export type RibbonAction = (event: { completed(): void }) => void;

export function associateRibbonAction(id: string, action: RibbonAction): void {
  Office.actions.associate(id, action);
}

/** Office's code for "a dialog is already open" (displayDialogAsync allows one at a time). */
export const DIALOG_ALREADY_OPEN = 12007;

let openDialog: Office.Dialog | undefined;

function display(url: string, size: { height: number; width: number }) {
  return new Promise<Office.AsyncResult<Office.Dialog>>((resolve) =>
    Office.context.ui.displayDialogAsync(url, { ...size, displayInIframe: true }, resolve),
  );
}

/**
 * Opens a dialog, replacing the one govrank still has open (a second re-run while the first
 * outcome is shown): Office refuses a second dialog with 12007, which would lose the outcome.
 * Resolves to whether the dialog is showing.
 */
export async function showDialog(
  url: string,
  size: { height: number; width: number },
): Promise<boolean> {
  let result = await display(url, size);
  if (
    result.status === Office.AsyncResultStatus.Failed &&
    result.error.code === DIALOG_ALREADY_OPEN
  ) {
    openDialog?.close();
    openDialog = undefined;
    result = await display(url, size);
  }
  if (result.status !== Office.AsyncResultStatus.Succeeded) return false;
  const dialog = result.value;
  openDialog = dialog;
  // The clerk closing it (or navigating it away) ends it: forget it.
  dialog.addEventHandler(Office.EventType.DialogEventReceived, () => {
    if (openDialog === dialog) openDialog = undefined;
  });
  return true;
}
