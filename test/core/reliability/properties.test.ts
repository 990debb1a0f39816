/**
 * Properties over random input (fast-check): no table, however odd, makes reading, scoring or
 * planning the report throw; ranks obey their definitions; more late tickets never raise a score;
 * every sheet name a plan hands out is one Excel accepts.
 */
import fc from "fast-check";
import { builtinScheme } from "../../../src/core/schemes/builtin";
import { rank } from "../../../src/core/rank/rank";
import { buildReport } from "../../../src/core/report/build-report";
import { isLegalSheetName, SheetNamer } from "../../../src/core/report/sheet-names";
import { scoreFromInputs } from "../../../src/core/score/score-inputs";
import { scoreGrid } from "../../../src/core/score/score-grid";
import type { CellValue } from "../../../src/core/values/parse-cell";

const HEADERS = [
  "部门名称",
  "分组",
  "应办理数",
  "办理数",
  "超期办理数",
  "返工数",
  "群众满意率",
  "办结率",
  "综合指标值",
  "等级",
  "发博数",
  "信件总数",
  "终审总数",
  "任务总数",
  "满意率",
  "合计",
  "注：",
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.constantFrom(...HEADERS, "64W+", "1.2万", "99.5%", "#N/A", "—", "=1+1", "１２３", " ", "\n"),
  fc.integer({ min: -5, max: 5000 }),
  fc.double({ min: -2, max: 2, noNaN: false }),
  fc.boolean(),
);

describe("properties", () => {
  it("reads, scores and plans any table without throwing", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 12 }),
        fc.boolean(),
        (values, withHeader) => {
          const rows = withHeader
            ? [["部门名称", "应办理数", "办理数", "超期办理数", "返工数", "群众满意率"], ...values]
            : values;
          const grid = { sheet: "表'1[x]", top: 0, left: 0, values: rows };
          const { reading, evaluation } = scoreGrid(grid);
          expect(Array.isArray(reading.problems)).toBe(true);
          if (evaluation) {
            const plan = buildReport(
              { grid, reading, evaluation },
              { generatedAt: "t", generator: "g" },
            );
            for (const s of plan.sheets) expect(isLegalSheetName(s.name)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("gives competition and dense ranks by their definitions", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 60 }),
        (values) => {
          const competition = rank(values, "desc", "competition");
          const dense = rank(values, "desc", "dense");
          values.forEach((v, i) => {
            expect(competition[i]).toBe(1 + values.filter((w) => w > v).length);
            expect(dense[i]).toBe(1 + new Set(values.filter((w) => w > v)).size);
          });
        },
      ),
    );
  });

  it("never raises a comprehensive score for more late tickets", () => {
    const scheme = builtinScheme("hotline-composite");
    if (!scheme) throw new Error("no scheme");
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }).chain((due) =>
          fc.record({
            due: fc.constant(due),
            handled: fc.integer({ min: 0, max: due }),
            rework: fc.integer({ min: 0, max: due }),
            satisfaction: fc.double({ min: 0, max: 1, noNaN: true }),
            lateA: fc.integer({ min: 0, max: due }),
            lateB: fc.integer({ min: 0, max: due }),
          }),
        ),
        ({ due, handled, rework, satisfaction, lateA, lateB }) => {
          const [few, many] = [
            Math.min(lateA, lateB, handled),
            Math.min(Math.max(lateA, lateB), handled),
          ];
          const score = (late: number) =>
            scoreFromInputs(scheme, { due, handled, late, rework, satisfactionRate: satisfaction });
          const a = score(few);
          const b = score(many);
          if (a.ok && b.ok) expect(b.score).toBeLessThanOrEqual(a.score);
        },
      ),
    );
  });

  it("hands out legal, distinct sheet names for any group name", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: "binary", maxLength: 40 }), { maxLength: 20 }),
        (groups) => {
          const namer = new SheetNamer(["Sheet1"]);
          const names = groups.map((g) => namer.name(`排名-${g}`));
          for (const n of names) expect(isLegalSheetName(n)).toBe(true);
          expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
        },
      ),
    );
  });
});
