/**
 * Setting up the strict Excel fake for shell tests: a fixture's sheet copied in (values, number
 * formats, merges), the selection placed, and the fake's `run` typed as Office's.
 */
import { readInput } from "../../src/cli/read-input";
import type { ExcelRun } from "../../src/excel/excel-api";
import { buildReport } from "../../src/core/report/build-report";
import { scoreGrid } from "../../src/core/score/score-grid";
import type { PlanBuilder, SourceTable } from "../../src/excel/workbook";
import type { ReportPlan } from "../../src/core/report/plan";
import type { CellGrid } from "../../src/core/table/cell-grid";
import { createFakeExcel, type FakeExcel } from "../fakes/excel/fake-excel";
import type { Box, FakeCell } from "../fakes/excel/sheet-state";
import { fixturePath } from "./fixtures";

/** The fake's Excel.run, called as src/excel/office-host.ts calls Office's (options first). */
export function runOf(fake: FakeExcel): ExcelRun {
  // The fake implements the part of Excel.RequestContext govrank uses; the rest is absent on purpose.
  const run = fake.excel.run as unknown as typeof Excel.run;
  return (batch, options) => (options ? run(options, batch) : run(batch));
}

export interface FixtureSheet {
  name: string;
  /** [row, column, value, number format] of every filled cell, as Office reports them. */
  cells: [number, number, string | number | boolean, string | null][];
  merges: Box[];
  rows: number;
  columns: number;
}

/** A fixture's first sheet as cells: a merged area's value only in its first cell, as in Office. */
export async function fixtureSheet(file: string): Promise<FixtureSheet> {
  const { grid } = await readInput(fixturePath(file));
  return gridSheet(grid);
}

/** A grid as a sheet's cells, as Office holds them (a merged area's value in its first cell). */
export function gridSheet(grid: CellGrid): FixtureSheet {
  const formats = grid.numberFormats ?? [];
  const hidden = new Set<string>();
  for (const m of grid.merges ?? [])
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++)
        if (r !== m.top || c !== m.left) hidden.add(`${r},${c}`);
  const cells: FixtureSheet["cells"] = [];
  grid.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const format = formats[r]?.[c];
      const shown =
        value !== null && value !== undefined && value !== "" && !hidden.has(`${r},${c}`);
      if (shown || (format && format !== "General"))
        cells.push([
          grid.top + r,
          grid.left + c,
          shown ? (value as string | number | boolean) : "",
          format && format !== "General" ? format : null,
        ]);
    }),
  );
  return {
    name: grid.sheet,
    cells,
    merges: (grid.merges ?? []).map((m) => ({ ...m })),
    rows: grid.values.length,
    columns: Math.max(...grid.values.map((r) => r.length)),
  };
}

/** A fake workbook holding a fixture's first sheet (under its own name), with the table selected. */
export async function fakeWithFixture(file: string, select?: Box): Promise<FakeExcel> {
  const fake = createFakeExcel();
  const table = await fixtureSheet(file);
  const sheet = fake.state.addSheet(table.name);
  for (const [r, c, value, format] of table.cells) {
    const cell: FakeCell = {};
    if (value !== "") cell.value = value;
    if (format) cell.numberFormat = format;
    sheet.cells.set(`${r},${c}`, cell);
  }
  sheet.merges = table.merges;
  fake.state.selection = {
    sheetId: sheet.id,
    box: select ?? { top: 0, left: 0, bottom: table.rows - 1, right: table.columns - 1 },
  };
  return fake;
}

/** The builder the task pane and the ribbon use: score the source, plan the report. */
export function plannerFor(
  source: SourceTable,
  extra: { liveFormulas?: boolean; lang?: "zh" | "en" } = {},
  keep?: { plan?: ReportPlan },
): PlanBuilder {
  return ({ reservedSheetNames, tablePrefix }) => {
    const { reading, evaluation } = scoreGrid(source.grid);
    if (!evaluation) throw new Error("not scored");
    const plan = buildReport(
      { grid: source.grid, reading, evaluation },
      {
        reservedSheetNames,
        tablePrefix,
        generatedAt: "2026-11-21T08:00:00.000Z",
        generator: "govrank test",
        ...extra,
      },
    );
    if (keep) keep.plan = plan;
    return plan;
  };
}

/** The workbook's sheets as comparable data (cells sorted), to prove something did not change. */
export function snapshot(fake: FakeExcel): unknown {
  return fake.state.sheets.map((s) => ({
    name: s.name,
    cells: [...s.cells.entries()].sort(([a], [b]) => (a < b ? -1 : 1)),
    merges: s.merges,
    tables: s.tables.map((t) => ({ ...t })),
    charts: s.charts.length,
    conditionalFormats: s.conditionalFormats.length,
  }));
}
