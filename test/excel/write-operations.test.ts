/**
 * The add-in's writer reads a ranking's body from its columns (plan.ts: PlanBody) instead of
 * making its cells: the operations it sends must be the ones the same sheet sent cell by cell —
 * the same style rectangles and the same blocks of rows of the same size — on every published table.
 */
import type { PlanSheet } from "../../src/core/report/plan";
import { sheetOperations, styleRuns } from "../../src/excel/write-operations";
import { publishedPlan } from "../helpers/fixtures";

const TABLES = [
  "yueyang-2017-q2-hotline-composite",
  "jingzhou-2021-02-hotline-side-by-side",
  "jingzhou-2021-02-weibo-bci",
  "shiyan-county-2020-q1-petition-towns",
];

/** The same sheet with every cell made: what the writer was given before bodies. */
function cellByCell(sheet: PlanSheet): PlanSheet {
  return { ...sheet, rows: sheet.rows, body: undefined, frame: undefined };
}

describe("the add-in's writer on a ranking's body", () => {
  for (const name of TABLES)
    it(`sends what it sent cell by cell: ${name}`, () => {
      const { plan } = publishedPlan(name);
      const rankings = plan.sheets.filter((s) => s.body);
      expect(rankings.length).toBeGreaterThan(0);
      for (const sheet of rankings) {
        const flat = cellByCell(sheet);
        expect(flat.body).toBeUndefined();
        expect(styleRuns(sheet)).toEqual(styleRuns(flat));
        // Small blocks, so a ranking is several blocks and their edges are compared too.
        for (const blockBytes of [2_000, 4_000_000])
          expect(sheetOperations(sheet, blockBytes).map((op) => op.bytes)).toEqual(
            sheetOperations(flat, blockBytes).map((op) => op.bytes),
          );
      }
    });
});
