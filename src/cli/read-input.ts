/**
 * Reading a clerk's file into a CellGrid: an .xlsx through exceljs (values, number formats, merged
 * areas), or a .csv in UTF-8 (with or without BOM) or GB18030/GBK as Chinese Excel saves it — the
 * encoding is detected, not asked. The file is only read, never written.
 */
import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import type ExcelJS from "exceljs";
import iconv from "iconv-lite";
import type { CellGrid, MergedArea } from "../core/table/cell-grid";
import { columnIndex } from "../core/table/address";
import type { CellValue } from "../core/values/parse-cell";

export class InputError extends Error {
  constructor(
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
  }
}

/** UTF-8 when the bytes are valid UTF-8 (BOM or not), else GB18030 (a superset of GBK and GB2312). */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder("utf-8").decode(bytes.subarray(3));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(Buffer.from(bytes), "gb18030");
  }
}

export function csvGrid(text: string, sheet: string): CellGrid {
  const rows = parseCsv(text, {
    relax_column_count: true,
    skip_empty_lines: false,
    bom: true,
  }) as string[][];
  return { sheet, top: 0, left: 0, values: rows.map((r) => r.map((v) => (v === "" ? null : v))) };
}

function cellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((t) => t.text).join("");
  if ("result" in value)
    return value.result === undefined ? null : cellValue(value.result as ExcelJS.CellValue);
  if ("text" in value) return String(value.text);
  return null;
}

function parseRange(ref: string): MergedArea | undefined {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return undefined;
  const left = columnIndex(m[1] ?? "");
  const right = columnIndex(m[3] ?? "");
  if (left === undefined || right === undefined) return undefined;
  return { top: Number(m[2]) - 1, left, bottom: Number(m[4]) - 1, right };
}

export function worksheetGrid(ws: ExcelJS.Worksheet): CellGrid {
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const width = ws.columnCount;
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const rowValues: CellValue[] = [];
    const rowFormats: (string | null)[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      rowValues.push(cellValue(cell.value));
      rowFormats.push(cell.numFmt ?? null);
    }
    values.push(rowValues);
    numberFormats.push(rowFormats);
  }
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).flatMap(
    (ref) => parseRange(ref) ?? [],
  );
  return { sheet: ws.name, top: 0, left: 0, values, numberFormats, merges };
}

/** exceljs, loaded on the first workbook read: a CSV run never pays for it. */
export async function loadExcelJS(): Promise<typeof ExcelJS> {
  return (await import("exceljs")).default;
}

export async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new (await loadExcelJS()).Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

export interface InputTable {
  grid: CellGrid;
  /** The sheet as exceljs read it (absent for CSV): its styles and widths are copied to reports. */
  worksheet?: ExcelJS.Worksheet | undefined;
}

/** The grid of a file's first sheet, or of the named one. */
export async function readInputGrid(path: string, sheet?: string): Promise<CellGrid> {
  return (await readInput(path, sheet)).grid;
}

/** A file's first sheet (or the named one) as a grid, with the worksheet itself for .xlsx. */
export async function readInput(path: string, sheet?: string): Promise<InputTable> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new InputError(`找不到或无法读取文件：${path}`, `cannot read the file: ${path}`);
  }
  const ext = extname(path).toLowerCase();
  // Excel names a CSV's only sheet after the file.
  if (ext === ".csv" || ext === ".txt")
    return {
      grid: csvGrid(decodeText(bytes), sheet ?? basename(path, extname(path)).slice(0, 31)),
    };
  if (ext !== ".xlsx" && ext !== ".xlsm") {
    throw new InputError(
      `不支持的文件类型“${ext}”：请使用 .xlsx 或 .csv（.xls 请先在 Excel 中另存为 .xlsx）。`,
      `unsupported file type “${ext}”: use .xlsx or .csv (save .xls as .xlsx first).`,
    );
  }
  let workbook: ExcelJS.Workbook;
  try {
    workbook = await readWorkbook(bytes);
  } catch {
    throw new InputError(
      `无法打开 ${path}：文件可能已损坏，或不是 .xlsx 格式。`,
      `cannot open ${path}: the file may be damaged or not an .xlsx.`,
    );
  }
  const ws = sheet === undefined ? workbook.worksheets[0] : workbook.getWorksheet(sheet);
  if (!ws) {
    const names = workbook.worksheets.map((w) => w.name).join("、");
    throw new InputError(
      `工作簿中没有名为“${sheet}”的工作表（现有：${names}）。`,
      `no sheet named “${sheet}” (the workbook has: ${names}).`,
    );
  }
  return { grid: worksheetGrid(ws), worksheet: ws };
}

/** Every sheet of a workbook as a grid (a CSV is one sheet): for finding last period's table. */
export async function readAllGrids(path: string): Promise<CellGrid[]> {
  const ext = extname(path).toLowerCase();
  if (ext === ".csv" || ext === ".txt") return [(await readInput(path)).grid];
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new InputError(`找不到或无法读取文件：${path}`, `cannot read the file: ${path}`);
  }
  try {
    const workbook = await readWorkbook(bytes);
    return workbook.worksheets.map(worksheetGrid);
  } catch {
    throw new InputError(
      `无法打开 ${path}：文件可能已损坏，或不是 .xlsx 格式。`,
      `cannot open ${path}: the file may be damaged or not an .xlsx.`,
    );
  }
}
