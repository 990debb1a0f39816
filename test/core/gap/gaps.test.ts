/**
 * Gaps checked by brute force: each change found reaches its target, and no smaller change of the
 * same input does (every step below it tried); a change called out of reach is tried at every
 * step the table allows. On the published Yueyang table and on random units.
 */
import fc from "fast-check";
import { unitInputsLookup } from "../../../src/core/gap/analysis";
import { evaluationGaps, type UnitGap } from "../../../src/core/gap/gaps";
import { keyEffects } from "../../../src/core/gap/input-effects";
import {
  inputGap,
  keyFor,
  reaches,
  RATE_STEP,
  type GapContext,
  type GapTarget,
} from "../../../src/core/gap/unit-gap";
import { builtinScheme } from "../../../src/core/schemes/builtin";
import type { Scheme } from "../../../src/core/schemes/scheme";
import { CompiledScheme } from "../../../src/core/score/compiled-scheme";
import { percentPoints, publishedEvaluation, publishedRows } from "../../helpers/fixtures";

const composite = builtinScheme("hotline-composite") as Scheme;

/** The composite score by hand (schemes.md §1), rounded half up to 1 decimal in integer tenths. */
function byHand(d: number, h: number, l: number, w: number, s: number): number {
  const sum = 30 * (h / d) + 30 * ((h - l) / d) + 20 * (1 - w / d) + 20 * s;
  return Math.floor(sum * 10 + 0.5 + 1e-9) / 10;
}

/** Every step below `steps` falls short and `steps` reaches; or, out of reach, every allowed step falls short. */
function bruteForce(
  ctx: GapContext,
  input: string,
  direction: 1 | -1,
  target: GapTarget,
  upTo: number,
): number | null {
  const rate = ctx.scheme.fields.find((f) => f.id === input)?.kind === "rate";
  for (let k = 1; k <= upTo; k++) {
    const x = (ctx.inputs[input] ?? 0) + direction * k * (rate ? RATE_STEP : 1);
    if (rate && (x > 1 + 1e-12 || x < -1e-12)) return null;
    if (!rate && x < 0) return null;
    const key = keyFor(
      ctx,
      { ...ctx.inputs, [input]: rate ? Math.min(1, Math.max(0, x)) : x },
      target,
    );
    if (reaches(target, key)) return k;
  }
  return null;
}

describe("gaps on the Yueyang table", () => {
  const { reading, evaluation } = publishedEvaluation("yueyang-2017-q2-hotline-composite");
  const gaps = evaluationGaps(evaluation, unitInputsLookup(reading, evaluation));
  const printed = publishedRows("yueyang-2017-q2-hotline-composite");
  const of = (name: string): UnitGap => {
    const g = gaps.units.find((u) => u.unit.unit === name);
    if (!g) throw new Error(name);
    return g;
  };

  it("长岭炼化公司 (3 due, 3 handled, 2 late → 80.0, C) reaches B with one late ticket fewer, and by nothing else", () => {
    const g = of("长岭炼化公司");
    expect(g.unit.score).toBe(80);
    expect(byHand(3, 3, 1, 0, 1)).toBe(90);
    expect(g.grade).toEqual({
      kind: "next",
      grade: "B",
      floor: 90,
      changes: [
        { input: "handled", reached: false }, // already all handled
        { input: "late", reached: true, change: -1, steps: 1, key: 90 },
        { input: "rework", reached: false }, // none to take back
        { input: "satisfactionRate", reached: false }, // already 100 %
      ],
      reaches: [null, "B", null, null],
    });
  });

  it("gives one unit's gaps alone, as the whole table's run gives them", () => {
    const unit = of("长岭炼化公司").unit;
    const alone = evaluationGaps(evaluation, unitInputsLookup(reading, evaluation), unit);
    expect(alone.units).toEqual([of("长岭炼化公司")]);
  });

  it("gives a unit in the top grade the margin it holds over A's floor", () => {
    // 汨罗市政府 prints 99.6: 4.6 above the line to B.
    expect(of("汨罗市政府").grade).toEqual({ kind: "top", margin: 4.6, below: "B" });
  });

  it("names the unit above and what passes it; the first unit has nobody above", () => {
    const first = gaps.units[0];
    expect(first?.pass).toEqual({ kind: "first" });
    const g = of("长岭炼化公司");
    expect(g.pass?.kind).toBe("next");
    if (g.pass?.kind !== "next") return;
    const { above: name, value } = g.pass;
    const above = evaluation.units.find((u) => u.unit === name);
    expect(above?.score).toBe(value);
    // Nobody in the table sits strictly between the unit and the one above.
    expect(evaluation.units.some((u) => (u.score ?? 0) > 80 && (u.score ?? 0) < value)).toBe(false);
    expect(g.pass.value).toBeGreaterThan(80);
  });

  it("every grade gap of every unit, checked step by step", () => {
    const days = evaluation.days ?? 30;
    let checked = 0;
    for (const g of gaps.units) {
      if (g.grade?.kind !== "next") continue;
      for (const change of g.grade.changes) {
        const move = gaps.gradeEffects?.moves.find((m) => m.input === change.input);
        if (!move) throw new Error(change.input);
        const inputs = inputsOf(g);
        const context: GapContext = { scheme: evaluation.scheme, days, inputs };
        const target: GapTarget = { kind: "floor", floor: g.grade.floor };
        const limit = change.reached ? change.steps : 20000;
        const found = bruteForce(context, change.input, move.effect, target, limit);
        if (change.reached) expect(found).toBe(change.steps);
        else expect(found).toBeNull();
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  function inputsOf(g: UnitGap): Record<string, number> {
    // The unit's printed counts, read from the published CSV (csv-parse), not from govrank's reader.
    const row = printed.find((r) => r["部门名称"] === g.unit.unit);
    if (!row) throw new Error(g.unit.unit);
    const satisfaction = row["群众满意率"] ?? "";
    return {
      due: Number(row["应办理数"]),
      handled: Number(row["办理数"]),
      late: Number(row["超期办理数"]),
      rework: Number(row["返工数"]),
      dissatisfied: Number(row["抽查不满意数"]),
      satisfactionRate: satisfaction === "" ? 1 : percentPoints(satisfaction) / 100,
    };
  }
});

describe("inputGap on random units", () => {
  const effects = keyEffects(composite, "score");
  const compiledComposite = new CompiledScheme(composite, 30);
  const unit = fc
    .record({
      d: fc.integer({ min: 1, max: 40 }),
      hShare: fc.double({ min: 0, max: 1, noNaN: true }),
      lShare: fc.double({ min: 0, max: 1, noNaN: true }),
      wShare: fc.double({ min: 0, max: 1, noNaN: true }),
      s: fc.integer({ min: 0, max: 10000 }).map((x) => x / 10000),
      floor: fc.constantFrom(60, 80, 90, 95, 99.9, 100),
    })
    .map(({ d, hShare, lShare, wShare, s, floor }) => {
      const h = Math.round(d * hShare);
      const l = Math.round(h * lShare);
      const w = Math.round(d * wShare);
      return { inputs: { due: d, handled: h, late: l, rework: w, satisfactionRate: s }, floor };
    });

  it("the change found reaches the floor, no smaller one does; out of reach means no allowed step reaches", () => {
    fc.assert(
      fc.property(unit, ({ inputs, floor }) => {
        const ctx: GapContext = { scheme: composite, days: 30, inputs };
        const target: GapTarget = { kind: "floor", floor };
        for (const move of effects.moves) {
          const gap = inputGap(ctx, move, target);
          // The compiled scheme gives the same gap as the general way.
          expect(inputGap({ ...ctx, compiled: compiledComposite }, move, target)).toEqual(gap);
          const limit = gap.reached ? gap.steps : 10001;
          const found = bruteForce(ctx, move.input, move.effect, target, limit);
          if (gap.reached) {
            expect(found).toBe(gap.steps);
            const after: Record<string, number> = { ...inputs };
            after[move.input] = (after[move.input] ?? 0) + gap.change;
            const { due: d = 0, handled: h = 0, late: l = 0, rework: w = 0 } = after;
            const s = after.satisfactionRate ?? 1;
            // The changed unit, scored by hand, is at the floor.
            expect(byHand(d, h, l, w, s)).toBeGreaterThanOrEqual(floor - 1e-9);
          } else expect(found).toBeNull();
        }
      }),
      { numRuns: 150 },
    );
  });

  it("passing the unit above: BCI counts, the ranking key strictly better after the change", () => {
    const bci = builtinScheme("weibo-bci") as Scheme;
    const bciEffects = keyEffects(bci, "score");
    const compiledBci = new CompiledScheme(bci, 30);
    const counts = fc.array(fc.integer({ min: 0, max: 300 }), {
      minLength: bciEffects.moves.length,
      maxLength: bciEffects.moves.length,
    });
    fc.assert(
      fc.property(counts, fc.double({ min: 0.5, max: 40, noNaN: true }), (values, ahead) => {
        const inputs: Record<string, number> = {};
        bciEffects.moves.forEach((m, i) => (inputs[m.input] = values[i] ?? 0));
        for (const f of bci.fields) if (f.kind === "count" && !(f.id in inputs)) inputs[f.id] = 0;
        // Relations (原创 ≤ 全部 …) must hold for a real row.
        for (const rel of bci.relations)
          if ((inputs[rel.lesser] ?? 0) > (inputs[rel.greater] ?? 0))
            inputs[rel.greater] = inputs[rel.lesser] ?? 0;
        const ctx: GapContext = { scheme: bci, days: 30, inputs };
        const now = keyFor(ctx, inputs, { kind: "floor", floor: 0 });
        fc.pre(!Number.isNaN(now));
        const target: GapTarget = {
          kind: "pass",
          key: "score",
          value: Math.round((now + ahead) * 100) / 100,
          descending: true,
        };
        for (const move of bciEffects.moves) {
          const gap = inputGap(ctx, move, target);
          expect(inputGap({ ...ctx, compiled: compiledBci }, move, target)).toEqual(gap);
          if (!gap.reached) continue; // an unbounded count always gets there, but a relation can stop it
          expect(
            keyFor(
              ctx,
              { ...inputs, [move.input]: (inputs[move.input] ?? 0) + gap.change },
              target,
            ),
          ).toBeGreaterThan(target.value);
          if (gap.steps > 1) {
            const less = { ...inputs, [move.input]: (inputs[move.input] ?? 0) + gap.change - 1 };
            expect(reaches(target, keyFor(ctx, less, target))).toBe(false);
          }
          if (gap.steps <= 3000)
            expect(bruteForce(ctx, move.input, 1, target, gap.steps)).toBe(gap.steps);
        }
      }),
      { numRuns: 60 },
    );
  });
});
