/**
 * The rows a reading found, held by index (#21): per row its grid row, its block, its name and
 * section — no object per row. A row is made a SourceRow (GridRow) only when a consumer asks for
 * it: the scorer reads most rows' figures straight from the grid's values through the RowList,
 * and a table of 10^6 rows made 10^6 objects for it (~0.4 s of the read at that size, the
 * collector copying them).
 */
import { cellAddress, rangeAddress } from "./address";
import type { CellGrid } from "./cell-grid";
import type { CellValue } from "../values/parse-cell";
import type { RawRow, RowList, SourceCell, SourceRow } from "./source-row";
import { keepShape } from "../keep-shape";

/**
 * The rows of a reading as they are found, block after block. Sized once for the most rows the
 * grid can hold (each block's rows below the header).
 */
export class GridRows implements RowList {
  length = 0;
  private readonly gridRow: Int32Array;
  /** The last grid row of each unit (its name may be merged over several rows). */
  private readonly ownBottom: Int32Array;
  private readonly place: Int32Array;
  private readonly isMerged: Uint8Array;
  private readonly units: string[];
  /**
   * The sections as runs: where each starts (a row index) and its heading (undefined: none). A
   * table has a handful, and a list of 10^6 mostly empty entries was 8 MB a run (#21).
   */
  private readonly sectionStarts: number[] = [];
  private readonly sectionNames: (string | undefined)[] = [];
  /**
   * The rows made as objects so far, by index. A Map: a report of 10^6 units asks for a few
   * dozen (the charts' and the bulletin's units, the problems), not an array's worth.
   */
  private readonly made = new Map<number, GridRow>();

  constructor(
    /** The grid's values, merged areas filled: what every row reads. */
    private readonly grid: readonly (readonly CellValue[])[],
    /** What each block's rows share, by block. */
    private readonly places: readonly TablePlace[],
    capacity: number,
  ) {
    this.gridRow = new Int32Array(capacity);
    this.ownBottom = new Int32Array(capacity);
    this.place = new Int32Array(capacity);
    this.isMerged = new Uint8Array(capacity);
    // Sized once, not grown by push: 10^6 pushes copied each array ~20 times over.
    this.units = new Array<string>(capacity);
  }

  /** A row found: grid row r of the block at `place`. */
  add(
    place: number,
    r: number,
    ownBottom: number,
    unit: string,
    section: string | undefined,
    merged: boolean,
  ): void {
    const i = this.length++;
    this.gridRow[i] = r;
    this.ownBottom[i] = ownBottom;
    this.place[i] = place;
    this.isMerged[i] = merged ? 1 : 0;
    this.units[i] = unit;
    const runs = this.sectionNames.length;
    if (runs === 0 || this.sectionNames[runs - 1] !== section) {
      this.sectionStarts.push(i);
      this.sectionNames.push(section);
    }
  }

  at(i: number): SourceRow {
    if (!(i >= 0 && i < this.length)) throw new RangeError(`no row ${i}`);
    let row = this.made.get(i);
    if (!row) {
      row = new GridRow(
        this.tablePlace(i),
        this.gridRow[i] as number,
        this.ownBottom[i] as number,
        this.units[i] as string,
        this.section(i),
        this.values(i),
        this.isMerged[i] === 1,
      );
      this.made.set(i, row);
    }
    return row;
  }

  all(): SourceRow[] {
    return Array.from({ length: this.length }, (_, i) => this.at(i));
  }

  unit(i: number): string {
    return this.units[i] as string;
  }

  section(i: number): string | undefined {
    // The last run starting at or before i.
    const starts = this.sectionStarts;
    let lo = 0;
    let hi = starts.length - 1;
    if (hi < 0 || i < (starts[0] as number)) return undefined;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((starts[mid] as number) <= i) lo = mid;
      else hi = mid - 1;
    }
    return this.sectionNames[lo];
  }

  block(i: number): number {
    return this.tablePlace(i).block;
  }

  sheetRow(i: number): number {
    return this.tablePlace(i).grid.top + (this.gridRow[i] as number);
  }

  values(i: number): readonly CellValue[] {
    return this.grid[this.gridRow[i] as number] ?? [];
  }

  formats(i: number): readonly (string | null | undefined)[] | undefined {
    return this.tablePlace(i).grid.numberFormats?.[this.gridRow[i] as number];
  }

  columns(i: number): Readonly<Record<string, number>> {
    return this.tablePlace(i).columns;
  }

  merged(i: number): boolean {
    return this.isMerged[i] === 1;
  }

  private tablePlace(i: number): TablePlace {
    return this.places[this.place[i] as number] as TablePlace;
  }
}

/** The merge over grid row r, column c that spans several rows below the header, if any. */
export function tallMerge(grid: CellGrid, r: number, c: number, headerBottom: number) {
  return grid.merges?.find(
    (m) =>
      m.bottom > m.top &&
      m.top > headerBottom &&
      m.top <= r &&
      m.bottom >= r &&
      m.left <= c &&
      m.right >= c,
  );
}

/**
 * A source cell that formats its address only when a problem names it: a table of 10^6 rows has
 * millions of cells and few problems (#21).
 */
class GridCell implements SourceCell {
  mergedOver?: string | undefined;
  constructor(
    readonly value: CellValue,
    readonly format: string | null | undefined,
    private readonly sheet: string,
    private readonly sheetRow: number,
    private readonly sheetColumn: number,
  ) {}

  get address(): string {
    return cellAddress(this.sheet, this.sheetRow, this.sheetColumn);
  }
}

/** What a block's rows share: the grid, where the header ends, the block and its columns. */
export interface TablePlace {
  grid: CellGrid;
  headerBottom: number;
  block: number;
  /** Grid-relative column of the unit's name. */
  unitColumn: number;
  columns: Readonly<Record<string, number>>;
}

/** Where a row lies in its grid, for making its cells when they are asked for. */
interface RowPlace {
  table: TablePlace;
  /** Grid-relative row. */
  r: number;
  /** The last grid row of the unit (a unit's name may be merged over several rows). */
  ownBottom: number;
}

/** The merged area a cell lies in when that area also covers other units' rows. */
export function mergedOver(at: RowPlace, c: number): string | undefined {
  const { r } = at;
  const { grid, headerBottom } = at.table;
  const m = tallMerge(grid, r, c, headerBottom);
  if (!m || (m.top >= r && m.bottom <= at.ownBottom)) return undefined;
  return rangeAddress(
    grid.sheet,
    grid.top + m.top,
    grid.left + m.left,
    grid.top + m.bottom,
    grid.left + m.right,
  );
}

/**
 * A row read from a grid, made by GridRows when a consumer asks for it. Its cells are made when
 * first asked for in turn: a table of 10^6 rows would otherwise hold millions of cell objects no
 * one looks at (#21). What its block's rows share is kept once (`table`), and what follows from
 * its place (its sheet row, its number formats) is read when asked.
 */
class GridRow implements SourceRow, RawRow {
  private made: Record<string, SourceCell> | undefined;

  constructor(
    readonly table: TablePlace,
    readonly r: number,
    /** The last grid row of the unit (its name may be merged over several rows). */
    readonly ownBottom: number,
    readonly unit: string,
    readonly section: string | undefined,
    readonly values: readonly CellValue[],
    readonly merged: boolean,
  ) {}

  get sheetRow(): number {
    return this.table.grid.top + this.r;
  }

  get block(): number {
    return this.table.block;
  }

  get columns(): Readonly<Record<string, number>> {
    return this.table.columns;
  }

  get formats(): readonly (string | null | undefined)[] | undefined {
    return this.table.grid.numberFormats?.[this.r];
  }

  /** The name cell's address, formatted when asked: most rows are never named in a message. */
  get unitCell(): string {
    const { grid, unitColumn } = this.table;
    return cellAddress(grid.sheet, this.sheetRow, grid.left + unitColumn);
  }

  /** The row itself is its raw form: one object a row, not three. */
  get raw(): RawRow {
    return this;
  }

  get cells(): Record<string, SourceCell> {
    if (this.made) return this.made;
    const { grid } = this.table;
    const cells: Record<string, SourceCell> = {};
    for (const [fieldId, c] of Object.entries(this.columns)) {
      const cell = new GridCell(
        this.values[c],
        this.formats?.[c],
        grid.sheet,
        this.sheetRow,
        grid.left + c,
      );
      if (this.merged) cell.mergedOver = mergedOver(this, c);
      cells[fieldId] = cell;
    }
    return (this.made = cells);
  }
}

// One empty instance kept, so V8 keeps this class's hidden class across runs (keep-shape.ts).
keepShape(new GridRows([], [], 0));
