/**
 * An evaluation's units as columns (#21): each figure of every unit in a typed array, names in an
 * array of shared strings, groups, sections and grades as codes into their few texts
 * (coded-texts.ts), all in the ranking's order. A unit
 * object is made only when a consumer asks for it — the bulletin's top N, the pane's cursor row,
 * a problem — so a table of 10^6 rows is scored, ranked and planned without 10^6 objects.
 *
 * Units with something to say (a note, a printed value checked, a 0 rate named, an approximate
 * input) are made while scoring, as the general path has always made them; the others are made
 * here from the columns, field for field the same as the scorer would have made them
 * (unit-columns.test.ts compares the two).
 */
import type { LocalText } from "../schemes/scheme";
import type { SourceRow } from "../table/source-row";
import type { ScoredUnit } from "./scored-unit";
import { textAt, type CodedColumn } from "./coded-texts";

/** The ranked units' figures as columns, in `Evaluation.units` order (NaN where a unit has none). */
export interface UnitColumns {
  unit: readonly string[];
  /**
   * Each name's display width (display-width.ts), measured while scoring, in table order, where
   * the names lie in memory one after another: a report's name column is sized from these, since
   * measuring 10^6 names again in rank order chased a string per name at random (~0.25 s, #21).
   */
  unitWidth: Int32Array;
  /** Groups as codes, in order of first appearance (the order the ranking puts them in). */
  group: CodedColumn;
  section: CodedColumn;
  grade: CodedColumn;
  measures: Readonly<Record<string, Float64Array>>;
  score: Float64Array;
  rank: Float64Array;
  groupRank: Float64Array;
  /** 1 where the unit carries a note, a check or a stand-in (its object was made while scoring). */
  flagged: Uint8Array;
}

/** No lists to carry: shared, and frozen so a consumer that tried to add to one would fail loudly. */
export const NONE = Object.freeze([]) as unknown as string[];
export const NO_NOTES = Object.freeze([]) as unknown as LocalText[];
export const NO_PRINTED = Object.freeze({}) as Record<string, number | string>;

function figure(v: number): number | null {
  return Number.isNaN(v) ? null : v;
}

/**
 * The units made on demand, each once: `at(i)` makes one, `all()` the whole list — the same
 * objects either way, so a consumer may key a Map by unit.
 */
export class LazyUnits {
  /**
   * The units made so far, by place, until every one is asked for (`all`). A Map: a report of 10^6
   * units asks for a few dozen (charts, bulletin, problems), and an array sized for all of them
   * was 8 MB of holes a run (#21).
   */
  private readonly made = new Map<number, ScoredUnit>();
  private list: ScoredUnit[] | undefined;
  private readonly measureIds: readonly string[];

  constructor(
    private readonly columns: UnitColumns,
    /** The source row of the unit at a place in the columns (for its name cell). */
    private readonly rowAt: (i: number) => SourceRow,
    /** The index before rounding of the unit at a place (NaN for none): no column carries it. */
    private readonly rawScoreAt: (i: number) => number,
    /** Units made while scoring, by their place in the columns (the plain ones are not there). */
    private readonly early: ReadonlyMap<number, ScoredUnit>,
  ) {
    this.measureIds = Object.keys(columns.measures);
  }

  get length(): number {
    return this.columns.score.length;
  }

  at(i: number): ScoredUnit {
    if (!(i >= 0 && i < this.length)) throw new RangeError(`no unit at ${i}`);
    if (this.list) return this.list[i] as ScoredUnit;
    let unit = this.made.get(i);
    if (!unit) {
      unit = this.early.get(i) ?? this.plain(i);
      this.made.set(i, unit);
    }
    return unit;
  }

  all(): ScoredUnit[] {
    if (this.list) return this.list;
    const list = new Array<ScoredUnit>(this.length);
    for (let i = 0; i < list.length; i++)
      list[i] = this.made.get(i) ?? this.early.get(i) ?? this.plain(i);
    this.made.clear();
    return (this.list = list);
  }

  /** A unit with nothing to say, from its columns: as finishUnit makes it (evaluate.ts). */
  private plain(i: number): ScoredUnit {
    const c = this.columns;
    const row = this.rowAt(i);
    const measures: Record<string, number | null> = {};
    for (const id of this.measureIds) measures[id] = figure(c.measures[id]?.[i] as number);
    return {
      unit: c.unit[i] as string,
      group: textAt(c.group, i),
      section: textAt(c.section, i),
      cell: row.unitCell,
      score: figure(c.score[i] as number),
      rawScore: figure(this.rawScoreAt(i)),
      grade: textAt(c.grade, i),
      rank: figure(c.rank[i] as number),
      groupRank: figure(c.groupRank[i] as number),
      order: i,
      approximate: false,
      sheetRow: row.sheetRow,
      measures,
      zeroDenominator: NONE,
      zeroMeasures: NONE,
      approximateInputs: NONE,
      inconsistent: false,
      notes: NO_NOTES,
      printed: NO_PRINTED,
    };
  }
}
