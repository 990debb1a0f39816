/**
 * The scorer's fast path (#21). Each mapped input column is read once, a block of rows at a time,
 * into a typed array with a state per cell; a row whose cells are all numbers the general path
 * would take as they are (or blanks its scheme fills), whose relations hold, whose denominators
 * are not 0 and whose index is a number is then scored from those arrays through the index
 * compiled once — no parse, no object per cell, no problem list. Any other row returns undefined
 * and goes the general way (`readUnitInputs` …), so every message a clerk reads is unchanged;
 * plain-rows.test.ts checks that the two paths give the same unit on random rows.
 *
 * The arithmetic is the general path's, operation for operation (a ratio's terms summed from 0, an
 * index's parts summed left to right), so the doubles are the same, not merely close.
 */
import type { Field, LocalText, Scheme } from "../schemes/scheme";
import type { RowList } from "../table/source-row";
import type { CellValue } from "../values/parse-cell";
import { CompiledScheme } from "./compiled-scheme";
import { plainNumber } from "./unit-inputs";

/** A cell's state in its column. */
const ABSENT = 0; // the row has no such cell (the column is not mapped in its block)
const PLAIN = 1; // a number taken as it is
const BLANK = 2; // null or undefined
const GENERAL = 3; // anything else: text, a merged figure, a number to report

/** Rows read into the columns at a time. */
const BLOCK_ROWS = 4096;

export interface PlainOutcome {
  /** Measure id → value (null where its inputs are absent). */
  measures: Record<string, number | null>;
  /** The index before rounding; null when the scheme has no index. */
  raw: number | null;
  /** Σ parts of each ratio, for the overall rates. */
  parts: { id: string; numerator: number; denominator: number }[];
  notes: LocalText[];
}

export interface PlainScorer {
  /** Whether the row is a no-ticket unit; undefined when only the general check can tell. */
  noTickets(i: number): boolean | undefined;
  /** The row scored, or undefined when it must take the general path. */
  score(i: number): PlainOutcome | undefined;
  /**
   * The row scored with no object made: false when it must take the general path; when true, its
   * measures, ratio parts and index are in `compiled` and its notes in `notes` until the next call.
   */
  scoreInPlace(i: number): boolean;
  readonly compiled: CompiledScheme;
  readonly notes: readonly LocalText[];
  /**
   * After `scoreInPlace`: the index before rounding at [0] (NaN when the scheme has none). A typed
   * slot, read with no call: a double returned by a call that is not inlined is a new heap number
   * (one a row at 10^6 rows, #21).
   */
  readonly rawIndex: Float64Array;
}

/** No notes: one shared list, frozen so nothing can add to it. */
const NO_NOTES = Object.freeze([]) as unknown as LocalText[];

export function plainScorer(scheme: Scheme, rows: RowList, days: number): PlainScorer {
  const compiled = new CompiledScheme(scheme, days);
  const { fields, inputs } = compiled;
  const n = rows.length;
  // The columns are read a block of rows at a time into arrays reused from block to block: the
  // scorer walks the rows in order, so each cell is still read once, and a table of 10^6 rows
  // touches a few KB instead of 9 MB per column (fresh memory is what costs at that size: #21).
  const size = Math.min(n, BLOCK_ROWS);
  const values = fields.map(() => new Float64Array(size));
  const states = fields.map(() => new Uint8Array(size));
  let from = 0;
  let to = 0;
  /** The block holding row i read in, if it is not; i's place in the block. */
  const at = (i: number): number => {
    if (i < from || i >= to) {
      from = i - (i % BLOCK_ROWS);
      to = Math.min(n, from + BLOCK_ROWS);
      fields.forEach((field, k) =>
        readColumn(field, rows, from, to, values[k] as Float64Array, states[k] as Uint8Array),
      );
    }
    return i - from;
  };

  const slot = (id: string): number | undefined => {
    const k = compiled.slotOf(id);
    return k < 0 ? undefined : k;
  };
  const countSlots = scheme.fields.flatMap((f) => (f.kind === "count" ? [slot(f.id)] : []));
  const keySlot = scheme.excludeWhenZero === undefined ? undefined : slot(scheme.excludeWhenZero);
  const zeroOrBlank = (k: number | undefined, i: number): boolean | undefined => {
    if (k === undefined) return undefined;
    const state = (states[k] as Uint8Array)[i];
    if (state === GENERAL) return undefined;
    return state !== PLAIN || (values[k] as Float64Array)[i] === 0;
  };
  const measureIds = scheme.measures.map((m) => m.id);
  let notes: LocalText[] = NO_NOTES;
  // The row's index before rounding, in a typed slot (PlainScorer.rawIndex): a double kept in a
  // closure's variable is a new heap number each time it is set.
  const raw = new Float64Array([Number.NaN]);

  return {
    noTickets(i) {
      if (scheme.excludeWhenZero === undefined) return false;
      if (keySlot === undefined) return undefined; // the key is not an input column: parse it
      const j = at(i);
      const key = zeroOrBlank(keySlot, j);
      if (key !== true) return key;
      let all: boolean | undefined = true;
      for (const k of countSlots) {
        const zero = zeroOrBlank(k, j);
        if (zero === undefined) return undefined;
        if (!zero) all = false;
      }
      return all;
    },

    scoreInPlace(i) {
      notes = NO_NOTES;
      const j = at(i);
      for (let k = 0; k < fields.length; k++) {
        const field = fields[k] as Field;
        const state = (states[k] as Uint8Array)[j];
        if (state === PLAIN) inputs[k] = (values[k] as Float64Array)[j] as number;
        else if (state === ABSENT) inputs[k] = Number.NaN;
        else if (state === BLANK && field.whenBlank) {
          inputs[k] = field.whenBlank.value;
          if (notes === NO_NOTES) notes = [];
          notes.push(field.whenBlank.note);
        } else if (state === BLANK && !field.required) inputs[k] = Number.NaN;
        else return false;
      }
      // A stand-in for a missing input makes the unit approximate: the general path says so.
      const { substitutes, relations } = compiled;
      for (let s = 0; s < substitutes.length; s++) {
        const [from, instead] = substitutes[s] as [number, number];
        if (Number.isNaN(compiled.input(instead)) && !Number.isNaN(compiled.input(from)))
          return false;
      }
      for (let r = 0; r < relations.length; r++) {
        const [lesser, greater] = relations[r] as [number, number];
        if (compiled.input(lesser) > compiled.input(greater)) return false;
      }
      // A 0 denominator takes the zero rule, said on the unit: the general path.
      if (!compiled.measure()) return false;
      // A value missing, or no number: said by the general path.
      raw[0] = scheme.index ? compiled.raw() : Number.NaN;
      return !scheme.index || Number.isFinite(raw[0]);
    },

    score(i) {
      if (!this.scoreInPlace(i)) return undefined;
      const out: PlainOutcome = {
        measures: {},
        raw: scheme.index ? (raw[0] as number) : null,
        parts: [],
        notes,
      };
      for (let k = 0; k < measureIds.length; k++) {
        const id = measureIds[k] as string;
        const value = compiled.measures[k] as number;
        out.measures[id] = Number.isNaN(value) ? null : value;
        const numerator = compiled.numerators[k] as number;
        if (!Number.isNaN(numerator))
          out.parts.push({ id, numerator, denominator: compiled.denominators[k] as number });
      }
      return out;
    },

    compiled,
    get notes() {
      return notes;
    },
    rawIndex: raw,
  };
}

/** Rows `from` … `to` − 1 of a field's column into a block's arrays (row i at i − from). */
function readColumn(
  field: Field,
  rows: RowList,
  from: number,
  to: number,
  values: Float64Array,
  states: Uint8Array,
): void {
  states.fill(ABSENT);
  for (let r = from; r < to; r++) {
    const i = r - from;
    let v: CellValue;
    const columns = rows.columns(r);
    if (columns) {
      // Straight from the grid's row: no row or cell object made.
      const c = columns[field.id];
      if (c === undefined) continue; // ABSENT
      if (rows.merged(r)) {
        states[i] = GENERAL;
        continue;
      }
      v = rows.values(r)?.[c];
    } else {
      const cell = rows.at(r).cells[field.id];
      if (!cell) continue; // ABSENT
      if (cell.mergedOver) {
        states[i] = GENERAL;
        continue;
      }
      v = cell.value;
    }
    if (v === null || v === undefined) {
      states[i] = BLANK;
      continue;
    }
    const plain = typeof v === "number" ? plainNumber(field.kind, v) : undefined;
    if (plain === undefined) states[i] = GENERAL;
    else {
      values[i] = plain;
      states[i] = PLAIN;
    }
  }
}
