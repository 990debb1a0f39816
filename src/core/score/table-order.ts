/**
 * The scored units as they come, in table order, as columns; then put in ranking order in place
 * (#21).
 *
 * While scoring, each unit's figures go into one Float64Array per figure (its measures, score and
 * raw score), its group as an integer code, its sheet row into an Int32Array and its strings into
 * arrays sized once. Ranking then moves every column into rank order at once, in place: one walk
 * over the cycles of the permutation. No second set of columns is made — at 10^6 units a second
 * set was ~100 MB of fresh memory (~0.3 s to touch on the bench machine) and one more full
 * collection or two, which the walk's random reads cost less than. Columns of one figure each
 * (8 MB at 10^6) are memory the allocator hands back run after run, where one buffer of every
 * figure is always fresh.
 */
import type { RankMethod } from "../rank/rank";
import type { Scheme, SortKey } from "../schemes/scheme";
import type { SourceRow } from "../table/source-row";
import { keyValue } from "./key-value";
import { rankOrder } from "./rank-order";
import type { ScoredUnit } from "./scored-unit";
import type { UnitColumns } from "./unit-columns";

export class TableOrder {
  count = 0;
  readonly rows: SourceRow[];
  readonly unit: string[];
  readonly section: (string | null)[];
  readonly grade: (string | null)[];
  readonly sheetRow: Int32Array;
  /** The units made while scoring (a few: those with something to say), by table index. */
  readonly early = new Map<number, ScoredUnit>();
  /** Each unit's group as a code in the order groups first appear; -1 for a unit without one. */
  readonly groupCode: Int32Array;
  /** The group of each code. */
  readonly groupNames: string[] = [];
  /** Each measure's value per unit, in the scheme's order (NaN for none). */
  readonly measures: Float64Array[];
  readonly score: Float64Array;
  readonly rawScore: Float64Array;
  readonly measureIds: readonly string[];
  private readonly codeOf = new Map<string, number>();

  constructor(scheme: Scheme, capacity: number) {
    this.measureIds = scheme.measures.map((m) => m.id);
    this.measures = this.measureIds.map(() => new Float64Array(capacity));
    this.score = new Float64Array(capacity);
    this.rawScore = new Float64Array(capacity);
    this.sheetRow = new Int32Array(capacity);
    this.groupCode = new Int32Array(capacity);
    this.rows = new Array<SourceRow>(capacity);
    this.unit = new Array<string>(capacity);
    this.section = new Array<string | null>(capacity);
    this.grade = new Array<string | null>(capacity);
  }

  add(
    row: SourceRow,
    group: string | null,
    section: string | null,
    measures: ArrayLike<number>,
    rawScore: number | null,
    score: number | null,
    grade: string | null,
    unit: ScoredUnit | undefined,
  ): void {
    const i = this.count++;
    this.rows[i] = row;
    this.unit[i] = row.unit;
    this.section[i] = section;
    this.grade[i] = grade;
    this.sheetRow[i] = row.sheetRow;
    if (unit) this.early.set(i, unit);
    this.groupCode[i] = group === null ? -1 : this.code(group);
    const columns = this.measures;
    for (let k = 0; k < columns.length; k++)
      (columns[k] as Float64Array)[i] = measures[k] as number;
    this.score[i] = score ?? Number.NaN;
    this.rawScore[i] = rawScore ?? Number.NaN;
  }

  /** A unit made while scoring: its figures into the columns, the object kept. */
  addUnit(row: SourceRow, unit: ScoredUnit): void {
    const figures = this.measureIds.map((id) => unit.measures[id] ?? Number.NaN);
    this.add(row, unit.group, unit.section, figures, unit.rawScore, unit.score, unit.grade, unit);
  }

  /** The group of the unit at a table index. */
  groupAt(i: number): string | null {
    const code = this.groupCode[i] as number;
    return code < 0 ? null : (this.groupNames[code] as string);
  }

  private code(group: string): number {
    let code = this.codeOf.get(group);
    if (code === undefined) {
      code = this.groupNames.length;
      this.codeOf.set(group, code);
      this.groupNames.push(group);
    }
    return code;
  }
}

/** A sort key's value per unit, as the ranking compares it (key-value.ts), in table order. */
function keyColumn(scheme: Scheme, scored: TableOrder, key: string): Float64Array {
  const n = scored.count;
  // The score is compared as it is: its own column, read (not changed) by the ranking.
  if (key === "score") return scored.score.subarray(0, n);
  const k = scored.measureIds.indexOf(key);
  if (k < 0) return new Float64Array(n).fill(Number.NaN);
  const m = scheme.measures[k];
  const from = scored.measures[k] as Float64Array;
  const column = new Float64Array(n);
  for (let i = 0; i < n; i++) column[i] = keyValue(m, from[i] as number);
  return column;
}

/**
 * Every column put in place order at once: afterwards `column[at]` is what `column[order[at]]`
 * was, for each column given. Each cycle of the permutation is walked once (a byte per unit marks
 * the places done), moving one value of every column per step, so no column is copied.
 */
export function permuteColumns(
  order: Int32Array,
  figures: readonly Float64Array[],
  integers: readonly Int32Array[],
  objects: readonly unknown[][],
): void {
  const n = order.length;
  const done = new Uint8Array(n);
  const firstFigures = new Float64Array(figures.length);
  const firstIntegers = new Int32Array(integers.length);
  const firstObjects = new Array<unknown>(objects.length);
  for (let start = 0; start < n; start++) {
    if (done[start]) continue;
    if ((order[start] as number) === start) {
      done[start] = 1;
      continue;
    }
    for (let k = 0; k < figures.length; k++)
      firstFigures[k] = (figures[k] as Float64Array)[start] as number;
    for (let k = 0; k < integers.length; k++)
      firstIntegers[k] = (integers[k] as Int32Array)[start] as number;
    for (let k = 0; k < objects.length; k++) firstObjects[k] = (objects[k] as unknown[])[start];
    let at = start;
    for (;;) {
      done[at] = 1;
      const from = order[at] as number;
      if (from === start) {
        for (let k = 0; k < figures.length; k++)
          (figures[k] as Float64Array)[at] = firstFigures[k] as number;
        for (let k = 0; k < integers.length; k++)
          (integers[k] as Int32Array)[at] = firstIntegers[k] as number;
        for (let k = 0; k < objects.length; k++) (objects[k] as unknown[])[at] = firstObjects[k];
        break;
      }
      for (let k = 0; k < figures.length; k++) {
        const column = figures[k] as Float64Array;
        column[at] = column[from] as number;
      }
      for (let k = 0; k < integers.length; k++) {
        const column = integers[k] as Int32Array;
        column[at] = column[from] as number;
      }
      for (let k = 0; k < objects.length; k++) {
        const column = objects[k] as unknown[];
        column[at] = column[from];
      }
      at = from;
    }
  }
}

/** An array cut to its first n entries, in place. */
function cut<T>(values: T[], n: number): T[] {
  if (values.length > n) values.length = n;
  return values;
}

export interface Ranked {
  columns: UnitColumns;
  /** The source row of each unit, in rank order. */
  rows: SourceRow[];
  /** The units made while scoring, by their places (the plain ones are not there). */
  early: Map<number, ScoredUnit>;
}

/**
 * The units in ranking order (groups in order of first appearance, units without one last; then
 * the keys; then the table order), ranked, as columns.
 */
export function orderAndRank(
  scheme: Scheme,
  scored: TableOrder,
  order: readonly SortKey[],
  method: RankMethod,
): Ranked {
  const n = scored.count;
  const groups = scored.groupNames.length;
  // Group codes as the ranking takes them: units without a group sort after every group.
  const groupCode = scored.groupCode.subarray(0, n);
  if (groups > 0)
    for (let i = 0; i < n; i++) if ((groupCode[i] as number) < 0) groupCode[i] = groups;
  // Each key as a column (NaN for a unit without it), read once per unit, not per comparison.
  const keys = order.map((k) => keyColumn(scheme, scored, k.key));
  // One native sort of packed keys; ranks from the same integer codes (rank-order.ts).
  const ranked = rankOrder({
    keys,
    descending: order.map((k) => k.direction === "desc"),
    groupCode: groups > 0 ? groupCode : null,
    method,
  });
  const indices = ranked.order;
  // Where each unit made while scoring ends up: found before anything moves.
  const early = new Map<number, ScoredUnit>();
  if (scored.early.size > 0) {
    const place = new Int32Array(n);
    for (let at = 0; at < n; at++) place[indices[at] as number] = at;
    for (const [i, u] of scored.early) early.set(place[i] as number, u);
  }
  const measures = scored.measures.map((column) => column.subarray(0, n));
  const score = scored.score.subarray(0, n);
  const rawScore = scored.rawScore.subarray(0, n);
  const rank = ranked.rank;
  const groupRank = ranked.groupRank ?? new Float64Array(n).fill(Number.NaN);
  const sheetRow = scored.sheetRow.subarray(0, n);
  const rows = cut(scored.rows, n);
  const unit = cut(scored.unit, n);
  const section = cut(scored.section, n);
  const grade = cut(scored.grade, n);
  // Everything into rank order in one walk, in place (see the header).
  permuteColumns(
    indices,
    ranked.groupRank
      ? [...measures, score, rawScore, rank, groupRank]
      : [...measures, score, rawScore, rank],
    [sheetRow, groupCode],
    [rows, unit, section, grade],
  );
  const group = new Array<string | null>(n);
  for (let at = 0; at < n; at++) {
    const code = groupCode[at] as number;
    group[at] = code >= 0 && code < groups ? (scored.groupNames[code] as string) : null;
  }
  const byId: Record<string, Float64Array> = {};
  scored.measureIds.forEach((id, k) => {
    byId[id] = measures[k] as Float64Array;
  });
  const columns: UnitColumns = {
    unit,
    group,
    section,
    grade,
    sheetRow,
    measures: byId,
    score,
    rawScore,
    rank,
    groupRank,
    flagged: new Uint8Array(n),
  };
  // The units made while scoring take their places: nobody else holds them yet, so in place.
  for (const [at, u] of early) {
    const r = rank[at] as number;
    const g = groupRank[at] as number;
    u.rank = Number.isNaN(r) ? null : r;
    u.groupRank = Number.isNaN(g) ? null : g;
    u.order = at;
    columns.flagged[at] = 1;
  }
  return { columns, rows, early };
}
