/**
 * The file writer writes a ranking's units straight from the plan's columns (PlanBody), never as
 * cells: what it writes must be what the plan's cells say, cell by cell — value, number format,
 * bold, alignment, wrapping and the grid — on every published table, grouped and not, in both
 * languages. The plan's cells here are the ones `rows` makes from the body.
 */
import ExcelJS from "exceljs";
import { reportWorkbookBytes } from "../../src/cli/xlsx/write-report-workbook";
import { CELL_LOOKS } from "../../src/core/report/cell-look";
import type { PlanCell } from "../../src/core/report/plan";
import { publishedGrid, publishedPlan } from "../helpers/fixtures";

const TABLES = [
  "yueyang-2017-q2-hotline-composite",
  "jingzhou-2021-02-hotline-side-by-side",
  "jingzhou-2021-02-weibo-bci",
  "shiyan-county-2020-q1-petition-towns",
];

function shown(cell: PlanCell): string | number {
  const v = cell.value;
  return v.kind === "number" ? v.value : v.kind === "formula" ? String(v.formula) : v.text;
}

describe("the report file's ranking sheets", () => {
  for (const name of TABLES)
    for (const lang of ["zh", "en"] as const)
      it(`hold every cell the plan holds, as the plan has it: ${name} (${lang})`, async () => {
        const { plan } = publishedPlan(name, { lang });
        const rankings = plan.sheets.filter((s) => s.role === "ranking");
        expect(rankings.some((s) => s.body && s.body.count > 0)).toBe(true);
        const book = new ExcelJS.Workbook();
        const bytes = await reportWorkbookBytes(plan, { grid: publishedGrid(name) });
        await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
        for (const sheet of rankings) {
          const ws = book.getWorksheet(sheet.name);
          if (!ws) throw new Error(`no sheet ${sheet.name}`);
          const ruled = (r: number, c: number) =>
            (sheet.rules ?? []).some(
              (b) => r >= b.top && r <= b.bottom && c >= b.left && c <= b.right,
            );
          sheet.rows.forEach((row, r) =>
            row.forEach((cell, c) => {
              const written = ws.getCell(r + 1, c + 1);
              if (!cell) {
                if (
                  !sheet.merges.some(
                    (m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right,
                  )
                )
                  expect(written.value ?? null).toBeNull();
                return;
              }
              const value = written.value as unknown;
              const got =
                value !== null && typeof value === "object" && "formula" in value
                  ? `=${String((value as { formula: string }).formula)}`
                  : value;
              expect([r, c, got]).toEqual([r, c, shown(cell)]);
              if (cell.format !== "General") expect(written.numFmt).toBe(cell.format);
              const look = CELL_LOOKS[cell.style ?? "plain"];
              expect(!!written.font?.bold).toBe(!!look.bold);
              expect(written.alignment?.horizontal).toBe(look.horizontal);
              expect(!!written.alignment?.wrapText).toBe(!!(cell.wrap || look.wrap));
              expect(!!written.border?.top).toBe(ruled(r, c));
            }),
          );
          // The body's rows keep their heights (wrapped notes), and the empty cells of the grid
          // their rules; the Excel table covers the header and every unit.
          const body = sheet.body;
          if (!body) continue;
          for (let i = 0; i < body.count; i++) {
            const r = body.top + i;
            expect([r, ws.getRow(r + 1).height]).toEqual([r, sheet.rowHeights[r] ?? undefined]);
            body.columns.forEach((column, c) => {
              if (column.value(i) === null)
                expect([r, c, !!ws.getCell(r + 1, c + 1).border?.top]).toEqual([r, c, ruled(r, c)]);
            });
          }
          const table = sheet.tables[0];
          if (table)
            expect(
              (ws.getTable(table.name) as unknown as { table: { tableRef: string } }).table
                .tableRef,
            ).toBe(table.range);
        }
      });
});
