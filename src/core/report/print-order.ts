/**
 * The order a ranked sheet prints its units in, where the bulletin's differs from the rank order:
 * Yueyang lists its A class by volume and the rest by score (scheme data: `ranking.printOrder`).
 * Units of the named grades are reordered among the rows they already hold — every other row
 * stays where the ranking put it — and ties keep the rank order. Ranks are not changed. When the
 * clerk chose her own order, hers is printed as it is.
 */
import type { Evaluation } from "../score/evaluate";
import { orderByKeys } from "../score/rank-order";

/** Places in the evaluation's units (its columns) → the same places in print order. */
export function inPrintOrder(evaluation: Evaluation, at: Int32Array): Int32Array {
  const { scheme, columns } = evaluation;
  const rules = scheme.ranking.printOrder;
  const own = JSON.stringify(evaluation.order) !== JSON.stringify(scheme.ranking.order);
  const out = Int32Array.from(at);
  if (rules.length === 0 || own) return out;
  const { codes, names } = columns.grade;
  for (const rule of rules) {
    // Whether each grade code is one of the rule's grades: a grade is looked up once, not per unit.
    const ruled = Uint8Array.from(names, (name) => (rule.grades.includes(name) ? 1 : 0));
    // The rows of the rule's grades (in one typed array sized once: a slice may hold 10^6, #21),
    // then each member's keys read once from the columns (NaN for a key that is not one), then
    // one sort of packed keys.
    const all = new Int32Array(out.length);
    let count = 0;
    for (let i = 0; i < out.length; i++) {
      const code = codes[out[i] as number] as number;
      if (code >= 0 && ruled[code] === 1) all[count++] = i;
    }
    if (count < 2) continue;
    const slots = all.subarray(0, count);
    const keys = rule.order.map((k) => {
      const column = k.key === "score" ? columns.score : columns.measures[k.key];
      const values = new Float64Array(slots.length);
      for (let n = 0; n < slots.length; n++)
        values[n] = column ? (column[out[slots[n] as number] as number] as number) : Number.NaN;
      return values;
    });
    const sorted = orderByKeys(
      keys,
      rule.order.map((k) => k.direction === "desc"),
    );
    const members = new Int32Array(sorted.length);
    for (let n = 0; n < sorted.length; n++)
      members[n] = out[slots[sorted[n] as number] as number] as number;
    for (let n = 0; n < slots.length; n++) out[slots[n] as number] = members[n] as number;
  }
  return out;
}
