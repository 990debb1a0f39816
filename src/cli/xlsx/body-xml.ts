/**
 * A ranking's body written as sheet XML by us, not cell by cell through exceljs (#21): exceljs
 * makes an object, a style lookup and its own serialiser's nodes for every cell, most of a large
 * report's writing time. The body's cells all look like a few cells of their column (a number, a
 * text or an empty ruled cell, inside the grid or not), so exceljs writes one cell of each look
 * (a "probe") and we read the style index it gave that cell back from its XML; every body row is
 * then written from the body's columns with those indices, and exceljs's own rows in the body's
 * range (the probes) are replaced by ours.
 *
 * Texts are inline strings (`t="inlineStr"`), numbers their shortest round-trip form: what Excel
 * and LibreOffice read as exceljs's shared strings and numbers.
 */
import type { PlanBody } from "../../core/report/plan";
import { columnLetters } from "../../core/table/address";
import { XmlBytes } from "./xml-bytes";

/** What a body cell is, for its style. */
export type BodyCellKind = "number" | "text" | "empty";

/** A body cell's look: which of its column's styles it takes. */
export interface BodyLook {
  column: number;
  kind: BodyCellKind;
  ruled: boolean;
}

export function lookKey(look: BodyLook): string {
  return `${look.column}:${look.kind}:${look.ruled ? 1 : 0}`;
}

/** The kind of body cell i of a column. */
export function bodyCellKind(value: number | string | null): BodyCellKind {
  return value === null ? "empty" : typeof value === "number" ? "number" : "text";
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/** Text as an XML element's content: `&`, `<`, `>` escaped (the text is already XML-safe: cellText). */
export function xmlText(text: string): string {
  return /[&<>]/.test(text) ? text.replace(/[&<>]/g, (c) => ESCAPES[c] as string) : text;
}

/**
 * The `s` attribute exceljs wrote on a cell ("B5"), or 0 (the default style) where the cell has
 * none. Undefined where the sheet has no such cell.
 */
export function styleIndexAt(sheetXml: string, address: string): number | undefined {
  const at = sheetXml.indexOf(`<c r="${address}"`);
  if (at < 0) return undefined;
  const end = sheetXml.indexOf(">", at);
  const m = / s="(\d+)"/.exec(sheetXml.slice(at, end));
  return m ? Number(m[1]) : 0;
}

/**
 * The body's rows as `<row>` elements, in order, as UTF-8: a cell for every value and for every
 * empty cell that carries a style (the grid), each with the style index of its look.
 */
export function bodyRowsXml(
  body: PlanBody,
  styleOf: (column: number, kind: BodyCellKind, r: number) => number | undefined,
  rowHeights: Readonly<Record<number, number>>,
): Uint8Array {
  const out = new XmlBytes();
  const letters = body.columns.map((_, c) => `<c r="${columnLetters(c)}`);
  const attributes: string[] = [];
  const styleAttribute = (s: number): string => (attributes[s] ??= s ? `" s="${s}"` : '"');
  for (let i = 0; i < body.count; i++) {
    const r = body.top + i;
    const excelRow = String(r + 1);
    const height = rowHeights[r];
    out.ascii('<row r="').ascii(excelRow);
    out.ascii(height === undefined ? '">' : `" ht="${height}" customHeight="1">`);
    for (let c = 0; c < body.columns.length; c++) {
      const v = (body.columns[c] as PlanBody["columns"][number]).value(i);
      const s = styleOf(c, bodyCellKind(v), r);
      if (v === null && s === undefined) continue;
      out
        .ascii(letters[c] as string)
        .ascii(excelRow)
        .ascii(styleAttribute(s ?? 0));
      if (v === null) out.ascii("/>");
      else if (typeof v === "number") out.ascii("><v>").ascii(String(v)).ascii("</v></c>");
      else
        out
          .ascii(
            /^\s|\s$|\n/.test(v)
              ? ' t="inlineStr"><is><t xml:space="preserve">'
              : ' t="inlineStr"><is><t>',
          )
          .text(v)
          .ascii("</t></is></c>");
    }
    out.ascii("</row>");
  }
  return out.bytes();
}

const ROW = /<row r="(\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g;

/**
 * The sheet with its rows `first` … `last` (Excel's numbers) replaced by `rowsXml`, put where they
 * belong among the other rows; the dimension widened to cover them.
 */
export function spliceRows(
  sheetXml: string,
  first: number,
  last: number,
  rowsXml: Uint8Array,
  lastColumn: number,
): Uint8Array {
  const open = sheetXml.indexOf("<sheetData>");
  const close = sheetXml.indexOf("</sheetData>");
  const empty = sheetXml.indexOf("<sheetData/>");
  let before: string;
  let rows: string;
  let after: string;
  if (open >= 0 && close > open) {
    before = sheetXml.slice(0, open + "<sheetData>".length);
    rows = sheetXml.slice(open + "<sheetData>".length, close);
    after = sheetXml.slice(close);
  } else if (empty >= 0) {
    before = `${sheetXml.slice(0, empty)}<sheetData>`;
    rows = "";
    after = `</sheetData>${sheetXml.slice(empty + "<sheetData/>".length)}`;
  } else throw new Error("a worksheet without sheetData");
  // exceljs's rows above the body, the body, exceljs's rows below it.
  let above = widenDimension(before, last, lastColumn);
  let below = "";
  for (const m of rows.matchAll(ROW)) {
    const r = Number(m[1]);
    if (r < first) above += m[0];
    else if (r > last) below += m[0];
  }
  below += after;
  const head = utf8(above);
  const tail = utf8(below);
  const whole = new Uint8Array(head.length + rowsXml.length + tail.length);
  whole.set(head, 0);
  whole.set(rowsXml, head.length);
  whole.set(tail, head.length + rowsXml.length);
  return whole;
}

const ENCODER = new TextEncoder();

function utf8(text: string): Uint8Array {
  return ENCODER.encode(text);
}

/** `<dimension ref="A1:N96"/>` grown to reach a row and column where it stops short of them. */
function widenDimension(sheetXml: string, lastRow: number, lastColumn: number): string {
  return sheetXml.replace(
    /<dimension ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"\/>/,
    (whole, l, t, r, b) => {
      const bottom = Math.max(Number(b ?? t), lastRow);
      const right = r ?? l;
      const column = columnLetters(lastColumn);
      const wider =
        right.length > column.length || (right.length === column.length && right >= column)
          ? right
          : column;
      return `<dimension ref="${l}${t}:${wider}${bottom}"/>`;
    },
  );
}
