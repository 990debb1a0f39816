/**
 * The order a ranked sheet prints its units in, where the bulletin's differs from the rank order:
 * Yueyang lists its A class by volume and the rest by score (scheme data: `ranking.printOrder`).
 * Units of the named grades are reordered among the rows they already hold — every other row
 * stays where the ranking put it — and ties keep the rank order. Ranks are not changed. When the
 * clerk chose her own order, hers is printed as it is.
 */
import type { Evaluation } from "../score/evaluate";
import { compareKeys } from "../score/compare-keys";
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
    // Each member's keys read once, from the evaluation's columns, not at every comparison.
    const keyColumns = rule.order.map((k) =>
      k.key === "score" ? evaluation.columns.score : evaluation.columns.measures[k.key],
    );
    const descending = rule.order.map((k) => k.direction === "desc");
    const members = slots.map((i, at) => {
      const unit = out[i] as ScoredUnit;
      return {
        unit,
        at,
        keys: keyColumns.map((column, k) =>
          column ? (column[unit.order] as number) : (value(unit, rule.order[k]?.key ?? "") ?? NaN),
        ),
      };
    });
    members.sort((a, b) => {
      for (let k = 0; k < descending.length; k++) {
        const d = compareKeys(a.keys[k] as number, b.keys[k] as number, !!descending[k]);
        if (d !== 0) return d;
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
