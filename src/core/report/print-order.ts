/**
 * The order a ranked sheet prints its units in, where the bulletin's differs from the rank order:
 * Yueyang lists its A class by volume and the rest by score (scheme data: `ranking.printOrder`).
 * Units of the named grades are reordered among the rows they already hold — every other row
 * stays where the ranking put it — and ties keep the rank order. Ranks are not changed. When the
 * clerk chose her own order, hers is printed as it is.
 */
import type { Evaluation } from "../score/evaluate";
import { orderByKeys } from "../score/rank-order";
import type { ScoredUnit } from "../score/scored-unit";

function value(unit: ScoredUnit, key: string): number | null {
  return key === "score" ? unit.score : (unit.measures[key] ?? null);
}

export function inPrintOrder(evaluation: Evaluation, units: readonly ScoredUnit[]): ScoredUnit[] {
  const { scheme } = evaluation;
  const rules = scheme.ranking.printOrder;
  const own = JSON.stringify(evaluation.order) !== JSON.stringify(scheme.ranking.order);
  if (rules.length === 0 || own) return [...units];
  const out = [...units];
  for (const rule of rules) {
    const grades = new Set(rule.grades);
    const slots: number[] = [];
    out.forEach((u, i) => {
      if (u.grade !== null && grades.has(u.grade)) slots.push(i);
    });
    // Each member's keys read once, from the evaluation's columns, then one sort of packed keys.
    const keys = rule.order.map((k) => {
      const column =
        k.key === "score" ? evaluation.columns.score : evaluation.columns.measures[k.key];
      const values = new Float64Array(slots.length);
      slots.forEach((i, at) => {
        const unit = out[i] as ScoredUnit;
        values[at] = column ? (column[unit.order] as number) : (value(unit, k.key) ?? Number.NaN);
      });
      return values;
    });
    const sorted = orderByKeys(
      keys,
      rule.order.map((k) => k.direction === "desc"),
    );
    const members = Array.from(sorted, (at) => out[slots[at] as number] as ScoredUnit);
    slots.forEach((slot, n) => {
      const member = members[n];
      if (member) out[slot] = member;
    });
  }
  return out;
}
