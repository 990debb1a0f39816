/**
 * Fuzzing the Office writer (the pane's and the ribbon's path) against the strict fake, as
 * test/cli/fuzz.test.ts fuzzes the files: hostile sheet and unit names, odd figures, merges in the
 * table. For each: the report is written or refused with words (never a crash), nothing a clerk
 * typed becomes a formula, no NaN or Infinity reaches a cell, no text breaks Excel's limits (the
 * fake enforces them), and the source sheet is exactly as it was. The seed is printed on failure.
 */
import fc from "fast-check";
import { createFakeExcel } from "../fakes/excel/fake-excel";
import { plannerFor, runOf, snapshot } from "../helpers/fake-workbook";
import { COMPOSITE_HEADER, hostileNames } from "../helpers/hostile";
import { createOfficeWorkbook } from "../../src/excel/office-workbook";
import { WorkbookError } from "../../src/excel/workbook";

const HEADER = COMPOSITE_HEADER;
const hostile = hostileNames(40, ["x".repeat(40_000)]);
const figure = fc.oneof(
  fc.nat({ max: 5000 }),
  fc.constantFrom<number | string>(1e308, -3, 2.5, "10 5", "64W+", "—", "", "#DIV/0!", "=1+1"),
);
const rate = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.constantFrom<number | string>(97.5, 1.0000000000000002, 1.2, "", "#N/A"),
);
const row = fc.tuple(hostile, figure, figure, figure, figure, figure, rate);
const sheetName = fc.oneof(
  fc.constantFrom("热线", "Sheet1", "排名", "问题清单", "a-1-", "x".repeat(31)),
  fc.stringMatching(/^[^\\/?*[\]:']{1,31}$/).filter((s) => s.trim() !== "" && s !== "History"),
);

describe("the Office writer under hostile tables", () => {
  it("writes a report or refuses in words, never turning typed text into formulas", async () => {
    await fc.assert(
      fc.asyncProperty(
        sheetName,
        fc.array(row, { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        async (name, rows, mergeTwo) => {
          const fake = createFakeExcel();
          const sheet = fake.state.addSheet(name);
          const values = [HEADER, ...rows.map((r) => [...r])];
          fake.state.fill(sheet, values);
          if (mergeTwo && rows.length >= 2)
            sheet.merges.push({ top: 1, left: 1, bottom: 2, right: 1 });
          fake.state.selection = {
            sheetId: sheet.id,
            box: { top: 0, left: 0, bottom: rows.length, right: HEADER.length - 1 },
          };
          const before = JSON.stringify(snapshot(fake));
          const workbook = createOfficeWorkbook(runOf(fake));
          const source = await workbook.readSource();
          try {
            await workbook.writeReport(source, plannerFor(source));
          } catch (error) {
            // Refusing is allowed (nothing to rank); crashing is not: a WorkbookError has words.
            if (!(error instanceof WorkbookError) && !/not scored/.test(String(error))) throw error;
          }
          const typed = new Set(rows.map((r) => r[0]));
          for (const s of fake.state.sheets) {
            for (const [at, cell] of s.cells) {
              if (typeof cell.value === "number")
                expect([s.name, at, Number.isFinite(cell.value)]).toEqual([s.name, at, true]);
              if (typeof cell.value === "string") expect(cell.value).not.toMatch(/NaN|Infinity/);
              if (cell.formula !== undefined && s.id !== sheet.id)
                expect(typed.has(cell.formula)).toBe(false);
            }
          }
          // The clerk's sheet is exactly as it was.
          const after = snapshot(fake) as { name: string }[];
          const mine = (JSON.parse(before) as { name: string }[]).find((x) => x.name === name);
          expect(after.find((x) => x.name === name)).toEqual(mine);
        },
      ),
      { numRuns: 25, seed: Number(process.env.GOVRANK_FUZZ_SEED ?? Date.now() % 2 ** 31) },
    );
  });
});
