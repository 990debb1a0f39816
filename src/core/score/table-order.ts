/**
 * The scored units as they come, in table order, and then put in ranking order as columns (#21).
 *
 * While scoring, each unit's figures go into one row-major Float64Array (its measures, score and
 * raw score side by side), its group as an integer code and its strings into arrays sized once.
 * Putting 10^6 units in rank order is then one gather of a few adjacent doubles per unit — one
 * cache line — instead of one random read per figure column, which at that size was most of the
 * time of the step (each column 8 MB, every read a miss).
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
  /** The units made while scoring (a few: those with something to say), by table index. */
  readonly early = new Map<number, ScoredUnit>();
  /** Each unit's group as a code in the order groups first appear; -1 for a unit without one. */
  readonly groupCode: Int32Array;
  /** The group of each code. */
  readonly groupNames: string[] = [];
  /** Row-major: a unit's measures in the scheme's order, then its score and raw score (NaN for none). */
  readonly figures: Float64Array;
  readonly stride: number;
  readonly measureIds: readonly string[];
  private readonly codeOf = new Map<string, number>();

  constructor(scheme: Scheme, capacity: number) {
    this.measureIds = scheme.measures.map((m) => m.id);
    this.stride = this.measureIds.length + 2;
    this.figures = new Float64Array(capacity * this.stride);
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
    if (unit) this.early.set(i, unit);
    this.groupCode[i] = group === null ? -1 : this.code(group);
    const m = this.measureIds.length;
    const base = i * this.stride;
    const figures = this.figures;
    for (let k = 0; k < m; k++) figures[base + k] = measures[k] as number;
    figures[base + m] = score ?? Number.NaN;
    figures[base + m + 1] = rawScore ?? Number.NaN;
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

  /** One figure column (a measure's index, or `measureIds.length` for the score), in table order. */
  figureColumn(k: number): Float64Array {
    const n = this.count;
    const out = new Float64Array(n);
    const figures = this.figures;
    const stride = this.stride;
    for (let i = 0, at = k; i < n; i++, at += stride) out[i] = figures[at] as number;
    return out;
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
  if (key === "score") return scored.figureColumn(scored.measureIds.length);
  const k = scored.measureIds.indexOf(key);
  if (k < 0) return new Float64Array(scored.count).fill(Number.NaN);
  const m = scheme.measures[k];
  const column = scored.figureColumn(k);
  for (let i = 0; i < column.length; i++) column[i] = keyValue(m, column[i]);
  return column;
}

/** A column of strings put in rank order. */
function permuted<T>(values: readonly T[], indices: Int32Array): T[] {
  const out = new Array<T>(indices.length);
  for (let at = 0; at < indices.length; at++) out[at] = values[indices[at] as number] as T;
  return out;
}

/**
 * `values[at] = old values[indices[at]]` for every place, in the array itself: each cycle of the
 * permutation walked once, with one bit per unit to mark the places done.
 */
function permuteInPlace(values: Float64Array, indices: Int32Array): Float64Array {
  const n = indices.length;
  const done = new Uint8Array(n);
  for (let start = 0; start < n; start++) {
    if (done[start]) continue;
    const first = values[start] as number;
    let at = start;
    for (;;) {
      done[at] = 1;
      const from = indices[at] as number;
      if (from === start) {
        values[at] = first;
        break;
      }
      values[at] = values[from] as number;
      at = from;
    }
  }
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
  const grouped = scored.groupNames.length > 0;
  let groupCode: Int32Array | null = null;
  if (grouped) {
    // Units without a group sort after every group.
    const last = scored.groupNames.length;
    groupCode = scored.groupCode.slice(0, n);
    for (let i = 0; i < n; i++) if ((groupCode[i] as number) < 0) groupCode[i] = last;
  }
  // Each key as a column (NaN for a unit without it), read once per unit, not per comparison.
  const keys = order.map((k) => keyColumn(scheme, scored, k.key));
  // One native sort of packed keys; ranks from the same integer codes (rank-order.ts).
  const ranked = rankOrder({
    keys,
    descending: order.map((k) => k.direction === "desc"),
    groupCode,
    method,
  });
  const indices = ranked.order;
  // One gather a unit: its figures lie side by side (see the header).
  const m = scored.measureIds.length;
  const stride = scored.stride;
  const measureColumns = scored.measureIds.map(() => new Float64Array(n));
  const score = new Float64Array(n);
  const rawScore = new Float64Array(n);
  const figures = scored.figures;
  for (let at = 0; at < n; at++) {
    const base = (indices[at] as number) * stride;
    for (let k = 0; k < m; k++)
      (measureColumns[k] as Float64Array)[at] = figures[base + k] as number;
    score[at] = figures[base + m] as number;
    rawScore[at] = figures[base + m + 1] as number;
  }
  const measures: Record<string, Float64Array> = {};
  scored.measureIds.forEach((id, k) => {
    measures[id] = measureColumns[k] as Float64Array;
  });
  const rows = permuted(scored.rows, indices);
  const group = new Array<string | null>(n);
  const sheetRow = new Int32Array(n);
  for (let at = 0; at < n; at++) {
    const i = indices[at] as number;
    group[at] = scored.groupAt(i);
    sheetRow[at] = (rows[at] as SourceRow).sheetRow;
  }
  const columns: UnitColumns = {
    unit: permuted(scored.unit, indices),
    group,
    section: permuted(scored.section, indices),
    grade: permuted(scored.grade, indices),
    sheetRow,
    measures,
    score,
    rawScore,
    // Ranks come in table order, ours to reorder: in place, no second pair of columns.
    rank: permuteInPlace(ranked.rank, indices),
    groupRank: ranked.groupRank
      ? permuteInPlace(ranked.groupRank, indices)
      : new Float64Array(n).fill(Number.NaN),
    flagged: new Uint8Array(n),
  };
  // The units made while scoring take their places: nobody else holds them yet, so in place.
  const early = new Map<number, ScoredUnit>();
  if (scored.early.size > 0) {
    const place = new Int32Array(n);
    for (let at = 0; at < n; at++) place[indices[at] as number] = at;
    for (const [i, u] of scored.early) early.set(place[i] as number, u);
  }
  for (const [at, u] of early) {
    const r = columns.rank[at] as number;
    const g = columns.groupRank[at] as number;
    u.rank = Number.isNaN(r) ? null : r;
    u.groupRank = Number.isNaN(g) ? null : g;
    u.order = at;
    columns.flagged[at] = 1;
  }
  return { columns, rows, early };
}
