/**
 * The benchmark's hand-written limit is only a fair yardstick if it computes what govrank does:
 * on random comprehensive-evaluation tables, every unit's score, grade and rank from the core's
 * general path must equal the limit's, in the same order (#21). Ties, blank 满意率 (100 %) and
 * scores on an exact half (…x5 before rounding) come up often with small counts.
 */
import fc from "fast-check";
import { handWrittenLimit } from "../../bench/hand-written-limit";
import { HEADER } from "../../bench/synthetic";
import { builtinSchemes } from "../../src/core/schemes/builtin";
import { scoreGrid } from "../../src/core/score/score-grid";
import type { CellGrid } from "../../src/core/table/cell-grid";
import type { CellValue } from "../../src/core/values/parse-cell";

const scheme = builtinSchemes().find((s) => s.id === "hotline-composite");

const unitRow: fc.Arbitrary<UnitRow> = fc.integer({ min: 0, max: 40 }).chain((due) =>
  fc.record({
    due: fc.constant(due),
    handled: fc.integer({ min: 0, max: due }),
    rework: fc.integer({ min: 0, max: due }),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
    dissatisfied: fc.integer({ min: 0, max: 3 }),
    satisfaction: fc.oneof(
      fc.constant(null),
      fc.constant(1),
      fc.integer({ min: 0, max: 10_000 }).map((x) => x / 10_000),
    ),
  }),
);

interface UnitRow {
  due: number;
  handled: number;
  rework: number;
  /** The share of handled tickets that were late. */
  share: number;
  dissatisfied: number;
  satisfaction: number | null;
}

function gridOf(rows: UnitRow[], withGroup: boolean): CellGrid {
  const header = withGroup ? HEADER : HEADER.filter((h) => h !== "分组");
  const values: CellValue[][] = [header];
  rows.forEach((r, i) => {
    // Nothing due means nothing at all: the core's 无工单 unit, which neither ranks.
    const late = Math.floor(r.share * r.handled);
    const counts =
      r.due === 0 ? [0, 0, 0, 0, 0] : [r.due, r.handled, late, r.rework, r.dissatisfied];
    const name = `单位${i + 1}`;
    values.push(
      withGroup
        ? [name, i % 3 === 0 ? "县市区" : "市直单位", ...counts, r.satisfaction]
        : [name, ...counts, r.satisfaction],
    );
  });
  const last = header.length - 1;
  const numberFormats = values.map((row, r) =>
    row.map((_v, c) => (r > 0 && c === last ? "0.00%" : null)),
  );
  return { sheet: "表", top: 0, left: 0, values, numberFormats };
}

// 单位1: 10 due, 10 handled, 0 late, 0 rework, 95 % → 30 + 30 + 20 + 19 = 99.0
// 单位2: 4 due, 4 handled, 1 late, 1 rework, blank → 30 + 22.5 + 15 + 20 = 87.5
// 单位3: 8 due, 7 handled, 0 late, 0 rework, 0.9925 → 26.25 + 26.25 + 20 + 19.85 = 92.35 → 92.4
// 单位4: the same as 单位1 → 99.0, tied first
const WORKED: UnitRow[] = [
  { due: 10, handled: 10, rework: 0, share: 0, dissatisfied: 0, satisfaction: 0.95 },
  { due: 4, handled: 4, rework: 1, share: 0.25, dissatisfied: 0, satisfaction: null },
  { due: 8, handled: 7, rework: 0, share: 0, dissatisfied: 0, satisfaction: 0.9925 },
  { due: 10, handled: 10, rework: 0, share: 0, dissatisfied: 0, satisfaction: 0.95 },
];

describe("the hand-written limit", () => {
  it("gives every unit the score, grade and rank the core gives, in the core's order", () => {
    fc.assert(
      fc.property(
        fc.array(unitRow, { minLength: 1, maxLength: 120 }),
        fc.boolean(),
        (rows, withGroup) => {
          const grid = gridOf(rows, withGroup);
          const { evaluation } = scoreGrid(grid, { scheme });
          const limit = handWrittenLimit(grid);
          const core = evaluation?.units ?? [];
          expect(core.map((u) => u.unit)).toEqual(limit.units);
          expect(core.map((u) => u.score)).toEqual([...limit.scores]);
          expect(core.map((u) => u.grade)).toEqual(limit.grades);
          expect(core.map((u) => u.rank)).toEqual([...limit.ranks]);
          expect(core.map((u) => u.groupRank ?? 0)).toEqual([...limit.groupRanks]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("agrees on a table worked by hand: a tie, a blank 满意率 and a score on a half", () => {
    const grid = gridOf(WORKED, false);
    const limit = handWrittenLimit(grid);
    expect(limit.units).toEqual(["单位1", "单位4", "单位3", "单位2"]);
    expect([...limit.scores]).toEqual([99, 99, 92.4, 87.5]);
    expect(limit.grades).toEqual(["A", "A", "B", "C"]);
    expect([...limit.ranks]).toEqual([1, 1, 3, 4]);
    expect([...limit.groupRanks]).toEqual([0, 0, 0, 0]);
  });

  it("orders by group as the groups first appear, ranking within each and over all", () => {
    // 单位1 县市区 99.0, 单位2 市直单位 87.5, 单位3 市直单位 92.4, 单位4 县市区 99.0 (gridOf: i % 3).
    const grid = gridOf(WORKED, true);
    const limit = handWrittenLimit(grid);
    expect(limit.units).toEqual(["单位1", "单位4", "单位3", "单位2"]);
    expect([...limit.ranks]).toEqual([1, 1, 3, 4]);
    expect([...limit.groupRanks]).toEqual([1, 1, 1, 2]);
  });
});
