/**
 * Reading a clerk's file into a CellGrid: an .xlsx through exceljs (values, number formats, merged
 * areas), or a .csv in UTF-8 (with or without BOM) or GB18030/GBK as Chinese Excel saves it — the
 * encoding is detected, not asked. The file is only read, never written.
 */
import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import type ExcelJS from "exceljs";
import { decodeTextFile } from "./decode-text";
import { deflatedPackage } from "./xlsx/deflated-package";
import { PackageError, PackageParts } from "./xlsx/package-parts";
import type { CellGrid, MergedArea } from "../core/table/cell-grid";
import { legalSheetName } from "../core/report/sheet-names";
import { columnIndex } from "../core/table/address";
import type { LocalText } from "../core/schemes/scheme";
import type { CellValue } from "../core/values/parse-cell";

export class InputError extends Error {
  constructor(
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
  }

  /** The core's messages (each in both languages) as one error. */
  static of(texts: readonly LocalText[]): InputError {
    return new InputError(texts.map((t) => t.zh).join("；"), texts.map((t) => t.en).join("; "));
  }
}

/** Tab-separated when the first line has tabs and no commas (Excel's text exports), else commas. */
function delimiterOf(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/));
  return first.includes("\t") && !first.includes(",") ? "\t" : ",";
}

export function csvGrid(text: string, sheet: string): CellGrid {
  let rows: string[][];
  try {
    rows = parseCsv(text, {
      relax_column_count: true,
      // A quote inside a field (市"扫黄打非"办) is part of the text, as Excel reads it.
      relax_quotes: true,
      skip_empty_lines: false,
      bom: true,
      delimiter: delimiterOf(text),
      // Mixed line endings (a CRLF header, LF rows) must not fold rows together.
      record_delimiter: ["\r\n", "\n", "\r"],
    }) as string[][];
  } catch (error) {
    const line = (error as { lines?: unknown }).lines;
    const at = typeof line === "number" ? `第 ${line} 行` : "";
    throw new InputError(
      `CSV 文件${at}格式有误（${(error as Error).message}）：多半是引号没有成对。请在 Excel 中打开后另存为 CSV 再试。`,
      `the CSV file is malformed${typeof line === "number" ? ` at line ${line}` : ""} (${(error as Error).message}), most likely an unpaired quote. Open it in Excel and save it as CSV again.`,
    );
  }
  return { sheet, top: 0, left: 0, values: rows.map((r) => r.map((v) => (v === "" ? null : v))) };
}

function cellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  // exceljs reads a date cell as UTC of its serial: the sheet's own clock. A ticket log's times
  // keep their time of day; a plain date stays a date.
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.slice(11, 19) === "00:00:00"
      ? iso.slice(0, 10)
      : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
  }
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((t) => t.text).join("");
  // A formula without a saved result is kept as its text: the core says what to do about it,
  // instead of reading a blank (a satisfaction formula as 100 %, a count formula as no tickets).
  if ("result" in value || "formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null) {
      const formula =
        (value as { formula?: unknown }).formula ??
        (value as { sharedFormula?: unknown }).sharedFormula;
      return typeof formula === "string" ? `=${formula}` : null;
    }
    return cellValue(result as ExcelJS.CellValue);
  }
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

/** Rows or columns of nothing after which a lone cell is taken for a stray, not for the table. */
const STRAY_ROW_GAP = 1000;
const STRAY_COLUMN_GAP = 100;

/** The extent up to the first gap longer than `gap` in the sorted positions used. */
function extentBeforeGap(used: readonly number[], gap: number): number {
  let last = used[0] ?? 1;
  for (const at of used) {
    if (at - last > gap) break;
    last = at;
  }
  return last;
}

/**
 * A worksheet as a grid, at the cost of the cells that exist (not of the sheet's declared size: one
 * stray space at XFD1048576 must not make a million-row grid). Cells far past the table — after
 * more than 1 000 empty rows or 100 empty columns — are left out and named in `ignored`.
 */
export function worksheetGrid(ws: ExcelJS.Worksheet): CellGrid & { ignored: string[] } {
  const cells: { row: number; column: number; value: CellValue; format: string | null }[] = [];
  const hidden: number[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (row.hidden) hidden.push(r - 1);
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const value = cellValue(cell.value);
      if (value === null || (typeof value === "string" && value.trim() === "")) return;
      cells.push({ row: r, column: c, value, format: cell.numFmt ?? null });
    });
  });
  const rowsUsed = [...new Set(cells.map((c) => c.row))].sort((a, b) => a - b);
  const columnsUsed = [...new Set(cells.map((c) => c.column))].sort((a, b) => a - b);
  const lastRow = extentBeforeGap(rowsUsed, STRAY_ROW_GAP);
  const lastColumn = extentBeforeGap(columnsUsed, STRAY_COLUMN_GAP);
  const values: CellValue[][] = Array.from({ length: cells.length ? lastRow : 0 }, () =>
    Array<CellValue>(lastColumn).fill(null),
  );
  const numberFormats: (string | null)[][] = values.map(() =>
    Array<string | null>(lastColumn).fill(null),
  );
  const ignored: string[] = [];
  for (const cell of cells) {
    if (cell.row > lastRow || cell.column > lastColumn) {
      ignored.push(ws.getCell(cell.row, cell.column).address);
      continue;
    }
    (values[cell.row - 1] as CellValue[])[cell.column - 1] = cell.value;
    (numberFormats[cell.row - 1] as (string | null)[])[cell.column - 1] = cell.format;
  }
  // Merged areas clipped to the grid (a merge down to row 1 048 576 is not a million rows).
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).flatMap((ref) => {
    const m = parseRange(ref);
    if (!m || m.top >= lastRow || m.left >= lastColumn) return [];
    return [
      { ...m, bottom: Math.min(m.bottom, lastRow - 1), right: Math.min(m.right, lastColumn - 1) },
    ];
  });
  const hiddenRows = hidden.filter((r) => r < lastRow);
  return { sheet: ws.name, top: 0, left: 0, values, numberFormats, merges, hiddenRows, ignored };
}

/** exceljs, loaded on the first workbook read: a CSV run never pays for it. */
export async function loadExcelJS(): Promise<typeof ExcelJS> {
  return (await import("exceljs")).default;
}

/** A merge this many rows past the last row with cells is clipped before exceljs sees it. */
const MERGE_SLACK = 1000;

/**
 * Merged areas clipped to the rows a sheet really has. exceljs makes a cell object for every cell
 * a merge covers while it loads, so a merge down to row 1 048 576 would cost a million cells (and
 * seconds) before reading begins; the part past the data holds nothing anyway. A package this
 * reader cannot open (package-parts.ts) is given to exceljs as it is, to be read or refused there.
 */
function clipLongMerges(bytes: Buffer): Buffer {
  let zip: PackageParts;
  try {
    zip = PackageParts.read(bytes);
  } catch (error) {
    if (error instanceof PackageError) return bytes;
    throw error;
  }
  let changed = false;
  for (const name of zip.paths()) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    // Bytes first, searched natively: most sheets have no merge and are never decoded to text.
    const raw = bytesOf(zip, name);
    if (!raw?.includes("<mergeCell ")) continue;
    const xml = raw.toString("utf8");
    // The table's last row: rows with cells, up to the first wide gap (a stray far below does
    // not count, as worksheetGrid will leave it out).
    const rows = [...xml.matchAll(/<row\b[^>]*?\br="(\d+)"[^>]*>\s*<c\b/g)]
      .map((m) => Number(m[1]))
      .sort((a, b) => a - b);
    const lastRow = extentBeforeGap(rows, STRAY_ROW_GAP);
    const clipped = xml.replace(
      /<mergeCell ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"\s*\/>/g,
      (all, left: string, top: string, right: string, bottom: string) => {
        if (Number(bottom) <= lastRow + MERGE_SLACK) return all;
        changed = true;
        if (Number(top) > lastRow) return "";
        return `<mergeCell ref="${left}${top}:${right}${Math.max(lastRow, Number(top))}"/>`;
      },
    );
    if (clipped !== xml) zip.set(name, clipped);
  }
  // Repacked only for exceljs to read, in memory: the file's time is not kept anywhere.
  return changed ? Buffer.from(deflatedPackage(zip, new Date())) : bytes;
}

/** A part's bytes as a Buffer (its native search), or undefined where it cannot be unpacked: exceljs then says so. */
function bytesOf(zip: PackageParts, name: string): Buffer | undefined {
  try {
    const bytes = zip.bytes(name);
    return bytes && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } catch (error) {
    if (error instanceof PackageError) return undefined;
    throw error;
  }
}

export async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new (await loadExcelJS()).Workbook();
  await workbook.xlsx.load(clipLongMerges(bytes) as unknown as ArrayBuffer);
  return workbook;
}

export interface InputTable {
  grid: CellGrid;
  /** Cells left out as strays far past the table (their addresses), said to the clerk. */
  ignored?: string[] | undefined;
  /** Lines of a GBK CSV that were UTF-8 and read so, said to the clerk. */
  utf8Lines?: number[] | undefined;
  /** The sheet as exceljs read it (absent for CSV): its styles and widths are copied to reports. */
  worksheet?: ExcelJS.Worksheet | undefined;
}

export function csvSheetName(path: string): string {
  const name = legalSheetName(basename(path, extname(path)));
  // "History" is reserved by Excel.
  return name.toLowerCase() === "history" ? `${name}-1` : name;
}

/** The active sheet when it is visible, else the first visible one, else the first. */
function shownSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  const views = (workbook as { views?: { activeTab?: number }[] }).views;
  const active = workbook.worksheets[views?.[0]?.activeTab ?? -1];
  const visible = (w: ExcelJS.Worksheet) => w.state === undefined || w.state === "visible";
  if (active && visible(active)) return active;
  return workbook.worksheets.find(visible) ?? workbook.worksheets[0];
}

/** What the clerk is told about how her file was read: UTF-8 lines in a GBK file, stray cells. */
export function readingNotes(input: InputTable, lang: "zh" | "en"): string {
  return encodingNote(input.utf8Lines ?? [], lang) + ignoredNote(input.ignored ?? [], lang);
}

/** The first five of a list, then how many more ("B2、B3 等 12 个" / "B2, B3 and 10 more"). */
function fewOf(items: readonly (string | number)[], lang: "zh" | "en", counter: string): string {
  const shown = items.slice(0, 5).join(lang === "zh" ? "、" : ", ");
  if (items.length <= 5) return shown;
  return lang === "zh"
    ? `${shown} 等 ${items.length} ${counter}`
    : `${shown} and ${items.length - 5} more`;
}

function encodingNote(lines: number[], lang: "zh" | "en"): string {
  if (lines.length === 0) return "";
  const shown = fewOf(lines, lang, "行");
  return lang === "zh"
    ? `注意：文件是 GBK 编码，但第 ${shown} 行是 UTF-8 编码，已按 UTF-8 读取。请核对这些行的单位名称，并把文件统一另存为一种编码。\n`
    : `Note: the file is GBK, but line ${shown} is UTF-8 and was read as such. Check the unit names on those lines, and save the file in one encoding.\n`;
}

function ignoredNote(ignored: string[], lang: "zh" | "en"): string {
  if (ignored.length === 0) return "";
  const shown = fewOf(ignored, lang, "个");
  return lang === "zh"
    ? `注意：远离表格的单元格 ${shown} 未读取（与表格之间隔着大片空白）。如是数据，请移到表格中。\n`
    : `Note: the cells ${shown}, far from the table (past a wide blank gap), were not read. If they are data, move them into the table.\n`;
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
  // Excel names a CSV's only sheet after the file (made a legal sheet name: a[1].csv → a-1-).
  if (ext === ".csv" || ext === ".txt" || ext === ".tsv") {
    const { text, utf8Lines } = decodeTextFile(bytes);
    return { grid: csvGrid(text, sheet ?? csvSheetName(path)), utf8Lines };
  }
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
  if (workbook.worksheets.length === 0)
    throw new InputError(
      `${path} 中没有工作表：它可能不是 Excel 工作簿（例如改了扩展名的 Word 文档）。`,
      `${path} holds no sheet: it may not be an Excel workbook (a renamed Word document, say).`,
    );
  // The sheet the clerk last looked at (the active tab), never a hidden one unless named.
  const ws = sheet === undefined ? shownSheet(workbook) : workbook.getWorksheet(sheet);
  if (!ws) {
    const names = workbook.worksheets.map((w) => w.name).join("、");
    throw new InputError(
      `工作簿中没有名为“${sheet}”的工作表（现有：${names}）。`,
      `no sheet named “${sheet}” (the workbook has: ${names}).`,
    );
  }
  const { ignored, ...grid } = worksheetGrid(ws);
  return { grid, worksheet: ws, ignored };
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
