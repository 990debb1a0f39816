/**
 * The body's rows as sheet XML: exact elements for numbers, texts (escaped, spaces kept), empty
 * ruled cells and row heights; and a body of hostile names read back by exceljs as the texts they
 * were (LibreOffice reads the reports in report-libreoffice.test.ts).
 */
import ExcelJS from "exceljs";
import { bodyRowsXml, type BodyCellKind } from "../../src/cli/xlsx/body-xml";
import { reportWorkbookBytes } from "../../src/cli/xlsx/write-report-workbook";
import { buildReport } from "../../src/core/report/build-report";
import type { PlanBody } from "../../src/core/report/plan";
import { scoreGrid } from "../../src/core/score/score-grid";

const text = (rows: { bytes: Uint8Array }) => Buffer.from(rows.bytes).toString("utf8");

const body = (values: (number | string | null)[][]): PlanBody => ({
  top: 3,
  count: values.length,
  columns: (values[0] ?? []).map((_, c) => ({
    format: "0",
    style: "cell" as const,
    value: (i: number) => values[i]?.[c] ?? null,
  })),
});

describe("body rows as sheet XML", () => {
  it("writes numbers, escaped inline texts, styled empty cells and heights", () => {
    const styles: Record<BodyCellKind, number | undefined> = { number: 4, text: 5, empty: 6 };
    const xml = text(
      bodyRowsXml(
        body([
          [1, "A&B<市>", null],
          [2.5, " 前后 ", "x"],
        ]),
        (_c, kind) => styles[kind],
        { 4: 30 },
      ),
    );
    expect(xml).toBe(
      '<row r="4"><c r="A4" s="4"><v>1</v></c><c r="B4" s="5" t="inlineStr"><is><t>A&amp;B&lt;市&gt;</t></is></c><c r="C4" s="6"/></row>' +
        '<row r="5" ht="30" customHeight="1"><c r="A5" s="4"><v>2.5</v></c><c r="B5" s="5" t="inlineStr"><is><t xml:space="preserve"> 前后 </t></is></c><c r="C5" s="5" t="inlineStr"><is><t>x</t></is></c></row>',
    );
  });

  it("leaves out an empty cell with no style, and the default style's index", () => {
    const xml = text(
      bodyRowsXml(body([[null, 7]]), (_c, kind) => (kind === "number" ? 0 : undefined), {}),
    );
    expect(xml).toBe('<row r="4"><c r="B4"><v>7</v></c></row>');
  });

  it("writes hostile names as the texts they are", async () => {
    const names = ["A&B<市>", " 前后空格 ", "=1+1", "第一行\n第二行", "<![CDATA[x]]>", "&amp;"];
    const values = [
      ["部门名称", "应办理数", "办理数", "超期办理数", "返工数", "群众满意率"],
      ...names.map((name, i) => [name, 10 + i, 10 + i, 0, 0, 0.9]),
    ];
    const grid = { sheet: "表", top: 0, left: 0, values };
    const { reading, evaluation } = scoreGrid(grid);
    if (!evaluation) throw new Error("not scored");
    const plan = buildReport(
      { grid, reading, evaluation },
      { generatedAt: "2026-12-07T00:00:00Z", generator: "test", analysis: "none" },
    );
    const ranking = plan.sheets.find((s) => s.role === "ranking");
    if (!ranking?.body) throw new Error("no body");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      Buffer.from(await reportWorkbookBytes(plan, { grid })) as unknown as ArrayBuffer,
    );
    const ws = book.getWorksheet(ranking.name);
    const unitColumn = ranking.frame?.[ranking.body.top - 1]?.findIndex(
      (cell) => cell?.value.kind === "text" && cell.value.text === "单位",
    );
    const written = Array.from(
      { length: names.length },
      (_, i) => ws?.getCell(ranking.body!.top + i + 1, (unitColumn ?? 0) + 1).value,
    );
    // As the reader cleans a name (spaces at the ends and line breaks dropped), nothing else.
    const cleaned = ["A&B<市>", "前后空格", "=1+1", "第一行第二行", "<![CDATA[x]]>", "&amp;"];
    expect([...written].sort()).toEqual([...cleaned].sort());
  });
});
