/**
 * The scorer's fast path (#21). Each mapped input column is read once into a typed array with a
 * state per cell; a row whose cells are all numbers the general path would take as they are (or
 * blanks its scheme fills), whose relations hold, whose denominators are not 0 and whose index is
 * a number is then scored from those arrays through the index compiled once — no parse, no object
 * per cell, no problem list. Any other row returns undefined and goes the general way
 * (`readUnitInputs` …), so every message a clerk reads is unchanged; plain-rows.test.ts checks that
 * the two paths give the same unit on random rows.
 *
 * The arithmetic is the general path's, operation for operation (a ratio's terms summed from 0, an
 * index's parts summed left to right), so the doubles are the same, not merely close.
 */
import { foldIndex } from "../schemes/index-tree";
import { transformMeaning } from "../schemes/leaf-transforms";
import type { Field, LocalText, Scheme } from "../schemes/scheme";
import type { SourceRow } from "../table/read-table";
import type { CellValue } from "../values/parse-cell";
import { DATA_KINDS, plainNumber } from "./unit-inputs";

/** A cell's state in its column. */
const ABSENT = 0; // the row has no such cell (the column is not mapped in its block)
const PLAIN = 1; // a number taken as it is
const BLANK = 2; // null or undefined
const GENERAL = 3; // anything else: text, a merged figure, a number to report

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
}

type RowValue = () => number;

/** No notes: one shared list, frozen so nothing can add to it. */
const NO_NOTES = Object.freeze([]) as unknown as LocalText[];

export function plainScorer(scheme: Scheme, rows: readonly SourceRow[], days: number): PlainScorer {
  const fields = scheme.fields.filter((f) => DATA_KINDS.has(f.kind));
  const slot = new Map(fields.map((f, k) => [f.id, k]));
  const n = rows.length;
  const values = fields.map(() => new Float64Array(n));
  const states = fields.map(() => new Uint8Array(n));
  fields.forEach((field, k) =>
    readColumn(field, rows, values[k] as Float64Array, states[k] as Uint8Array),
  );

  // The row being scored, in slots: inputs (NaN where undefined) and measures (NaN where null).
  const inputs = new Float64Array(fields.length);
  const measures = new Float64Array(scheme.measures.length);
  const measureSlot = new Map(scheme.measures.map((m, k) => [m.id, k]));
  const valueOf = (id: string): RowValue => {
    const m = measureSlot.get(id);
    const f = slot.get(id);
    // As the general path's `measures[id] ?? inputs[id]`.
    return () => {
      const v = m === undefined ? Number.NaN : (measures[m] as number);
      return Number.isNaN(v) && f !== undefined ? (inputs[f] as number) : v;
    };
  };
  const index = scheme.index;
  const compiled = index
    ? foldIndex<RowValue>(index, {
        leaf(leaf) {
          const x = valueOf(leaf.value);
          const transform = transformMeaning(leaf.transform).value;
          const per = leaf.per;
          if (per === "day") return () => transform(x() / days);
          if (per) {
            const d = valueOf(per.input);
            return () => {
              const v = x();
              if (Number.isNaN(v)) return Number.NaN;
              const by = d();
              return Number.isNaN(by) ? Number.NaN : transform(by === 0 ? 0 : v / by);
            };
          }
          return () => transform(x());
        },
        sum(parts) {
          const weights = parts.map((p) => p.weight);
          const terms = parts.map((p) => p.value);
          return () => {
            let sum = 0;
            for (let k = 0; k < terms.length; k++)
              sum += (weights[k] as number) * (terms[k] as RowValue)();
            return sum;
          };
        },
      })
    : undefined;

  const countSlots = scheme.fields.flatMap((f) => (f.kind === "count" ? [slot.get(f.id)] : []));
  const keySlot =
    scheme.excludeWhenZero === undefined ? undefined : slot.get(scheme.excludeWhenZero);
  const zeroOrBlank = (k: number | undefined, i: number): boolean | undefined => {
    if (k === undefined) return undefined;
    const state = (states[k] as Uint8Array)[i];
    if (state === GENERAL) return undefined;
    return state !== PLAIN || (values[k] as Float64Array)[i] === 0;
  };

  // Every input a rule or a measure reads, found once as its slot (-1: not an input column).
  const slotOf = (id: string): number => slot.get(id) ?? -1;
  const substituteSlots = scheme.substitutes.map((sub): [number, number] => [
    slotOf(sub.from),
    slotOf(sub.input),
  ]);
  const relationSlots = scheme.relations.map((rel): [number, number] => [
    slotOf(rel.lesser),
    slotOf(rel.greater),
  ]);
  const measureSpecs: MeasureSlots[] = scheme.measures.map((m) =>
    m.kind === "input"
      ? { id: m.id, input: slotOf(m.input), denominator: -1, terms: null }
      : {
          id: m.id,
          input: -1,
          denominator: slotOf(m.denominator),
          terms: m.numerator.map((t): [number, number] => [slotOf(t.input), t.sign]),
        },
  );

  return {
    noTickets(i) {
      if (scheme.excludeWhenZero === undefined) return false;
      if (keySlot === undefined) return undefined; // the key is not an input column: parse it
      const key = zeroOrBlank(keySlot, i);
      if (key !== true) return key;
      let all: boolean | undefined = true;
      for (const k of countSlots) {
        const zero = zeroOrBlank(k, i);
        if (zero === undefined) return undefined;
        if (!zero) all = false;
      }
      return all;
    },

    score(i) {
      let notes: LocalText[] | undefined;
      for (let k = 0; k < fields.length; k++) {
        const field = fields[k] as Field;
        const state = (states[k] as Uint8Array)[i];
        if (state === PLAIN) inputs[k] = (values[k] as Float64Array)[i] as number;
        else if (state === ABSENT) inputs[k] = Number.NaN;
        else if (state === BLANK && field.whenBlank) {
          inputs[k] = field.whenBlank.value;
          (notes ??= []).push(field.whenBlank.note);
        } else if (state === BLANK && !field.required) inputs[k] = Number.NaN;
        else return undefined;
      }
      // A stand-in for a missing input makes the unit approximate: the general path says so.
      for (const [from, to] of substituteSlots)
        if (Number.isNaN(inputAt(inputs, to)) && !Number.isNaN(inputAt(inputs, from)))
          return undefined;
      for (const [lesser, greater] of relationSlots)
        if (inputAt(inputs, lesser) > inputAt(inputs, greater)) return undefined;
      const out: PlainOutcome = { measures: {}, raw: null, parts: [], notes: notes ?? NO_NOTES };
      for (let k = 0; k < measureSpecs.length; k++) {
        const m = measureSpecs[k] as MeasureSlots;
        let value = Number.NaN;
        if (m.terms === null) value = inputAt(inputs, m.input);
        else {
          const den = inputAt(inputs, m.denominator);
          let num = 0;
          let complete = !Number.isNaN(den);
          for (const [slotOfTerm, sign] of m.terms) {
            const x = inputAt(inputs, slotOfTerm);
            if (Number.isNaN(x)) complete = false;
            num = num + sign * x;
          }
          if (complete) {
            if (den === 0) return undefined; // the zero rule, said on the unit: the general path
            out.parts.push({ id: m.id, numerator: num, denominator: den });
            value = num / den;
          }
        }
        measures[k] = value;
        out.measures[m.id] = Number.isNaN(value) ? null : value;
      }
      if (index && compiled) {
        const raw = index.scale * Math.pow(compiled(), index.power);
        if (!Number.isFinite(raw)) return undefined; // a value missing, or no number: said there
        out.raw = raw;
      }
      return out;
    },
  };
}

/** A measure's inputs as slots: an input measure's own, or a ratio's terms (slot, sign) and denominator. */
interface MeasureSlots {
  id: string;
  input: number;
  denominator: number;
  terms: [number, number][] | null;
}

/** The row's input in a slot; NaN for a slot that is not an input column. */
function inputAt(inputs: Float64Array, k: number): number {
  return k < 0 ? Number.NaN : (inputs[k] as number);
}

function readColumn(
  field: Field,
  rows: readonly SourceRow[],
  values: Float64Array,
  states: Uint8Array,
): void {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as SourceRow;
    let v: CellValue;
    const raw = row.raw;
    if (raw) {
      // Straight from the grid's row: no cell object made.
      const c = raw.columns[field.id];
      if (c === undefined) continue; // ABSENT
      if (raw.merged) {
        states[i] = GENERAL;
        continue;
      }
      v = raw.values[c];
    } else {
      const cell = row.cells[field.id];
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
