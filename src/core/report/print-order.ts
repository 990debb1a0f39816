/**
 * The order a ranked sheet prints its units in, where the bulletin's differs from the rank order:
 * Yueyang lists its A class by volume and the rest by score (scheme data: `ranking.printOrder`).
 * Units of the named grades are reordered among the rows they already hold — every other row
 * stays where the ranking put it — and ties keep the rank order. Ranks are not changed. When the
 * clerk chose her own order, hers is printed as it is.
 */
import type { Evaluation } from "../score/evaluate";
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
    // Each member's keys read once, not at every comparison.
    const members = slots.map((i, at) => {
      const unit = out[i] as ScoredUnit;
      return { unit, at, keys: rule.order.map((k) => value(unit, k.key)) };
    });
    members.sort((a, b) => {
      for (const [k, key] of rule.order.entries()) {
        const x = a.keys[k] ?? null;
        const y = b.keys[k] ?? null;
        if (x === y) continue;
        // A unit without the value goes last either way.
        if (x === null) return 1;
        if (y === null) return -1;
        return key.direction === "desc" ? y - x : x - y;
      }
      return a.at - b.at;
    });
    slots.forEach((slot, n) => {
      const member = members[n];
      if (member) out[slot] = member.unit;
    });
  }
  return out;
}
