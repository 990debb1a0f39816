/** The Workbook interface implemented with Office.js (through an `Excel.run` handed in). */
import { parseRunSettings, type RunSettings } from "../core/settings/run-settings";
import { splitAddress, type ExcelRun } from "./excel-api";
import { readSheet, readSource, sheetNames } from "./read-source";
import { ALL_CAPABILITIES, type OfficeCapabilities } from "./requirements";
import { parseSavedSchemes, SCHEMES_KEY } from "./saved-schemes";
import { insertSampleSheet } from "./sample-sheet";
import type { Workbook } from "./workbook";
import { writeReportInto, type WriteOptions } from "./write-report";

export const SETTINGS_PREFIX = "govrank.run.";

export interface OfficeWorkbookOptions {
  budget?: number | undefined;
  onProgress?: WriteOptions["onProgress"];
  /** What this Excel supports (Office.context.requirements); everything when not given. */
  capabilities?: OfficeCapabilities | undefined;
}

export function createOfficeWorkbook(run: ExcelRun, options: OfficeWorkbookOptions = {}): Workbook {
  const capabilities = options.capabilities ?? ALL_CAPABILITIES;
  const read = { budget: options.budget, capabilities };
  return {
    readSource: (within, reading) => readSource(run, { ...read, within, ...reading }),
    sheetNames: () => sheetNames(run),
    readSheet: (name) => readSheet(run, name, read),
    writeReport: async (source, build, onProgress) => {
      const undoable = capabilities.undoGroup;
      const written = await run(
        (context) =>
          writeReportInto(context, source, build, {
            budget: options.budget,
            onProgress: onProgress ?? options.onProgress,
          }),
        // One Ctrl+Z removes the whole report where Excel can group a run's syncs.
        undoable ? { mergeUndoGroup: true } : undefined,
      );
      return { ...written, undoable };
    },
    loadSchemes: () =>
      run(async (context) => {
        const setting = context.workbook.settings.getItemOrNullObject(SCHEMES_KEY);
        setting.load("value");
        await context.sync();
        return parseSavedSchemes(setting.isNullObject ? undefined : setting.value);
      }),
    saveScheme: (scheme) =>
      run(async (context) => {
        const setting = context.workbook.settings.getItemOrNullObject(SCHEMES_KEY);
        setting.load("value");
        await context.sync();
        const { schemes } = parseSavedSchemes(setting.isNullObject ? undefined : setting.value);
        const next = [...schemes.filter((s) => s.id !== scheme.id), scheme];
        context.workbook.settings.add(SCHEMES_KEY, next);
        await context.sync();
      }),
    onSelectionChanged: (listener) =>
      run(async (context) => {
        const handler = context.workbook.worksheets.onSelectionChanged.add(async () => listener());
        await context.sync();
        return async () => {
          handler.remove();
          await handler.context.sync();
        };
      }),
    onCellsChanged: (listener) =>
      run(async (context) => {
        // WorksheetCollection.onChanged (ExcelApi 1.9): one handler for every sheet.
        const handler = context.workbook.worksheets.onChanged.add(async (event) =>
          listener(event.worksheetId),
        );
        await context.sync();
        return async () => {
          handler.remove();
          await handler.context.sync();
        };
      }),
    insertSample: (lang) => insertSampleSheet(run, lang),
    loadSettings: (sheetId) =>
      run(async (context) => {
        const setting = context.workbook.settings.getItemOrNullObject(
          `${SETTINGS_PREFIX}${sheetId}`,
        );
        setting.load("value");
        await context.sync();
        return parseRunSettings(setting.isNullObject ? undefined : setting.value);
      }),
    saveSettings: (sheetId, settings: RunSettings) =>
      run(async (context) => {
        context.workbook.settings.add(`${SETTINGS_PREFIX}${sheetId}`, settings);
        await context.sync();
      }),
    showOnly: (sheet, box, column, values) =>
      run(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        const range = worksheet.getRangeByIndexes(
          box.top,
          box.left,
          box.bottom - box.top + 1,
          box.right - box.left + 1,
        );
        // ExcelApi 1.9: the sheet's AutoFilter, on values (the ticket numbers, as shown).
        worksheet.autoFilter.apply(range, column - box.left, {
          filterOn: "Values",
          values: [...values],
        });
        worksheet.activate();
        await context.sync();
      }),
    goTo: (address) =>
      run(async (context) => {
        const { sheet, range } = splitAddress(address);
        const worksheet = sheet
          ? context.workbook.worksheets.getItem(sheet)
          : context.workbook.worksheets.getActiveWorksheet();
        worksheet.activate();
        worksheet.getRange(range || "A1").select();
        await context.sync();
      }),
  };
}
