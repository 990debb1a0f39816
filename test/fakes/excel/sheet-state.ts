/**
 * What the fake workbook holds, as plain inspectable data: sheets with their cells (value or
 * formula, number format, look), merges, tables, charts, conditional formats, frozen panes, print
 * setup, and the workbook's settings. Tests read this directly after a run.
 */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type CellScalar = string | number | boolean;

export interface FakeCell {
  /** What the cell holds: a constant, or a formula's text (with "="). */
  value?: CellScalar | undefined;
  formula?: string | undefined;
  numberFormat?: string | undefined;
  font?: { bold?: boolean; size?: number; color?: string; name?: string } | undefined;
  fill?: string | undefined;
  wrapText?: boolean | undefined;
  horizontalAlignment?: string | undefined;
  verticalAlignment?: string | undefined;
  /** Edges ruled on this cell (EdgeTop …), as the ranges over it set them. */
  borders?: Partial<Record<"top" | "bottom" | "left" | "right", string>> | undefined;
  hyperlink?: { documentReference?: string; address?: string; textToDisplay?: string } | undefined;
}

export interface FakeTable {
  id: string;
  name: string;
  box: Box;
  style: string;
  showFilterButton: boolean;
}

export interface FakeChart {
  type: string;
  seriesBy: string;
  source: Box;
  title: string;
  categories?: Box | undefined;
  seriesName?: string | undefined;
  legendVisible: boolean;
  reversePlotOrder: boolean;
  categoryAxisPosition?: string | undefined;
  valueMinimum?: number | undefined;
  valueMaximum?: number | undefined;
  dataLabels: boolean;
  dataLabelFormat?: string | undefined;
  position?: { from: Box; to: Box } | undefined;
}

export type FakeConditionalFormat =
  | {
      type: "CellValue";
      box: Box;
      rule?: { formula1: string; operator: string };
      fill?: string;
      font?: string;
    }
  | { type: "DataBar"; box: Box; color?: string; lowerBound?: string; upperBound?: string };

export interface FakeSheet {
  id: string;
  name: string;
  cells: Map<string, FakeCell>;
  merges: Box[];
  tables: FakeTable[];
  charts: FakeChart[];
  conditionalFormats: FakeConditionalFormat[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  freeze?: { rows: number; columns: number } | undefined;
  /** The sheet's AutoFilter: its range, the filtered column (range-relative) and the values shown. */
  autoFilter?:
    | {
        box: { top: number; left: number; bottom: number; right: number };
        column: number;
        values: string[];
      }
    | undefined;
  pageLayout: {
    orientation?: string;
    zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
    printTitleRows?: string;
    printArea?: string;
    centerHeader?: string;
  };
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export function cellKey(row: number, column: number): string {
  return `${row},${column}`;
}

export function newSheet(id: string, name: string): FakeSheet {
  return {
    id,
    name,
    cells: new Map(),
    merges: [],
    tables: [],
    charts: [],
    conditionalFormats: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    pageLayout: {},
  };
}

export function boxRows(box: Box): number {
  return box.bottom - box.top + 1;
}

export function boxColumns(box: Box): number {
  return box.right - box.left + 1;
}

export function intersects(a: Box, b: Box): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(outer: Box, inner: Box): boolean {
  return (
    outer.top <= inner.top &&
    outer.left <= inner.left &&
    outer.bottom >= inner.bottom &&
    outer.right >= inner.right
  );
}

/** Sheet-name rules Excel enforces (the fake refuses what Excel refuses). */
export function sheetNameProblem(name: string, others: readonly string[]): string | undefined {
  const length = [...name].length;
  if (length < 1 || length > 31) return `sheet name must have 1–31 characters: "${name}"`;
  if (/[\\/?*[\]:]/.test(name)) return `sheet name has a character Excel forbids: "${name}"`;
  if (name.startsWith("'") || name.endsWith("'"))
    return `sheet name may not begin or end with an apostrophe: "${name}"`;
  if (others.some((o) => o.toLowerCase() === name.toLowerCase()))
    return `a sheet named "${name}" already exists (names ignore case)`;
  return undefined;
}
