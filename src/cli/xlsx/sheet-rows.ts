/**
 * Rows of a sheet written as XML by us, put among the rows exceljs wrote (#21): exceljs makes an
 * object, a style lookup and its serialiser's nodes for every cell, most of a large report's
 * writing time. Where many cells share a few looks, exceljs writes one cell of each look (a
 * "probe"), we read back the style index it gave that cell (`styleIndices`), write the rows
 * ourselves with those indices (`RowsWriter`), and put them in place of exceljs's rows of the same
 * numbers (`spliceRows`): a ranking's body (body-xml.ts) and the copy of the source table.
 *
 * Texts are inline strings (`t="inlineStr"`), numbers their shortest round-trip form, booleans
 * 0/1: what Excel and LibreOffice read as exceljs's shared strings, numbers and booleans.
 */
import { columnLetters } from "../../core/table/address";
import { XmlBytes } from "./xml-bytes";

/**
 * The `s` attribute of every cell exceljs wrote in a sheet, by address ("B5"); 0 (the default
 * style) for a cell without one. One pass over the sheet, however many probes are looked up.
 */
export function styleIndices(sheetXml: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const m of sheetXml.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>/g)) {
    const s = / s="(\d+)"/.exec(m[2] ?? "");
    found.set(m[1] as string, s ? Number(s[1]) : 0);
  }
  return found;
}

/** Rows written by us: their numbers (ascending) and where each ends in the bytes. */
export interface OwnRows {
  numbers: number[];
  ends: number[];
  bytes: Uint8Array;
}

/**
 * Rows written in ascending order, cell by cell, as UTF-8 XML. Each cell names its column
 * (0-based) and its style index (0 or undefined: the default style, no attribute).
 */
export class RowsWriter {
  private readonly out = new XmlBytes();
  private readonly numbers: number[] = [];
  private readonly ends: number[] = [];
  private readonly letters: string[] = [];
  private readonly attributes: string[] = [];
  private row = "";
  private open = false;

  /** Starts Excel row `r` (1-based), with its height in points where it has one. */
  startRow(r: number, height?: number): void {
    this.endRow();
    this.row = String(r);
    this.numbers.push(r);
    this.out.ascii('<row r="').ascii(this.row);
    this.out.ascii(height === undefined ? '">' : `" ht="${height}" customHeight="1">`);
    this.open = true;
  }

  number(column: number, style: number | undefined, value: number): void {
    this.cell(column, style).ascii("><v>").ascii(String(value)).ascii("</v></c>");
  }

  text(column: number, style: number | undefined, value: string): void {
    this.cell(column, style)
      .ascii(
        /^\s|\s$|\n/.test(value)
          ? ' t="inlineStr"><is><t xml:space="preserve">'
          : ' t="inlineStr"><is><t>',
      )
      .text(value)
      .ascii("</t></is></c>");
  }

  boolean(column: number, style: number | undefined, value: boolean): void {
    this.cell(column, style).ascii(value ? ' t="b"><v>1</v></c>' : ' t="b"><v>0</v></c>');
  }

  /** A cell with a style and no value (the grid of an empty cell). */
  empty(column: number, style: number | undefined): void {
    this.cell(column, style).ascii("/>");
  }

  finish(): OwnRows {
    this.endRow();
    return { numbers: this.numbers, ends: this.ends, bytes: this.out.bytes() };
  }

  private cell(column: number, style: number | undefined): XmlBytes {
    const letters = (this.letters[column] ??= `<c r="${columnLetters(column)}`);
    const attribute = (this.attributes[style ?? 0] ??= style ? `" s="${style}"` : '"');
    return this.out.ascii(letters).ascii(this.row).ascii(attribute);
  }

  private endRow(): void {
    if (!this.open) return;
    this.out.ascii("</row>");
    this.ends.push(this.out.bytes().length);
    this.open = false;
  }
}

const ROW = /<row r="(\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g;

/**
 * The sheet with our rows put in: exceljs's row of the same number (a probe) replaced, the others
 * kept, all in order; the dimension widened to cover ours and `lastColumn` (0-based).
 */
export function spliceRows(sheetXml: string, own: OwnRows, lastColumn: number): Uint8Array {
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
  const ours = new Set(own.numbers);
  const lastRow = own.numbers[own.numbers.length - 1] ?? 0;
  const pieces: Uint8Array[] = [];
  let text = widenDimension(before, lastRow, lastColumn);
  // Our rows from `next` on go before exceljs's row r while their numbers are below r.
  let next = 0;
  const ownUpTo = (r: number) => {
    let end = next;
    while (end < own.numbers.length && (own.numbers[end] as number) < r) end++;
    if (end === next) return;
    if (text) pieces.push(utf8(text));
    text = "";
    const from = next === 0 ? 0 : (own.ends[next - 1] as number);
    pieces.push(own.bytes.subarray(from, own.ends[end - 1] as number));
    next = end;
  };
  for (const m of rows.matchAll(ROW)) {
    const r = Number(m[1]);
    if (ours.has(r)) continue;
    ownUpTo(r);
    text += m[0];
  }
  ownUpTo(Number.POSITIVE_INFINITY);
  pieces.push(utf8(text + after));
  let length = 0;
  for (const p of pieces) length += p.length;
  const whole = new Uint8Array(length);
  let at = 0;
  for (const p of pieces) {
    whole.set(p, at);
    at += p.length;
  }
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
