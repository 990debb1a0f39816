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
