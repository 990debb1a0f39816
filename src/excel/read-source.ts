/**
 * Reads the clerk's table: the selection, clipped to the cells in use (a whole-column selection is
 * a million rows of nothing), or — when a single cell is selected — the Excel table or the current
 * region around it. Values and number formats come in row blocks sized to stay under Office's
 * 5 MB response and 5 000 000-cell read limits; merged areas come along for title rows.
 */
import type { CellGrid, MergedArea } from "../core/table/cell-grid";
import { columnIndex, columnLetters, quoteSheetName } from "../core/table/address";
import type { CellValue } from "../core/values/parse-cell";
import { recogniseHeader } from "../core/tickets/read-ticket-log";
import {
  CELL_READ_LIMIT,
  DEFAULT_BUDGET,
  isPayloadTooLarge,
  splitAddress,
  type ExcelRun,
} from "./excel-api";
import type { LocalText } from "../core/schemes/scheme";
import { parseRegistry, REGISTRY_KEY, sourceOfOutput } from "./output-registry";
import { ALL_CAPABILITIES, OPTIONAL, type OfficeCapabilities } from "./requirements";
import { WorkbookError, type SourceHint, type SourceTable } from "./workbook";
import { knownHeaders } from "../core/schemes/detect";
import { builtinSchemes } from "../core/schemes/builtin";
import { continuation } from "../core/table/table-extent";

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A first guess of a cell's size in a response (value and format, JSON, CJK escaped). */
const FIRST_GUESS_BYTES_PER_CELL = 64;

function boxOf(range: {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}): Box {
  return {
    top: range.rowIndex,
    left: range.columnIndex,
    bottom: range.rowIndex + range.rowCount - 1,
    right: range.columnIndex + range.columnCount - 1,
  };
}

function intersect(a: Box, b: Box): Box | undefined {
  const box = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return box.top <= box.bottom && box.left <= box.right ? box : undefined;
}

/** "A1:L1" → a box (zero-based). */
export function parseBox(range: string): Box | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(range.trim());
  if (!m) return undefined;
  const left = columnIndex(m[1] ?? "");
  const right = columnIndex(m[3] ?? m[1] ?? "");
  if (left === undefined || right === undefined) return undefined;
  return { top: Number(m[2]) - 1, left, bottom: Number(m[4] ?? m[2]) - 1, right };
}

function cellValue(value: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  return String(value);
}

export interface ReadOptions {
  budget?: number | undefined;
  capabilities?: OfficeCapabilities | undefined;
  /**
   * The table the pane is working on. A click on one of its cells (the typo the pane pointed to)
   * or a selection of one row or column inside it means that table, not a new one.
   */
  within?: SourceHint | undefined;
  /** Rows read so far of how many, after each block (a ticket log takes many blocks). */
  onProgress?: ((rows: number, total: number) => void) | undefined;
  /** Stops between blocks when aborted: nothing half-read is returned. */
  signal?: AbortSignal | undefined;
}

export const READ_CANCELLED: LocalText = {
  zh: "已取消读取。",
  en: "Reading was cancelled.",
};

/**
 * A ticket log needs no number formats (its times are read from the values): once the first block
 * shows a log's header, the rest is read as values only, about half the bytes and syncs.
 */
function valuesOnly(values: CellValue[][]): boolean {
  return recogniseHeader(values) !== undefined;
}

export async function readSource(run: ExcelRun, options: ReadOptions = {}): Promise<SourceTable> {
  try {
    return await run((context) => readSourceWith(context, options));
  } catch (error) {
    if (error instanceof WorkbookError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new WorkbookError(
      {
        zh: `读取所选表格时 Excel 出错，请重新选中表格后再试。（Excel：${detail}）`,
        en: `Excel failed while reading the selected table; select it again and retry. (Excel: ${detail})`,
      },
      error,
    );
  }
}

async function readSourceWith(
  context: Excel.RequestContext,
  options: ReadOptions,
): Promise<SourceTable> {
  {
    const selection = context.workbook.getSelectedRange();
    selection.load("address,rowIndex,columnIndex,rowCount,columnCount,cellCount");
    let worksheet = context.workbook.worksheets.getActiveWorksheet();
    worksheet.load("id,name");
    let used = worksheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    const tables = selection.getTables(false);
    tables.load("items/name");
    // Asked for now so a single selected cell costs no extra round trip (unless it is in a table).
    const region = selection.getSurroundingRegion();
    region.load("rowIndex,columnIndex,rowCount,columnCount");
    const registrySetting = context.workbook.settings.getItemOrNullObject(REGISTRY_KEY);
    registrySetting.load("value");
    await context.sync();

    // On one of govrank's report sheets, "the table" is the one that report was made from.
    const { registry } = parseRegistry(
      registrySetting.isNullObject ? undefined : registrySetting.value,
    );
    const made = sourceOfOutput(registry, worksheet.id);
    if (made) {
      worksheet = context.workbook.worksheets.getItem(made.source);
      worksheet.load("id,name");
      used = worksheet.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      await context.sync();
    }

    if (used.isNullObject)
      throw new WorkbookError({
        zh: `工作表“${worksheet.name}”是空的。请选中部门表格后再试。`,
        en: `The sheet “${worksheet.name}” is empty. Select the department table and try again.`,
      });
    const usedBox = boxOf(used);
    const notes: LocalText[] = [];
    let box: Box | undefined;
    let foundBy: SourceTable["foundBy"] = "selection";
    const kept = keptBox(options.within, worksheet.id, boxOf(selection));
    if (made) {
      const previous = made.address ? parseBox(splitAddress(made.address).range) : undefined;
      box = previous ? intersect(previous, usedBox) : usedBox;
      foundBy = "report";
    } else if (kept) {
      box = intersect(kept, usedBox);
      foundBy = "kept";
    } else if (selection.cellCount === 1) {
      const table = tables.items[0];
      let around: Parameters<typeof boxOf>[0] = region;
      if (table) {
        const range = table.getRange();
        range.load("rowIndex,columnIndex,rowCount,columnCount");
        await context.sync();
        around = range;
      }
      box = intersect(boxOf(around), usedBox);
      foundBy = table ? "table" : "region";
      if (!table && box) {
        const continued = await continueAcrossBlankRows(context, worksheet, box, usedBox);
        box = continued.box;
        notes.push(...continued.notes);
      }
    } else {
      box = intersect(boxOf(selection), usedBox);
    }
    if (!box || (box.top === box.bottom && box.left === box.right))
      throw new WorkbookError({
        zh: `所选区域 ${splitAddress(selection.address).range} 周围没有表格数据。请选中整张部门表格（含表头），或选中表格中的任一单元格。`,
        en: `There is no table around the selection ${splitAddress(selection.address).range}. Select the whole department table (with its header), or any cell inside it.`,
      });

    const read = await readGrid(context, worksheet, worksheet.name, box, options);
    const address = `${quoteSheetName(worksheet.name)}!${formatBox(box)}`;
    return {
      grid: read.grid,
      address,
      sheetId: worksheet.id,
      foundBy,
      notes: [...notes, ...read.notes],
      cursor: made ? undefined : { row: selection.rowIndex, column: selection.columnIndex },
    };
  }
}

/** The working table's box when the selection is a cell, a row or a column inside it. */
function keptBox(within: SourceHint | undefined, sheetId: string, selected: Box): Box | undefined {
  if (!within || within.sheetId !== sheetId) return undefined;
  const kept = parseBox(splitAddress(within.address).range);
  if (!kept) return undefined;
  const inside =
    selected.top >= kept.top &&
    selected.bottom <= kept.bottom &&
    selected.left >= kept.left &&
    selected.right <= kept.right;
  const thin = selected.top === selected.bottom || selected.left === selected.right;
  return inside && thin ? kept : undefined;
}

/** Rows read at a time when looking past a blank row for more of the table. */
const PROBE_ROWS = 200;

/**
 * The current region grown past blank rows inside the table (see core/table/table-extent.ts), with
 * a note saying so: the clerk sees which rows were joined and can select the table herself.
 */
async function continueAcrossBlankRows(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  region: Box,
  used: Box,
): Promise<{ box: Box; notes: LocalText[] }> {
  const known = knownHeaders(builtinSchemes());
  const width = region.right - region.left + 1;
  let bottom = region.bottom;
  const gaps: number[] = [];
  for (let from = region.bottom + 1; from <= used.bottom;) {
    const rows = Math.min(PROBE_ROWS, used.bottom - from + 1);
    const probe = worksheet.getRangeByIndexes(from, region.left, rows, width);
    probe.load("values");
    await context.sync();
    const found = continuation(
      (probe.values as unknown[][]).map((r) => r.map(cellValue)),
      width,
      known,
    );
    if (found.lastRow >= 0) {
      bottom = from + found.lastRow;
      gaps.push(...found.gaps.map((g) => from + g));
    }
    if (!found.open || found.lastRow < 0) break;
    // The table may go on past this probe: look again from its last row.
    from = bottom + 1;
  }
  if (bottom === region.bottom) return { box: region, notes: [] };
  const rowsText = gaps.map((g) => g + 1).join("、");
  return {
    box: { ...region, bottom },
    notes: [
      {
        zh: `第 ${rowsText} 行是空行，下面到第 ${bottom + 1} 行与表格同列，已一并读取。如果下面是另一张表，请只选中本表后再试。`,
        en: `Row ${gaps.map((g) => g + 1).join(", ")} is blank; the rows below it, to row ${bottom + 1}, fill the same columns and were read as part of the table. If they are another table, select only this one.`,
      },
    ],
  };
}

function formatBox(box: Box): string {
  return `${columnLetters(box.left)}${box.top + 1}:${columnLetters(box.right)}${box.bottom + 1}`;
}

const NO_MERGES_NOTE: LocalText = {
  zh: `此版本的 Excel 不能读出合并单元格（需要 ExcelApi ${OPTIONAL.mergedAreas.version}，即 Excel 2021 或 Microsoft 365），已按文字识别标题和表头；如识别有误，请只选中表头和数据行后再试。`,
  en: `This version of Excel cannot report merged cells (ExcelApi ${OPTIONAL.mergedAreas.version}, Excel 2021 or Microsoft 365, is needed): the title and header were recognised from their text; if that went wrong, select only the header and data rows.`,
};

const TOO_MANY_MERGES_NOTE: LocalText = {
  zh: "表格中合并单元格过多，Excel 未能全部列出，部分合并单元格按普通单元格读取；如标题或表头识别有误，请只选中表头和数据行后再试。",
  en: "The table has more merged cells than Excel could list: some were read as ordinary cells; if the title or header was recognised wrongly, select only the header and data rows.",
};

/**
 * A box of a sheet as a grid: values and number formats in row blocks sized from what the last
 * block really weighed (under 5 MB a response, 5 000 000 cells a read), merged areas clipped to it.
 *
 * The merged areas ride along with the first block (no extra round trip for an ordinary table).
 * Excel refuses them past 512 areas in one range, and that refusal fails the whole sync, so when
 * that sync fails they are asked again on their own, in row bands halved until each answers.
 */
async function readGrid(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  sheetName: string,
  box: Box,
  options: ReadOptions,
): Promise<{ grid: CellGrid; notes: LocalText[] }> {
  const budget = options.budget ?? DEFAULT_BUDGET;
  const capabilities = options.capabilities ?? ALL_CAPABILITIES;
  const columns = box.right - box.left + 1;
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const areaAddresses = new Set<string>();
  const notes: LocalText[] = [];
  let mergedAreas: Excel.RangeAreas | undefined;
  let mergesInBands = false;
  if (capabilities.mergedAreas) {
    mergedAreas = worksheet
      .getRangeByIndexes(box.top, box.left, box.bottom - box.top + 1, columns)
      .getMergedAreasOrNullObject();
    mergedAreas.load("address");
  } else notes.push(NO_MERGES_NOTE);
  let bytesPerCell = FIRST_GUESS_BYTES_PER_CELL;
  let log = false;
  const total = box.bottom - box.top + 1;
  for (let row = box.top; row <= box.bottom;) {
    if (options.signal?.aborted) throw new WorkbookError(READ_CANCELLED);
    const fit = Math.floor(Math.min(CELL_READ_LIMIT, budget / bytesPerCell) / columns);
    let rows = Math.max(1, Math.min(fit, box.bottom - row + 1));
    for (;;) {
      const block = worksheet.getRangeByIndexes(row, box.left, rows, columns);
      block.load(log ? "values" : "values,numberFormat");
      try {
        await context.sync();
      } catch (error) {
        if (mergedAreas) {
          // The merged areas may be what failed: read the values without them, the areas after.
          mergedAreas = undefined;
          mergesInBands = true;
          continue;
        }
        if (isPayloadTooLarge(error) && rows > 1) {
          rows = Math.ceil(rows / 2);
          continue;
        }
        throw error;
      }
      if (mergedAreas) {
        if (!mergedAreas.isNullObject) addAreas(areaAddresses, mergedAreas.address);
        mergedAreas = undefined;
      }
      const blockValues = block.values as unknown[][];
      const blockFormats = log ? [] : (block.numberFormat as unknown[][]);
      for (const r of blockValues) values.push(r.map(cellValue));
      for (const r of blockFormats)
        numberFormats.push(r.map((f) => (typeof f === "string" ? f : null)));
      for (let i = blockFormats.length; i < blockValues.length; i++) numberFormats.push([]);
      // Size the next block from what this one really weighed, with room to spare.
      const weight = JSON.stringify(blockValues).length + JSON.stringify(blockFormats).length;
      bytesPerCell = Math.max(8, (1.5 * weight) / (rows * columns));
      if (!log && row === box.top && rows < total && valuesOnly(values)) {
        log = true;
        // The next blocks are sized from what the values alone weighed.
        bytesPerCell = Math.max(8, (1.5 * JSON.stringify(blockValues).length) / (rows * columns));
      }
      break;
    }
    row += rows;
    options.onProgress?.(row - box.top, total);
  }
  if (mergesInBands && !(await readMergesInBands(context, worksheet, box, areaAddresses)))
    notes.push(TOO_MANY_MERGES_NOTE);

  const merges: MergedArea[] = [];
  for (const part of areaAddresses) {
    const m = parseBox(part);
    const clipped = m && intersect(m, box);
    if (clipped)
      merges.push({
        top: clipped.top - box.top,
        left: clipped.left - box.left,
        bottom: clipped.bottom - box.top,
        right: clipped.right - box.left,
      });
  }
  return {
    grid: { sheet: sheetName, top: box.top, left: box.left, values, numberFormats, merges },
    notes,
  };
}

/** "'S'!A1:C1,'S'!A5:A6" → the ranges, each once however many bands reported it. */
function addAreas(into: Set<string>, address: string): void {
  for (const part of address.split(",")) if (part !== "") into.add(splitAddress(part).range);
}

/**
 * The merged areas of a box, asked band by band (halving a band Excel refuses). An area that
 * crosses two bands is reported by both, whole; the set keeps it once. Returns false when even a
 * single row was refused (the areas found so far are kept).
 */
async function readMergesInBands(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  box: Box,
  into: Set<string>,
): Promise<boolean> {
  const columns = box.right - box.left + 1;
  const bands: { top: number; bottom: number }[] = [{ top: box.top, bottom: box.bottom }];
  let complete = true;
  for (let band = bands.shift(); band; band = bands.shift()) {
    const areas = worksheet
      .getRangeByIndexes(band.top, box.left, band.bottom - band.top + 1, columns)
      .getMergedAreasOrNullObject();
    areas.load("address");
    try {
      await context.sync();
    } catch {
      if (band.top === band.bottom) {
        complete = false;
        continue;
      }
      const middle = Math.floor((band.top + band.bottom) / 2);
      bands.unshift({ top: band.top, bottom: middle }, { top: middle + 1, bottom: band.bottom });
      continue;
    }
    if (!areas.isNullObject) addAreas(into, areas.address);
  }
  return complete;
}

/** Every sheet's name, in tab order. */
export async function sheetNames(run: ExcelRun): Promise<string[]> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    return sheets.items.map((s) => s.name);
  });
}

/** The cells in use on a named sheet (last period's table, for a comparison). */
export async function readSheet(
  run: ExcelRun,
  name: string,
  options: ReadOptions = {},
): Promise<CellGrid> {
  return run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(name);
    const used = worksheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    if (used.isNullObject)
      throw new WorkbookError({
        zh: `工作表“${name}”是空的，无法作为上期数据。`,
        en: `The sheet “${name}” is empty: it cannot serve as last period's data.`,
      });
    return (await readGrid(context, worksheet, name, boxOf(used), options)).grid;
  });
}
