/**
 * The scored units as they come, in table order, as columns; then put in ranking order in place
 * (#21).
 *
 * While scoring, each unit's figures go into one Float64Array per figure (its measures, score and
 * raw score), its group, section and grade as integer codes, its name's display width and its
 * row's index in the reading into Int32Arrays; its name stays in its row, and the row (sheet row,
 * name cell) is made an object only when asked for (RowList). Ranking then moves the measure,
 * score and code columns into rank order in place, one column at a time through one scratch
 * column; the ranks are made in rank order, and the raw score stays in table order (read only for
 * the few units made as objects). No second set of columns is made — at 10^6 units a second set
 * was ~100 MB more of fresh memory, which the bench machine charges ~3 ms a MB to touch, and one
 * more full collection or two; texts are moved as codes, so the move writes no pointer.
 */
import type { RankMethod } from "../rank/rank";
import type { Scheme, SortKey } from "../schemes/scheme";
import { rowList, type RowList, type SourceRow } from "../table/source-row";
import { keepShapeOnce } from "../keep-shape";
import { keyValue } from "./key-value";
import { rankOrder } from "./rank-order";
import type { ScoredUnit } from "./scored-unit";
import { codedColumn, CodedTexts } from "./coded-texts";
import { displayWidth } from "../text/display-width";
import type { UnitColumns } from "./unit-columns";

export class TableOrder {
  count = 0;
  /** Each scored unit's row in the reading (the rows set aside have none here). */
  readonly index: Int32Array;
  /** Each name's display width (UnitColumns.unitWidth). */
  readonly unitWidth: Int32Array;
  /** The units made while scoring (a few: those with something to say), by table index. */
  readonly early = new Map<number, ScoredUnit>();
  /** Groups in the order they first appear: the ranking puts them in that order. */
  readonly group: CodedTexts;
  readonly section: CodedTexts;
  readonly grade: CodedTexts;
  /** Each measure's value per unit, in the scheme's order (NaN for none). */
  readonly measures: Float64Array[];
  readonly score: Float64Array;
  readonly rawScore: Float64Array;
  readonly measureIds: readonly string[];

  constructor(
    scheme: Scheme,
    /** The reading's rows: a unit is added by its index there, and its row made only if asked for. */
    readonly rows: RowList,
  ) {
    const capacity = rows.length;
    this.measureIds = scheme.measures.map((m) => m.id);
    this.measures = this.measureIds.map(() => new Float64Array(capacity));
    this.score = new Float64Array(capacity);
    this.rawScore = new Float64Array(capacity);
    this.unitWidth = new Int32Array(capacity);
    this.group = new CodedTexts(capacity);
    this.section = new CodedTexts(capacity);
    this.grade = new CodedTexts(capacity);
    this.index = new Int32Array(capacity);
    // One empty instance kept, so V8 keeps this class's hidden class across runs (keep-shape.ts).
    keepShapeOnce(TableOrder, () => new TableOrder(scheme, rowList([])));
  }

  /** Row `row` of the reading, scored. */
  add(
    row: number,
    group: string | null,
    section: string | null,
    measures: ArrayLike<number>,
    /** NaN for none: a number, never null, so the scorer's doubles stay unboxed (no heap number a row). */
    rawScore: number,
    score: number,
    grade: string | null,
    unit: ScoredUnit | undefined,
  ): void {
    const i = this.count++;
    const name = this.rows.unit(row);
    this.index[i] = row;
    this.unitWidth[i] = displayWidth(name);
    this.group.set(i, group);
    this.section.set(i, section);
    this.grade.set(i, grade);
    if (unit) this.early.set(i, unit);
    const columns = this.measures;
    for (let k = 0; k < columns.length; k++)
      (columns[k] as Float64Array)[i] = measures[k] as number;
    this.score[i] = score;
    this.rawScore[i] = rawScore;
  }

  /** The name of the i-th unit scored, read from its row (the names are not copied: #21). */
  unitName(i: number): string {
    return this.rows.unit(this.index[i] as number);
  }

  /** A unit made while scoring (from row `row` of the reading): its figures into the columns, the object kept. */
  addUnit(row: number, unit: ScoredUnit): void {
    const figures = this.measureIds.map((id) => unit.measures[id] ?? Number.NaN);
    this.add(
      row,
      unit.group,
      unit.section,
      figures,
      unit.rawScore ?? Number.NaN,
      unit.score ?? Number.NaN,
      unit.grade,
      unit,
    );
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
 * Every column put in place order: afterwards `column[at]` is what `column[order[at]]` was, for
 * each column given. One column at a time, gathered through the order into a scratch column (one
 * of each kind, reused) and copied back, so each gather's random reads stay within one column (8
 * MB at 10^6 units) — moving one value of every column per step, as a walk over the permutation's
 * cycles did, read 14 columns at random per step and took 2–3× as long (#21). Numbers only: texts
 * are moved as codes (CodedTexts), so nothing here writes a pointer.
 */
export function permuteColumns(
  order: Int32Array,
  figures: readonly Float64Array[],
  integers: readonly Int32Array[],
): void {
  const n = order.length;
  if (isIdentity(order)) return;
  const figureScratch = figures.length > 0 ? new Float64Array(n) : undefined;
  for (const column of figures) {
    gatherInto(figureScratch as Float64Array, column, order);
    column.set(figureScratch as Float64Array);
  }
  const integerScratch = integers.length > 0 ? new Int32Array(n) : undefined;
  for (const column of integers) {
    gatherInto(integerScratch as Int32Array, column, order);
    column.set(integerScratch as Int32Array);
  }
}

function gatherInto<T extends Float64Array | Int32Array>(
  into: T,
  from: T,
  order: Int32Array,
): void {
  for (let at = 0; at < order.length; at++) into[at] = from[order[at] as number] as number;
}

function isIdentity(order: Int32Array): boolean {
  for (let at = 0; at < order.length; at++) if (order[at] !== at) return false;
  return true;
}

export interface Ranked {
  columns: UnitColumns;
  /** The source row of the unit at each place. */
  rowAt(at: number): SourceRow;
  /** The index before rounding of the unit at each place (NaN for none). */
  rawScoreAt(at: number): number;
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
  const groups = scored.group.names.length;
  // Group codes as the ranking takes them: units without a group sort after every group.
  const groupCode = scored.group.codes.subarray(0, n);
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
    ranksInOrder: true,
  });
  const indices = ranked.order;
  // Where each unit made while scoring ends up.
  const early = new Map<number, ScoredUnit>();
  if (scored.early.size > 0) {
    const place = new Int32Array(n);
    for (let at = 0; at < n; at++) place[indices[at] as number] = at;
    for (const [i, u] of scored.early) early.set(place[i] as number, u);
  }
  const measures = scored.measures.map((column) => column.subarray(0, n));
  const score = scored.score.subarray(0, n);
  // The ranks come in rank order; the index before rounding stays in table order, read only for
  // the few units made as objects (rawScoreAt): two columns not moved (#21).
  const rank = ranked.rank;
  const groupRank = ranked.groupRank ?? new Float64Array(n).fill(Number.NaN);
  const unitWidth = scored.unitWidth.subarray(0, n);
  // Every other number and code into rank order, in place (see the header).
  permuteColumns(
    indices,
    [...measures, score],
    [unitWidth, groupCode, scored.section.codes.subarray(0, n), scored.grade.codes.subarray(0, n)],
  );
  // The units without a group (last now) are "none" again.
  if (groups > 0)
    for (let at = n - 1; at >= 0 && groupCode[at] === groups; at--) groupCode[at] = -1;
  // The names, read from each place's row; the rows stay where they are (rowAt).
  const unit = new Array<string>(n);
  for (let at = 0; at < n; at++) unit[at] = scored.unitName(indices[at] as number);
  const byId: Record<string, Float64Array> = {};
  scored.measureIds.forEach((id, k) => {
    byId[id] = measures[k] as Float64Array;
  });
  const columns: UnitColumns = {
    unit,
    unitWidth,
    // Texts stay codes: made strings only where one is read (coded-texts.ts: textAt).
    group: codedColumn(scored.group, n),
    section: codedColumn(scored.section, n),
    grade: codedColumn(scored.grade, n),
    measures: byId,
    score,
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
  const { rows, index, rawScore } = scored;
  return {
    columns,
    rowAt: (at) => rows.at(index[indices[at] as number] as number),
    rawScoreAt: (at) => rawScore[indices[at] as number] as number,
    early,
  };
}
