/**
 * A ReportPlan rendered into a new .xlsx: exceljs writes every sheet's frame — values, number
 * formats, styles, merges, Excel tables, conditional formats, frozen panes and print settings as
 * the plan says — and one probe cell per look of the long parts; the rankings' bodies and the
 * source copy's plain rows are then written as XML of ours with the probes' style indices
 * (sheet-rows.ts), and the native charts and the internal links added to the package. A copy of
 * the source table goes in under its own name, so the problem list's links land on the cells
 * they name.
 */
import { MAX_CELL_TEXT } from "../../core/report/cells";
import { xmlSafe } from "../../core/text/xml-safe";
import { pageHeaderText } from "../../core/report/page-header";
import ExcelJS from "exceljs";
import {
  bodyIndex,
  frameRows,
  hasCellAt,
  type Box,
  planCellAt,
  writePlanValue,
  type PlanBody,
  type PlanCell,
  type PlanSheet,
  type PlanValueCases,
  type ReportPlan,
} from "../../core/report/plan";
import { columnIndex, columnLetters } from "../../core/table/address";
import { valuesWithMergesFilled, type CellGrid } from "../../core/table/cell-grid";
import { addChartParts, type SheetCharts } from "./add-chart-parts";
import type { ChartData } from "./chart-xml";
import { keepLinksInternal } from "./internal-links";
import { shareEmptyStyles, SharedStyles } from "./cell-styles";
import { deflatedPackage } from "./deflated-package";
import { PackageParts } from "./package-parts";
import { bodyCellKind, bodyRowsXml, lookKey, type BodyCellKind } from "./body-xml";
import { RowsWriter, spliceRows, styleIndices, type OwnRows } from "./sheet-rows";

/** Functions newer than Excel 2007 are stored with the _xlfn. prefix in the file format. */
const NEWER_FUNCTIONS = /\b(RANK\.EQ|RANK\.AVG)\(/g;

export function fileFormula(formula: string): string {
  return formula.replace(/^=/, "").replace(NEWER_FUNCTIONS, "_xlfn.$1(");
}

const EXCELJS_VALUE: PlanValueCases<ExcelJS.CellValue> = {
  // A string is stored as a string: exceljs writes formulas only from formula objects, so a name
  // such as "=HYPERLINK(…)" stays text.
  text: (text) => text,
  number: (value) => value,
  formula: (formula, cached) =>
    ({
      formula: fileFormula(formula),
      result: cached === null ? "" : cached,
    }) as ExcelJS.CellFormulaValue,
  link: (text, target) => ({ text, hyperlink: target }),
};

function cellValue(cell: PlanCell): ExcelJS.CellValue {
  return writePlanValue(cell.value, EXCELJS_VALUE);
}

/** Where exceljs wrote one cell of each look of a body (body-xml.ts), by look key. */
type Probes = Map<string, string>;

function writeSheet(
  workbook: ExcelJS.Workbook,
  sheet: PlanSheet,
): { ws: ExcelJS.Worksheet; probes: Probes | undefined } {
  const ws = workbook.addWorksheet(sheet.name, {
    views: sheet.freeze
      ? [{ state: "frozen", xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows }]
      : [{}],
  });
  sheet.columnWidths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  const inBody = (r: number) => bodyIndex(sheet, r) !== undefined;
  // A body row's height is written with the row (body-xml.ts).
  for (const [row, height] of Object.entries(sheet.rowHeights))
    if (!inBody(Number(row))) ws.getRow(Number(row) + 1).height = height;
  const styles = new SharedStyles();
  const rules = sheet.rules ?? [];
  const ruled = (r: number, c: number) => inBoxes(rules, r, c);
  // A sheet with a body: its other rows from `frame`, its body written as XML from the columns
  // after exceljs (body-xml.ts), so the body's rows are never made as cells (plan.ts: PlanBody).
  const frame = frameRows(sheet);
  frame.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell) return;
      const target = ws.getCell(r + 1, c + 1);
      target.value = cellValue(cell);
      target.style = styles.of(cell, ruled(r, c));
    }),
  );
  const body = sheet.body;
  let probes: Probes | undefined;
  if (body) {
    probes = new Map();
    const found = probes;
    body.columns.forEach((column, c) => {
      const looks = [false, true].map((isRuled) => ({
        number: styles.of(
          { value: { kind: "number", value: 0 }, format: column.format, style: column.style },
          isRuled,
        ),
        text: styles.of(
          {
            value: { kind: "text", text: "" },
            format: "@",
            style: column.style,
            wrap: column.wrap,
          },
          isRuled,
        ),
      }));
      // One cell of each look through exceljs, for the style index it gives that look.
      for (let i = 0; i < body.count; i++) {
        const v = column.value(i);
        const r = body.top + i;
        const isRuled = ruled(r, c);
        const key = lookKey({ column: c, kind: bodyCellKind(v), ruled: isRuled });
        if (found.has(key) || (v === null && !isRuled)) continue;
        found.set(key, `${columnLetters(c)}${r + 1}`);
        const target = ws.getCell(r + 1, c + 1);
        const look = looks[isRuled ? 1 : 0];
        if (v === null) target.style = styles.emptyRuled();
        else if (look) {
          // A string is stored as a string: a name such as "=1+1" stays text.
          target.value = v;
          target.style = typeof v === "number" ? look.number : look.text;
        }
      }
    });
  }
  // Empty cells inside a ruled box still carry the grid (the body's: body-xml.ts).
  for (const box of rules)
    for (let r = box.top; r <= box.bottom; r++) {
      if (inBody(r)) continue;
      for (let c = box.left; c <= box.right; c++)
        if (!hasCellAt(sheet, r, c)) ws.getCell(r + 1, c + 1).style = styles.emptyRuled();
    }
  for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const table of sheet.tables) addTable(ws, sheet, table);
  sheet.conditionalFormats.forEach((format, i) => {
    if (format.kind === "equals") {
      ws.addConditionalFormatting({
        ref: format.range,
        rules: [
          {
            type: "cellIs",
            operator: "equal",
            priority: i + 1,
            formulae: [`"${format.text.replace(/"/g, '""')}"`],
            style: {
              fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(format.fill) } },
              font: { color: { argb: argb(format.font) } },
            },
          },
        ],
      });
    } else {
      const rule: ExcelJS.DataBarRuleType & { color: { argb: string } } = {
        type: "dataBar",
        priority: i + 1,
        cfvo: [{ type: "min" }, { type: "max" }],
        color: { argb: argb(format.color) },
      };
      ws.addConditionalFormatting({ ref: format.range, rules: [rule] });
    }
  });
  const print = sheet.print;
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: print.orientation,
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    ...(print.repeatRows
      ? { printTitlesRow: `${print.repeatRows.first + 1}:${print.repeatRows.last + 1}` }
      : {}),
    // exceljs puts a "$" before each corner ("$" + "A$1" → "$A$1"); "A1" alone would give "$A1",
    // which LibreOffice does not read as a print area.
    ...(print.area ? { printArea: print.area.replace(/([A-Z]+)(\d+)/g, "$1$$$2") } : {}),
  };
  ws.headerFooter = {
    oddHeader: `&C${pageHeaderText(print.header)}`,
    oddFooter: "&C&P / &N",
  };
  return { ws, probes };
}

function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

/** A table's cells as a box (zero-based). */
function tableBox(table: PlanSheet["tables"][number]): Box {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(table.range);
  if (!m) throw new Error(`bad table range ${table.range}`);
  return {
    left: columnIndex(m[1] ?? "") ?? 0,
    right: columnIndex(m[3] ?? "") ?? 0,
    top: Number(m[2]) - 1,
    bottom: Number(m[4]) - 1,
  };
}

/** An Excel table over cells already written: exceljs rewrites them from the rows we pass. */
function addTable(
  ws: ExcelJS.Worksheet,
  sheet: PlanSheet,
  table: PlanSheet["tables"][number],
): void {
  const { left, right, top, bottom } = tableBox(table);
  const body = sheet.body;
  const valueAt = (r: number, c: number): ExcelJS.CellValue => {
    // A body's value is the cell's value as it stands (a number, or a string kept as text).
    const i = bodyIndex(sheet, r);
    if (i !== undefined) return body?.columns[c]?.value(i) ?? null;
    const cell = planCellAt(sheet, r, c);
    return cell ? cellValue(cell) : null;
  };
  const columns: ExcelJS.TableColumnProperties[] = [];
  for (let c = left; c <= right; c++)
    columns.push({ name: String(valueAt(top, c) ?? `Column${c + 1}`), filterButton: true });
  const rows: ExcelJS.CellValue[][] = [];
  // Over a body, exceljs is given its first row only (it writes the values of the rows it is
  // given, and the body is written as XML): the table's range is set whole afterwards
  // (wholeTableRanges).
  const last = body && bottom >= body.top ? Math.min(bottom, Math.max(top + 1, body.top)) : bottom;
  for (let r = top + 1; r <= last; r++) {
    const row: ExcelJS.CellValue[] = [];
    for (let c = left; c <= right; c++) row.push(valueAt(r, c));
    rows.push(row);
  }
  ws.addTable({
    name: table.name,
    ref: `${columnLetters(left)}${top + 1}`,
    headerRow: true,
    style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns,
    rows,
  });
}

/** A chart's categories and values, read from the plan's cells it points at. */
function chartData(sheet: PlanSheet, categories: string, values: string): ChartData {
  const cells = (range: string): (PlanCell | null)[] => {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
    if (!m) return [];
    const column = columnIndex(m[1] ?? "") ?? 0;
    const out: (PlanCell | null)[] = [];
    for (let r = Number(m[2]) - 1; r <= Number(m[4]) - 1; r++)
      out.push(planCellAt(sheet, r, column));
    return out;
  };
  const shown = (cell: PlanCell | null): string | number | null => {
    if (!cell) return null;
    const v = cell.value;
    if (v.kind === "text") return v.text;
    if (v.kind === "number") return v.value;
    if (v.kind === "formula") return v.cached;
    return v.text;
  };
  return {
    categories: cells(categories).map((c) => String(shown(c) ?? "")),
    values: cells(values).map((c) => {
      const v = shown(c);
      return typeof v === "number" ? v : null;
    }),
  };
}

/**
 * The source copy's plain rows (numbers, texts, booleans) as we write them, the style of each cell
 * a probe exceljs wrote (sheet-rows.ts); rows with anything else (a date, rich text, an error) are
 * left to exceljs whole.
 */
interface CopyRows {
  ws: ExcelJS.Worksheet;
  /** Per plain row: its Excel row, height, and cells (1-based column, value, probe address). */
  rows: {
    r: number;
    height: number | undefined;
    cells: {
      c: number;
      value: number | string | boolean;
      probe: string;
    }[];
  }[];
  lastColumn: number;
}

/** A copied cell's value as the copy holds it: what a formula showed, text fit for a cell. */
function copiedValue(value: ExcelJS.CellValue): ExcelJS.CellValue {
  // A formula's inputs may live on sheets not copied: keep what it showed.
  const shown =
    value !== null && typeof value === "object" && "formula" in value
      ? ((value.result as ExcelJS.CellValue) ?? null)
      : value;
  if (typeof shown !== "string") return shown;
  // Excel keeps at most 32 767 characters in a cell.
  const text = xmlSafe(shown);
  return text.length > MAX_CELL_TEXT ? `${text.slice(0, MAX_CELL_TEXT - 1)}…` : text;
}

/**
 * A cell style's identity as exceljs writes it: its number format and the identities of its font,
 * fill, border, alignment and protection. exceljs gives each cell it reads a style object of its
 * own, but the parts come from the file's style table, shared by every cell of one style.
 */
function styleKeys(): (style: Partial<ExcelJS.Style>) => string {
  const ids = new WeakMap<object, number>();
  let seen = 0;
  const idOf = (part: object | undefined): number => {
    if (part === undefined) return -1;
    let n = ids.get(part);
    if (n === undefined) ids.set(part, (n = seen++));
    return n;
  };
  return (style) =>
    `${style.numFmt ?? ""}\u0000${idOf(style.font)},${idOf(style.fill)},${idOf(style.border)},${idOf(style.alignment)},${idOf(style.protection)}`;
}

/** The source table, copied with its styles, widths and merges where exceljs read them. */
function copySource(
  workbook: ExcelJS.Workbook,
  grid: CellGrid,
  worksheet: ExcelJS.Worksheet | undefined,
): CopyRows | undefined {
  const copy = workbook.addWorksheet(grid.sheet);
  // Not printed with the report: its print area is one empty cell past the table, so printing the
  // whole workbook gives the results only (LibreOffice leaves the empty page out: checked in
  // test/cli/report-print.test.ts; Excel has nothing to print there either). She
  // prints the copy by clearing its print area (页面布局 → 打印区域 → 取消打印区域). Hiding the
  // sheet instead would break the problem list's links, which Excel does not follow into a
  // hidden sheet.
  // A loop, not Math.max(...rows): a spread of a million rows overflows the call stack.
  let width = 0;
  for (const row of grid.values) width = Math.max(width, row.length);
  const pastTable = columnLetters(grid.left + Math.max(width, 1));
  copy.pageSetup.printArea = `${pastTable}$1:${pastTable}$1`;
  if (worksheet) {
    // Only what was read: cells far past the table (strays) and merges past it are not copied.
    const rows = grid.values.length;
    const columns = width;
    worksheet.columns?.slice(0, columns).forEach((column, i) => {
      if (column.width !== undefined) copy.getColumn(i + 1).width = column.width;
    });
    // One probe cell per source style; the rows are written by us from then on.
    const probes = new Map<string, string>();
    const styleKey = styleKeys();
    const plain: CopyRows["rows"] = [];
    // A merged area's other cells are written by exceljs with its first cell's style: a probe
    // there would give the wrong index, so rows a merge touches are left to exceljs whole.
    const merged = new Set<number>();
    for (const m of grid.merges ?? [])
      for (let r = m.top + 1; r <= Math.min(m.bottom + 1, rows); r++) merged.add(r);
    const byExcel = (row: ExcelJS.Row, r: number) => {
      if (row.height) copy.getRow(r).height = row.height;
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (c > columns) return;
        const target = copy.getCell(r, c);
        target.value = copiedValue(cell.value);
        target.style = cell.style;
      });
    };
    worksheet.eachRow({ includeEmpty: false }, (row, r) => {
      if (r > rows) return;
      if (merged.has(r)) return byExcel(row, r);
      const cells: CopyRows["rows"][number]["cells"] = [];
      let simple = true;
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (c > columns) return;
        const value = copiedValue(cell.value);
        const ours =
          typeof value === "string" ||
          typeof value === "boolean" ||
          (typeof value === "number" && Number.isFinite(value));
        if (!ours) simple = false;
        const key = styleKey(cell.style);
        let probe = probes.get(key);
        if (probe === undefined) {
          probe = cell.address;
          probes.set(key, probe);
          const target = copy.getCell(r, c);
          target.value = value;
          target.style = cell.style;
        }
        if (ours) cells.push({ c, value, probe });
      });
      if (simple) {
        plain.push({ r, height: row.height || undefined, cells });
        return;
      }
      // A row with a date, rich text or an error: exceljs writes it whole, as it read it.
      byExcel(row, r);
    });
    for (const merge of grid.merges ?? [])
      if (merge.bottom > merge.top || merge.right > merge.left)
        copy.mergeCells(merge.top + 1, merge.left + 1, merge.bottom + 1, merge.right + 1);
    return { ws: copy, rows: plain, lastColumn: Math.max(columns - 1, 0) };
  }
  const values = valuesWithMergesFilled({ ...grid, merges: [] });
  values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null || value === undefined) return;
      copy.getCell(grid.top + r + 1, grid.left + c + 1).value = value;
    }),
  );
  return undefined;
}

/**
 * Rows of ours put into a sheet exceljs wrote (sheet-rows.ts): `rowsOf` is given the style index
 * exceljs wrote on each cell (the probes among them) and returns the rows that replace its own.
 */
function spliceSheetRows(
  zip: PackageParts,
  sheetId: number,
  lastColumn: number,
  rowsOf: (styleAt: ReadonlyMap<string, number>) => OwnRows,
): void {
  const path = `xl/worksheets/sheet${sheetId}.xml`;
  const xml = zip.text(path);
  if (xml === undefined) throw new Error(`the package has no ${path}`);
  zip.set(path, spliceRows(xml, rowsOf(styleIndices(xml)), lastColumn));
}

/** The source copy's plain rows, each cell with its probe's style index. */
function writeCopyRows(zip: PackageParts, copy: CopyRows): void {
  spliceSheetRows(zip, copy.ws.id, copy.lastColumn, (styleAt) => {
    const out = new RowsWriter();
    for (const row of copy.rows) {
      out.startRow(row.r, row.height);
      for (const { c, value, probe } of row.cells) {
        const s = styleAt.get(probe);
        if (typeof value === "number") out.number(c - 1, s, value);
        else if (typeof value === "boolean") out.boolean(c - 1, s, value);
        else out.text(c - 1, s, value);
      }
    }
    return out.finish();
  });
}

export async function reportWorkbookBytes(
  plan: ReportPlan,
  source: { grid: CellGrid; worksheet?: ExcelJS.Worksheet | undefined },
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = plan.stamp.generator;
  workbook.title = plan.title;
  const written = plan.sheets.map((sheet) => ({ sheet, ...writeSheet(workbook, sheet) }));
  const copied = plan.copySource ? copySource(workbook, source.grid, source.worksheet) : undefined;
  workbook.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: "visible" },
  ];
  workbook.eachSheet(shareEmptyStyles);
  // Stored, not deflated: the package is opened again for the charts and links and deflated once.
  // exceljs types its result as an ArrayBuffer; in Node it is a Buffer, read where it lies.
  const stored: unknown = await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } });
  const zip = PackageParts.read(
    stored instanceof Uint8Array ? stored : new Uint8Array(stored as ArrayBuffer),
  );
  for (const { sheet, ws, probes } of written)
    if (sheet.body && probes) writeBody(zip, sheet, sheet.body, ws.id, probes);
  if (copied) writeCopyRows(zip, copied);
  wholeTableRanges(zip, plan);
  keepLinksInternal(zip);
  const charts: SheetCharts[] = plan.sheets.map((sheet) => ({
    sheet: sheet.name,
    charts: sheet.charts.map((spec) => ({
      spec,
      data: chartData(sheet, spec.categories, spec.values),
    })),
  }));
  addChartParts(zip, charts);
  const stamped = new Date(plan.stamp.generatedAt);
  return deflatedPackage(zip, Number.isNaN(stamped.getTime()) ? new Date() : stamped);
}

/** A sheet's body rows, each cell with the style index of its look's probe (body-xml.ts). */
function writeBody(
  zip: PackageParts,
  sheet: PlanSheet,
  body: PlanBody,
  sheetId: number,
  probes: Probes,
): void {
  const rules = sheet.rules ?? [];
  spliceSheetRows(zip, sheetId, body.columns.length - 1, (styleAt) => {
    // Each column's style index by kind, in the grid and outside it: looked up by index per cell.
    const kinds: readonly BodyCellKind[] = ["number", "text", "empty"];
    const styleIds = body.columns.map((_, column) =>
      kinds.map((kind) =>
        [false, true].map((ruled) => {
          const address = probes.get(lookKey({ column, kind, ruled }));
          return address === undefined ? undefined : styleAt.get(address);
        }),
      ),
    );
    const styleOf = (column: number, kind: BodyCellKind, r: number): number | undefined =>
      styleIds[column]?.[kinds.indexOf(kind)]?.[inBoxes(rules, r, column) ? 1 : 0];
    return bodyRowsXml(body, styleOf, sheet.rowHeights);
  });
}

/** Whether a cell lies in any of the boxes (a sheet's ruled boxes, zero-based). */
function inBoxes(boxes: readonly Box[], r: number, c: number): boolean {
  return boxes.some((b) => r >= b.top && r <= b.bottom && c >= b.left && c <= b.right);
}

/** Each Excel table over a body given its whole range (exceljs was given the body's first row). */
function wholeTableRanges(zip: PackageParts, plan: ReportPlan): void {
  const wanted = new Map<string, string>();
  for (const sheet of plan.sheets)
    if (sheet.body) for (const table of sheet.tables) wanted.set(table.name, table.range);
  if (wanted.size === 0) return;
  const paths = zip.paths().filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p));
  for (const path of paths) {
    const xml = zip.text(path);
    const name = xml === undefined ? undefined : /\bname="([^"]*)"/.exec(xml)?.[1];
    const range = name === undefined ? undefined : wanted.get(name);
    if (xml === undefined || range === undefined) continue;
    zip.set(
      path,
      xml
        .replace(/(<table\b[^>]*\bref=")[^"]*"/, `$1${range}"`)
        .replace(/(<autoFilter\b[^>]*\bref=")[^"]*"/, `$1${range}"`),
    );
  }
}
