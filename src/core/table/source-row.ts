/**
 * A row of the department table as the reader found it, and its cells: by field id, each with its
 * value, number format and address. Rows read from a grid also carry the grid's row itself (`raw`),
 * so the scorer can read figures without making a cell object for each.
 */
import type { CellValue } from "../values/parse-cell";

export interface SourceCell {
  value: CellValue;
  format?: string | null | undefined;
  /** Sheet-qualified ("表!C5"); formatted when asked, since most cells are never reported. */
  readonly address: string;
  /**
   * The merged area this cell lies in when that area spans several rows below the header: one
   * figure cannot belong to two units, so the scorer says so instead of counting it twice.
   */
  mergedOver?: string | undefined;
}

export interface SourceRow {
  /** Zero-based sheet row. */
  sheetRow: number;
  block: number;
  unit: string;
  unitCell: string;
  section?: string | undefined;
  /** The row's cells by field id (made when first asked for, on rows read from a grid). */
  readonly cells: Record<string, SourceCell>;
  /**
   * The row as the grid holds it, for the scorer's fast path: its values (merged areas filled),
   * its block's field → column mapping, and whether a figure of it lies in an area merged over
   * several rows. Absent on rows made by hand.
   */
  readonly raw?: RawRow | undefined;
}

export interface RawRow {
  values: readonly CellValue[];
  /** The grid's number formats for this row, where it has them. */
  formats?: readonly (string | null | undefined)[] | undefined;
  columns: Readonly<Record<string, number>>;
  merged: boolean;
}

/** A field's value in a row (undefined where the row has no such cell), without making its cells. */
export function fieldValue(row: SourceRow, id: string): CellValue {
  const raw = row.raw;
  if (!raw) return row.cells[id]?.value;
  const c = raw.columns[id];
  return c === undefined ? undefined : raw.values[c];
}

/** A field's number format in a row, without making its cells. */
export function fieldFormat(row: SourceRow, id: string): string | null | undefined {
  const raw = row.raw;
  if (!raw) return row.cells[id]?.format;
  const c = raw.columns[id];
  return c === undefined ? undefined : raw.formats?.[c];
}

/** Whether the row has a cell for the field (its column is mapped in the row's block). */
export function hasField(row: SourceRow, id: string): boolean {
  const raw = row.raw;
  return raw ? raw.columns[id] !== undefined : row.cells[id] !== undefined;
}

/**
 * A reading's rows (#21): `length` of them, each made as a SourceRow only when asked for (`at`).
 * What the scorer reads of every row — its name, section, block and sheet row, and the grid's
 * values for it — is read by index, with no object per row: a table of 10^6 rows made 10^6 row
 * objects, ~90 MB the collector copied, half of the time spent reading the table.
 */
export interface RowList {
  readonly length: number;
  /** Row i as a SourceRow, made when first asked for (the same object each time). */
  at(i: number): SourceRow;
  /** Every row, made now, in order: for a consumer of all of them at a table's usual size. */
  all(): SourceRow[];
  unit(i: number): string;
  section(i: number): string | undefined;
  block(i: number): number;
  sheetRow(i: number): number;
  /**
   * Row i as the grid holds it (what `SourceRow.raw` holds): its values, its number formats, its
   * block's field → column mapping and whether a figure of it is merged over other units' rows.
   * Undefined for a row made by hand: read `at(i).cells`.
   */
  values(i: number): readonly CellValue[] | undefined;
  formats(i: number): readonly (string | null | undefined)[] | undefined;
  columns(i: number): Readonly<Record<string, number>> | undefined;
  merged(i: number): boolean;
}

/** Rows already made (by hand, or by a producer that has them) as a RowList. */
export function rowList(rows: readonly SourceRow[]): RowList {
  const row = (i: number): SourceRow => {
    const r = rows[i];
    if (!r) throw new RangeError(`no row ${i}`);
    return r;
  };
  return {
    length: rows.length,
    at: row,
    all: () => [...rows],
    unit: (i) => row(i).unit,
    section: (i) => row(i).section,
    block: (i) => row(i).block,
    sheetRow: (i) => row(i).sheetRow,
    values: (i) => row(i).raw?.values,
    formats: (i) => row(i).raw?.formats,
    columns: (i) => row(i).raw?.columns,
    merged: (i) => row(i).raw?.merged ?? false,
  };
}

/** A field's value in row i of a list (undefined where the row has no such cell), without making the row. */
export function valueAt(rows: RowList, i: number, id: string): CellValue {
  const columns = rows.columns(i);
  if (!columns) return fieldValue(rows.at(i), id);
  const c = columns[id];
  return c === undefined ? undefined : rows.values(i)?.[c];
}

/** A field's number format in row i of a list, without making the row. */
export function formatAt(rows: RowList, i: number, id: string): string | null | undefined {
  const columns = rows.columns(i);
  if (!columns) return fieldFormat(rows.at(i), id);
  const c = columns[id];
  return c === undefined ? undefined : rows.formats(i)?.[c];
}
