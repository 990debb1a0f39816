/**
 * A PlanSheet as a list of Office.js operations, each with an estimate of its request size so the
 * sender can pack them into few syncs under 5 MB. Every operation finds its sheet by name when it
 * is queued, so an operation can be sent again after a refused request. Cells go in row blocks:
 * number formats first (text cells as "@", so a name like "=1+1" stays text), then the values and
 * formulas.
 */
import { pageHeaderText } from "../core/report/page-header";
import { CELL_LOOKS, FONT_NAME, widthInPoints, type CellLook } from "../core/report/cell-look";
import {
  bodyIndex,
  frameRows,
  writePlanValue,
  type PlanCell,
  type PlanSheet,
  type PlanValueCases,
} from "../core/report/plan";
import { columnLetters } from "../core/table/address";

export interface WriteOp {
  /** Estimated request bytes. */
  bytes: number;
  queue(context: Excel.RequestContext): void;
  /** Two smaller operations doing the same, when one alone is too big for a request. */
  split?: (() => WriteOp[]) | undefined;
}

const OVERHEAD = 200;
const encoder = new TextEncoder();

function size(payload: unknown): number {
  return OVERHEAD + Math.ceil(encoder.encode(JSON.stringify(payload)).length * 1.1);
}

function sheetOf(context: Excel.RequestContext, name: string): Excel.Worksheet {
  return context.workbook.worksheets.getItem(name);
}

/** What goes into Range.formulas: text and numbers as they are, a formula's text, a link's words. */
const FORMULAS_ENTRY: PlanValueCases<string | number> = {
  text: (text) => text,
  number: (value) => value,
  formula: (formula) => formula,
  link: (text) => text,
};

function entry(cell: PlanCell | null | undefined): string | number | boolean {
  return cell ? writePlanValue(cell.value, FORMULAS_ENTRY) : "";
}

/**
 * A row's number formats and Range.formulas entries, `width` wide. A body's row is read from its
 * columns, without making a PlanCell for each of its cells (plan.ts: PlanBody).
 */
function rowEntries(
  sheet: PlanSheet,
  r: number,
  width: number,
): { formats: string[]; entries: (string | number | boolean)[] } {
  const formats: string[] = [];
  const entries: (string | number | boolean)[] = [];
  const i = bodyIndex(sheet, r);
  if (i !== undefined) {
    for (let c = 0; c < width; c++) {
      const column = sheet.body?.columns[c];
      const v = column ? column.value(i) : null;
      formats.push(v === null || !column ? "General" : typeof v === "number" ? column.format : "@");
      entries.push(v ?? "");
    }
    return { formats, entries };
  }
  const row = frameRows(sheet)[r] ?? [];
  for (let c = 0; c < width; c++) {
    const cell = row[c];
    formats.push(cell ? cell.format : "General");
    entries.push(entry(cell));
  }
  return { formats, entries };
}

function cellBlock(sheet: PlanSheet, first: number, last: number, width: number): WriteOp {
  const formats: string[][] = [];
  const formulas: (string | number | boolean)[][] = [];
  for (let r = first; r <= last; r++) {
    const row = rowEntries(sheet, r, width);
    formats.push(row.formats);
    formulas.push(row.entries);
  }
  return {
    bytes: size(formats) + size(formulas),
    queue(context) {
      const range = sheetOf(context, sheet.name).getRangeByIndexes(
        first,
        0,
        last - first + 1,
        width,
      );
      range.numberFormat = formats;
      range.formulas = formulas;
    },
    split:
      last > first
        ? () => {
            const middle = Math.floor((first + last) / 2);
            return [
              cellBlock(sheet, first, middle, width),
              cellBlock(sheet, middle + 1, last, width),
            ];
          }
        : undefined,
  };
}

/** Row blocks of about `blockBytes` each. */
function cellBlocks(sheet: PlanSheet, blockBytes: number): WriteOp[] {
  const rows = frameRows(sheet);
  let width = sheet.body ? Math.max(1, sheet.body.columns.length) : 1;
  for (const r of rows) width = Math.max(width, r.length); // no spread: rows can be millions
  const ops: WriteOp[] = [];
  let first = 0;
  let bytes = 0;
  const body = sheet.body;
  for (let r = 0; r < rows.length; r++) {
    // What the row sends: [format, entry] for each cell, 0 for an empty one.
    let shown: unknown[];
    if (body && bodyIndex(sheet, r) !== undefined) {
      const { formats, entries } = rowEntries(sheet, r, body.columns.length);
      shown = entries.map((e, c) => (formats[c] === "General" && e === "" ? 0 : [formats[c], e]));
    } else shown = (rows[r] ?? []).map((c) => (c ? [c.format, entry(c)] : 0));
    bytes += 24 * width + JSON.stringify(shown).length * 3;
    if (bytes >= blockBytes || r === rows.length - 1) {
      ops.push(cellBlock(sheet, first, r, width));
      first = r + 1;
      bytes = 0;
    }
  }
  return ops;
}

interface Run {
  look: CellLook;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function lookOf(cell: Pick<PlanCell, "style" | "wrap">): CellLook | undefined {
  const look = { ...CELL_LOOKS[cell.style ?? "plain"] };
  if (cell.wrap) look.wrap = true;
  return Object.keys(look).length > 0 ? look : undefined;
}

/** Styled cells merged into rectangles: runs along a row, then equal runs down the rows. */
export function styleRuns(sheet: PlanSheet): Run[] {
  const runs: Run[] = [];
  const open = new Map<string, Run>();
  const body = sheet.body;
  // A body column's cells share one look (numbers and texts alike); an empty cell has none.
  const bodyLooks = body?.columns.map((column) =>
    lookOf({ style: column.style, wrap: column.wrap }),
  );
  const looksOf = (r: number): (CellLook | undefined)[] => {
    const i = bodyIndex(sheet, r);
    if (body && bodyLooks && i !== undefined)
      return body.columns.map((column, c) => (column.value(i) === null ? undefined : bodyLooks[c]));
    return (frameRows(sheet)[r] ?? []).map((cell) => (cell ? lookOf(cell) : undefined));
  };
  frameRows(sheet).forEach((_row, r) => {
    const here: Run[] = [];
    let current: Run | undefined;
    looksOf(r).forEach((look, c) => {
      const key = look ? JSON.stringify(look) : "";
      if (
        current &&
        key !== "" &&
        JSON.stringify(current.look) === key &&
        current.right === c - 1
      ) {
        current.right = c;
        return;
      }
      if (current) here.push(current);
      current = look ? { look, top: r, left: c, bottom: r, right: c } : undefined;
    });
    if (current) here.push(current);
    const next = new Map<string, Run>();
    for (const run of here) {
      const key = `${run.left}:${run.right}:${JSON.stringify(run.look)}`;
      const above = open.get(key);
      if (above && above.bottom === r - 1) {
        above.bottom = r;
        next.set(key, above);
      } else {
        runs.push(run);
        next.set(key, run);
      }
    }
    open.clear();
    for (const [k, v] of next) open.set(k, v);
  });
  return runs;
}

/** A ruled range's edges and the lines inside it (a one-cell range has none inside: skipped). */
const BORDER_EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
] as const;

function styleOp(sheet: PlanSheet, run: Run): WriteOp {
  const { look } = run;
  return {
    bytes: size(run) + 120,
    queue(context) {
      const range = sheetOf(context, sheet.name).getRangeByIndexes(
        run.top,
        run.left,
        run.bottom - run.top + 1,
        run.right - run.left + 1,
      );
      const format = range.format;
      format.font.name = FONT_NAME;
      if (look.bold) format.font.bold = true;
      if (look.size) format.font.size = look.size;
      if (look.color) format.font.color = look.color;
      if (look.fill) format.fill.color = look.fill;
      if (look.horizontal)
        format.horizontalAlignment =
          look.horizontal === "center" ? "Center" : look.horizontal === "left" ? "Left" : "Right";
      if (look.wrap) {
        format.wrapText = true;
        format.verticalAlignment = "Top";
      }
    },
  };
}

function boxAddress(box: { top: number; left: number; bottom: number; right: number }): string {
  return `${columnLetters(box.left)}${box.top + 1}:${columnLetters(box.right)}${box.bottom + 1}`;
}

/** The header text for Office's page header: & starts a code there, so it is doubled. */
/**
 * `added` hears of each new sheet's proxy in the batch that creates it (its id is loaded there, so
 * the caller knows what it wrote without another round trip).
 */
export function sheetOperations(
  sheet: PlanSheet,
  blockBytes: number,
  added?: (name: string, worksheet: Excel.Worksheet) => void,
): WriteOp[] {
  const name = sheet.name;
  const ops: WriteOp[] = [
    {
      bytes: size(name),
      queue(context) {
        const worksheet = context.workbook.worksheets.add(name);
        worksheet.load("id");
        added?.(name, worksheet);
      },
    },
    ...cellBlocks(sheet, blockBytes),
    {
      bytes: size(sheet.columnWidths) + sheet.columnWidths.length * 80,
      queue(context) {
        const ws = sheetOf(context, name);
        sheet.columnWidths.forEach((width, c) => {
          ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = widthInPoints(width);
        });
      },
    },
    ...styleRuns(sheet).map((run) => styleOp(sheet, run)),
  ];
  const tall = Object.entries(sheet.rowHeights);
  if (tall.length > 0)
    ops.push({
      bytes: size(tall) + tall.length * 80,
      queue(context) {
        const ws = sheetOf(context, name);
        for (const [row, height] of tall)
          ws.getRangeByIndexes(Number(row), 0, 1, 1).format.rowHeight = height;
      },
    });
  const rules = sheet.rules ?? [];
  if (rules.length > 0)
    ops.push({
      bytes: rules.length * BORDER_EDGES.length * 120,
      queue(context) {
        const ws = sheetOf(context, name);
        for (const box of rules) {
          const format = ws.getRangeByIndexes(
            box.top,
            box.left,
            box.bottom - box.top + 1,
            box.right - box.left + 1,
          ).format;
          for (const edge of BORDER_EDGES) {
            // A box one column wide has no line inside it to draw, nor one row tall.
            if (edge === "InsideVertical" && box.right === box.left) continue;
            if (edge === "InsideHorizontal" && box.bottom === box.top) continue;
            const border = format.borders.getItem(edge);
            border.style = "Continuous";
            border.weight = "Thin";
            border.color = "#808080";
          }
        }
      },
    });
  if (sheet.merges.length > 0)
    ops.push({
      bytes: size(sheet.merges) + sheet.merges.length * 80,
      queue(context) {
        const ws = sheetOf(context, name);
        for (const m of sheet.merges) ws.getRange(boxAddress(m)).merge(false);
      },
    });
  const links: { row: number; column: number; text: string; target: string }[] = [];
  // A body holds no links: only the other rows are looked at.
  frameRows(sheet).forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell?.value.kind === "link")
        links.push({ row: r, column: c, text: cell.value.text, target: cell.value.target });
    }),
  );
  for (let i = 0; i < links.length; i += 500) {
    const part = links.slice(i, i + 500);
    ops.push({
      bytes: size(part) + part.length * 120,
      queue(context) {
        const ws = sheetOf(context, name);
        for (const link of part)
          ws.getRangeByIndexes(link.row, link.column, 1, 1).hyperlink = {
            documentReference: link.target,
            textToDisplay: link.text,
          };
      },
    });
  }
  for (const table of sheet.tables)
    ops.push({
      bytes: size(table),
      queue(context) {
        const ws = sheetOf(context, name);
        const created = ws.tables.add(ws.getRange(table.range), true);
        created.name = table.name;
        created.style = table.style;
      },
    });
  if (sheet.conditionalFormats.length > 0)
    ops.push({
      bytes: size(sheet.conditionalFormats) + sheet.conditionalFormats.length * 200,
      queue(context) {
        const ws = sheetOf(context, name);
        for (const format of sheet.conditionalFormats) {
          const range = ws.getRange(format.range);
          if (format.kind === "equals") {
            const cf = range.conditionalFormats.add("CellValue");
            cf.cellValue.format.fill.color = format.fill;
            cf.cellValue.format.font.color = format.font;
            cf.cellValue.rule = {
              formula1: `="${format.text.replace(/"/g, '""')}"`,
              operator: "EqualTo",
            };
          } else {
            const cf = range.conditionalFormats.add("DataBar");
            cf.dataBar.positiveFormat.fillColor = format.color;
            // From the lowest value to the highest: Excel's automatic bounds start at 0, and
            // scores of 80 to 100 would all fill the bar.
            cf.dataBar.lowerBoundRule = { type: "LowestValue" };
            cf.dataBar.upperBoundRule = { type: "HighestValue" };
          }
        }
      },
    });
  ops.push({
    bytes: size(sheet.print) + size(sheet.freeze ?? null) + 400,
    queue(context) {
      const ws = sheetOf(context, name);
      if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0)) {
        if (sheet.freeze.columns === 0) ws.freezePanes.freezeRows(sheet.freeze.rows);
        else
          ws.freezePanes.freezeAt(
            ws.getRangeByIndexes(0, 0, Math.max(1, sheet.freeze.rows), sheet.freeze.columns),
          );
      }
      const layout = ws.pageLayout;
      layout.orientation = sheet.print.orientation === "landscape" ? "Landscape" : "Portrait";
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      if (sheet.print.repeatRows)
        layout.setPrintTitleRows(
          `$${sheet.print.repeatRows.first + 1}:$${sheet.print.repeatRows.last + 1}`,
        );
      layout.headersFooters.defaultForAllPages.centerHeader = pageHeaderText(sheet.print.header);
      if (sheet.print.area) layout.setPrintArea(sheet.print.area);
    },
  });
  return ops;
}

/** A sheet's charts, sent after every sheet's cells (they read those cells). */
export function chartOperations(sheet: PlanSheet): WriteOp[] {
  const name = sheet.name;
  const ops: WriteOp[] = [];
  for (const spec of sheet.charts)
    ops.push({
      bytes: size(spec) + 600,
      queue(context) {
        const ws = sheetOf(context, name);
        const chart = ws.charts.add(
          spec.kind === "bar" ? "BarClustered" : "ColumnClustered",
          ws.getRange(spec.values),
          "Columns",
        );
        chart.title.text = spec.title;
        chart.legend.visible = false;
        const series = chart.series.getItemAt(0);
        series.setXAxisValues(ws.getRange(spec.categories));
        series.name = spec.seriesName;
        series.hasDataLabels = true;
        chart.dataLabels.showValue = true;
        chart.dataLabels.numberFormat = spec.valueFormat;
        if (spec.firstCategoryOnTop) {
          chart.axes.categoryAxis.reversePlotOrder = true;
          chart.axes.categoryAxis.position = "Maximum";
        }
        if (spec.axis) {
          chart.axes.valueAxis.minimum = spec.axis.min;
          chart.axes.valueAxis.maximum = spec.axis.max;
        }
        const a = spec.anchor;
        chart.setPosition(
          `${columnLetters(a.column)}${a.row + 1}`,
          `${columnLetters(a.column + a.columns - 1)}${a.row + a.rows}`,
        );
      },
    });
  return ops;
}
