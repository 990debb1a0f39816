/**
 * A scheme compiled once over numbered slots (#21, #22): its data fields' inputs and its measures
 * as Float64Arrays (NaN for none), each measure's inputs found as slots, and the index folded into
 * closures — so a row (the fast path, plain-rows.ts) or a changed unit (the gap search) is scored
 * with no lookup by name, no object per value and the general path's arithmetic operation for
 * operation: a ratio's terms summed from 0, an index's parts summed left to right, the same
 * doubles. What it cannot take the general way's words for (a 0 denominator, whose rule the
 * general path applies and says) it reports, and the caller goes the general way.
 */
import { foldIndex } from "../schemes/index-tree";
import { transformMeaning } from "../schemes/leaf-transforms";
import type { Field, Scheme } from "../schemes/scheme";
import { DATA_KINDS } from "./unit-inputs";
import { keepShapeOnce } from "../keep-shape";

type SlotValue = () => number;

/** A measure's inputs as slots: an input measure's own, or a ratio's terms (slot, sign) and denominator. */
interface MeasureSlots {
  id: string;
  input: number;
  denominator: number;
  terms: [number, number][] | null;
}

export class CompiledScheme {
  /** The data fields, in slot order. */
  readonly fields: readonly Field[];
  /** The unit being scored: each data field's input (NaN where it has none). */
  readonly inputs: Float64Array;
  /** Its measures, in the scheme's order (NaN where one cannot be had), after `measure()`. */
  readonly measures: Float64Array;
  /** Each ratio's Σ numerator and denominator, after `measure()` (NaN for input measures and incomplete ratios). */
  readonly numerators: Float64Array;
  readonly denominators: Float64Array;
  /** [from, instead of] slots of the scheme's substitutes, and [lesser, greater] of its relations. */
  readonly substitutes: readonly [number, number][];
  readonly relations: readonly [number, number][];
  private readonly slots: ReadonlyMap<string, number>;
  private readonly measureSlots: readonly MeasureSlots[];
  private readonly index: (() => number) | undefined;

  constructor(
    readonly scheme: Scheme,
    days: number,
  ) {
    this.fields = scheme.fields.filter((f) => DATA_KINDS.has(f.kind));
    const slots = new Map(this.fields.map((f, k) => [f.id, k]));
    this.slots = slots;
    const slotOf = (id: string): number => slots.get(id) ?? -1;
    this.inputs = new Float64Array(this.fields.length);
    this.measures = new Float64Array(scheme.measures.length);
    this.numerators = new Float64Array(scheme.measures.length);
    this.denominators = new Float64Array(scheme.measures.length);
    this.substitutes = scheme.substitutes.map((s): [number, number] => [
      slotOf(s.from),
      slotOf(s.input),
    ]);
    this.relations = scheme.relations.map((r): [number, number] => [
      slotOf(r.lesser),
      slotOf(r.greater),
    ]);
    this.measureSlots = scheme.measures.map((m) =>
      m.kind === "input"
        ? { id: m.id, input: slotOf(m.input), denominator: -1, terms: null }
        : {
            id: m.id,
            input: -1,
            denominator: slotOf(m.denominator),
            terms: m.numerator.map((t): [number, number] => [slotOf(t.input), t.sign]),
          },
    );
    this.index = scheme.index ? this.compileIndex(days) : undefined;
    // One instance kept, so V8 keeps this class's hidden class across runs (keep-shape.ts).
    keepShapeOnce(CompiledScheme, () => new CompiledScheme(scheme, days));
  }

  /** The slot of a data field; -1 when it is not one. */
  slotOf(id: string): number {
    return this.slots.get(id) ?? -1;
  }

  /** The input in a slot; NaN for a slot that is not one. */
  input(k: number): number {
    return k < 0 ? Number.NaN : (this.inputs[k] as number);
  }

  /** The measures from the inputs; false when a denominator is 0 (the general path's to say). */
  measure(): boolean {
    for (let k = 0; k < this.measureSlots.length; k++) {
      const m = this.measureSlots[k] as MeasureSlots;
      let value = Number.NaN;
      let numerator = Number.NaN;
      let denominator = Number.NaN;
      if (m.terms === null) value = this.input(m.input);
      else {
        const den = this.input(m.denominator);
        let num = 0;
        let complete = !Number.isNaN(den);
        for (const [slot, sign] of m.terms) {
          const x = this.input(slot);
          if (Number.isNaN(x)) complete = false;
          num = num + sign * x;
        }
        if (complete) {
          if (den === 0) return false;
          numerator = num;
          denominator = den;
          value = num / den;
        }
      }
      this.measures[k] = value;
      this.numerators[k] = numerator;
      this.denominators[k] = denominator;
    }
    return true;
  }

  /** The index before rounding, from the measures and inputs; NaN without an index or a number. */
  raw(): number {
    const index = this.scheme.index;
    if (!index || !this.index) return Number.NaN;
    return index.scale * Math.pow(this.index(), index.power);
  }

  private compileIndex(days: number): () => number {
    const index = this.scheme.index;
    if (!index) return () => Number.NaN;
    const measureSlot = new Map(this.scheme.measures.map((m, k) => [m.id, k]));
    const { inputs, measures } = this;
    const valueOf = (id: string): SlotValue => {
      const m = measureSlot.get(id);
      const f = this.slots.get(id);
      // As the general path's `measures[id] ?? inputs[id]`.
      return () => {
        const v = m === undefined ? Number.NaN : (measures[m] as number);
        return Number.isNaN(v) && f !== undefined ? (inputs[f] as number) : v;
      };
    };
    return foldIndex<SlotValue>(index, {
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
            sum += (weights[k] as number) * (terms[k] as SlotValue)();
          return sum;
        };
      },
    });
  }
}
