/**
 * Rank ranges under moved weights: reproducible by seed, exactly the published ranks when the
 * band is 0, inside the corner bounds always, and the corner bounds checked against a dense grid
 * of weights on small random tables.
 */
import fc from "fast-check";
import { unitInputsLookup } from "../../../src/core/gap/analysis";
import { rankRobustness, type Robustness } from "../../../src/core/gap/rank-robustness";
import { rank } from "../../../src/core/rank/rank";
import { scoreGrid } from "../../../src/core/score/score-grid";
import type { CellGrid } from "../../../src/core/table/cell-grid";
import { publishedEvaluation } from "../../helpers/fixtures";

function robustnessOf(name: string, options: Parameters<typeof rankRobustness>[1]): Robustness {
  const { reading, evaluation } = publishedEvaluation(name);
  return rankRobustness({ evaluation, inputsOf: unitInputsLookup(reading, evaluation) }, options);
}

/** A comprehensive-evaluation table of these rows (name, due, handled, late, rework, satisfaction). */
function compositeTable(rows: (string | number)[][]): CellGrid {
  const header = ["部门名称", "应办理数", "办理数", "超期办理数", "返工数", "群众满意率"];
  return { sheet: "t", top: 0, left: 0, values: [header, ...rows] };
}

const done = (r: Robustness) => {
  if (r.kind !== "done") throw new Error("not done");
  return r;
};

describe("rankRobustness on the published tables", () => {
  const yueyang = publishedEvaluation("yueyang-2017-q2-hotline-composite");

  it("gives every unit its published rank when the weights do not move", () => {
    const r = done(robustnessOf("yueyang-2017-q2-hotline-composite", { band: 0, draws: 50 }));
    // The table prints groups (综合评价A类单位 …): a unit's rank is its rank in its group.
    expect(yueyang.evaluation.units.some((u) => u.group !== null)).toBe(true);
    yueyang.evaluation.units.forEach((u, i) => {
      const range = r.ranges[i];
      expect(range?.nominal).toBe(u.groupRank);
      expect(range?.best).toBe(u.groupRank);
      expect(range?.worst).toBe(u.groupRank);
    });
  });

  it("gives the same ranges for the same seed, and says the seed and draws", () => {
    const a = done(robustnessOf("yueyang-2017-q2-hotline-composite", { seed: 7, draws: 200 }));
    const b = done(robustnessOf("yueyang-2017-q2-hotline-composite", { seed: 7, draws: 200 }));
    expect(a.ranges).toEqual(b.ranges);
    expect([a.seed, a.draws, a.band]).toEqual([7, 200, 0.1]);
  });

  it("keeps every rank seen within the corner bounds (a one-level linear index)", () => {
    const r = done(robustnessOf("yueyang-2017-q2-hotline-composite", { draws: 300 }));
    expect(r.bounds).toBe("computed");
    let widened = 0;
    for (const range of r.ranges) {
      if (!range?.bound) continue;
      expect(range.best).toBeGreaterThanOrEqual(range.bound.best);
      expect(range.worst).toBeLessThanOrEqual(range.bound.worst);
      expect(range.best).toBeLessThanOrEqual(range.nominal);
      if (range.worst > range.best) widened++;
    }
    // ±10 % on 30/30/20/20 does move some of 82 units.
    expect(widened).toBeGreaterThan(0);
  });

  it("says a nested index has no corner bounds, and a ranking by volume is not moved by weights", () => {
    expect(done(robustnessOf("jingzhou-2021-02-weibo-bci", { draws: 20 })).bounds).toBe(
      "not-linear",
    );
    const { reading, evaluation } = publishedEvaluation("jingzhou-2021-02-hotline-side-by-side");
    expect(
      rankRobustness({ evaluation, inputsOf: unitInputsLookup(reading, evaluation) }).kind,
    ).toBe("not-by-score");
  });

  it("leaves each indicator out: 满意率 alone ranks a table where it is all that differs", () => {
    // Three units alike but for satisfaction: leaving it out ties them all at rank 1.
    const { reading, evaluation } = scoreGrid(
      compositeTable([
        ["甲", 10, 10, 0, 0, 0.9],
        ["乙", 10, 10, 0, 0, 0.8],
        ["丙", 10, 10, 0, 0, 0.7],
      ]),
    );
    if (!evaluation) throw new Error("not scored");
    const r = done(rankRobustness({ evaluation, inputsOf: unitInputsLookup(reading, evaluation) }));
    const satisfaction = r.leaveOneOut.find((l) => l.value === "satisfactionRate");
    // Ranks 1, 2, 3 become 1, 1, 1: shifts 0, 1, 2.
    expect(satisfaction).toEqual({
      value: "satisfactionRate",
      meanShift: 1,
      maxShift: 2,
      moved: 2,
    });
    expect(r.leaveOneOut.find((l) => l.value === "onTimeRate")?.moved).toBe(0);
  });
});

describe("corner bounds against a dense grid of weights", () => {
  const row = fc.record({
    d: fc.integer({ min: 1, max: 20 }),
    h: fc.double({ min: 0, max: 1, noNaN: true }),
    l: fc.double({ min: 0, max: 1, noNaN: true }),
    w: fc.double({ min: 0, max: 1, noNaN: true }),
    s: fc.integer({ min: 50, max: 100 }),
  });

  it("no weights on a grid over the band rank a unit beyond its bounds", () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 2, maxLength: 7 }), (rows) => {
        const values = rows.map((r, i) => {
          const h = Math.round(r.d * r.h);
          return [`单位${i}`, r.d, h, Math.round(h * r.l), Math.round(r.d * r.w), r.s / 100];
        });
        const { reading, evaluation } = scoreGrid(compositeTable(values));
        if (!evaluation) throw new Error("not scored");
        const r = done(
          rankRobustness(
            { evaluation, inputsOf: unitInputsLookup(reading, evaluation) },
            { draws: 20 },
          ),
        );
        // The composite score by hand at weights 30/30/20/20 moved by u, renormalised to 100.
        const steps = [-0.1, -0.05, 0, 0.05, 0.1];
        for (const a of steps)
          for (const b of steps)
            for (const c of steps)
              for (const e of steps) {
                const w = [30 * (1 + a), 30 * (1 + b), 20 * (1 + c), 20 * (1 + e)];
                const total = w.reduce((x, y) => x + y, 0);
                const scores = evaluation.units.map((u) => {
                  const m = u.measures;
                  const parts = [
                    m.completionRate ?? 0,
                    m.onTimeRate ?? 0,
                    1 - (m.reworkRate ?? 0),
                    m.satisfactionRate ?? 0,
                  ];
                  const sum = parts.reduce((x, p, k) => x + ((w[k] ?? 0) * 100 * p) / total, 0);
                  return Math.round(sum * 10) / 10;
                });
                const ranks = rank(scores, "desc", "competition");
                ranks.forEach((rk, i) => {
                  const bound = r.ranges[i]?.bound;
                  if (!bound || rk === null) return;
                  expect(rk).toBeGreaterThanOrEqual(bound.best);
                  expect(rk).toBeLessThanOrEqual(bound.worst);
                });
              }
      }),
      { numRuns: 40 },
    );
  });
});
