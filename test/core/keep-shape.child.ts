/**
 * Run by keep-shape.test.ts in a process of its own (node --expose-gc --trace-deopt): a table
 * scored and its report planned run after run, a full collection between, as a clerk's session
 * or the benchmark does. Prints the kept classes' method names and the functions watched whole
 * (inputHash, whose hash digest-host.ts keeps), then a marker; V8's deopt trace
 * after the marker is what the test reads.
 */
import { NODE_DIGEST } from "../../src/cli/digest-host";
import { buildReport } from "../../src/core/report/build-report";
import { SheetDraft } from "../../src/core/report/sheet-draft";
import { CodedTexts } from "../../src/core/score/coded-texts";
import { CompiledScheme } from "../../src/core/score/compiled-scheme";
import { scoreGrid } from "../../src/core/score/score-grid";
import { TableOrder } from "../../src/core/score/table-order";
import { GridRows } from "../../src/core/table/grid-rows";
import { Utf8Writer } from "../../src/core/text/utf8-writer";
import type { CellValue } from "../../src/core/values/parse-cell";
import { COMPOSITE_HEADER } from "../helpers/hostile";

const classes = [CodedTexts, CompiledScheme, GridRows, SheetDraft, TableOrder, Utf8Writer];
const methods = classes.flatMap((c) =>
  Object.getOwnPropertyNames(c.prototype).filter((name) => name !== "constructor"),
);
console.log(`METHODS ${JSON.stringify(methods)}`);
// The digest's loop over every cell, optimised against Node's Hash (kept in cli/digest-host.ts):
// not thrown away at all, neither for weak objects nor for feedback the collection cleared.
console.log(`FUNCTIONS ${JSON.stringify(["inputHash"])}`);

const units = 3000;
const values: CellValue[][] = [[...COMPOSITE_HEADER]];
for (let i = 0; i < units; i++) {
  const due = 50 + (i % 97);
  values.push([`单位${i}`, due, due - (i % 3), i % 5, i % 4, i % 2, 0.9 + (i % 10) / 100]);
}
const grid = { sheet: "表", top: 0, left: 0, values };
const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) throw new Error("run with --expose-gc");
for (let run = 0; run < 10; run++) {
  collect();
  if (run === 6) console.log("WATCH");
  const { reading, evaluation } = scoreGrid(grid);
  if (!evaluation || evaluation.overall.scoredCount !== units) throw new Error("not scored");
  buildReport(
    { grid, reading, evaluation },
    {
      generatedAt: "2026-01-01T00:00:00Z",
      generator: "test",
      digest: NODE_DIGEST,
      analysis: "none",
    },
  );
}
console.log("DONE");
