/**
 * The body's rows as sheet XML: exact elements for numbers, texts (escaped, spaces kept), empty
 * ruled cells and row heights; style indices read back off exceljs's cells; rows put in place
 * among exceljs's own; and a body of hostile names read back by exceljs and LibreOffice's reader
 * alike (exceljs here; LibreOffice in report-libreoffice.test.ts) as the texts they were.
 */
import ExcelJS from "exceljs";
import {
  bodyRowsXml,
  spliceRows,
  styleIndexAt,
  xmlText,
  type BodyCellKind,
} from "../../src/cli/xlsx/body-xml";
import { reportWorkbookBytes } from "../../src/cli/xlsx/write-report-workbook";
import { buildReport } from "../../src/core/report/build-report";
import type { PlanBody } from "../../src/core/report/plan";
import { scoreGrid } from "../../src/core/score/score-grid";

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString("utf8");
const bytes = (xml: string) => new Uint8Array(Buffer.from(xml, "utf8"));

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

  it("escapes only what XML needs", () => {
    expect(xmlText("a&b<c>d\"e'")).toBe("a&amp;b&lt;c&gt;d\"e'");
    expect(xmlText("岳阳")).toBe("岳阳");
  });

  it("reads the style index exceljs gave a cell, 0 for none", () => {
    const xml =
      '<sheetData><row r="4"><c r="A4" s="17"><v>1</v></c><c r="B4" t="s"><v>0</v></c></row></sheetData>';
    expect(styleIndexAt(xml, "A4")).toBe(17);
    expect(styleIndexAt(xml, "B4")).toBe(0);
    expect(styleIndexAt(xml, "C4")).toBeUndefined();
    // "A4" is not "A40".
    expect(styleIndexAt('<c r="A40" s="3"/><c r="A4" s="9"/>', "A4")).toBe(9);
  });

  it("puts the rows where they belong, replacing exceljs's rows in their range", () => {
    const sheet =
      '<worksheet><dimension ref="A1:C9"/><sheetData><row r="1"><c r="A1"/></row>' +
      '<row r="4" spans="1:3"><c r="A4" s="2"/></row><row r="5"/><row r="9"><c r="A9"/></row>' +
      "</sheetData></worksheet>";
    expect(text(spliceRows(sheet, 4, 6, bytes("<R/>"), 13))).toBe(
      '<worksheet><dimension ref="A1:N9"/><sheetData><row r="1"><c r="A1"/></row><R/>' +
        '<row r="9"><c r="A9"/></row></sheetData></worksheet>',
    );
    // Rows past every other row go last, and the dimension grows to them.
    expect(text(spliceRows('<dimension ref="A1"/><sheetData/>', 4, 20, bytes("<R/>"), 1))).toBe(
      '<dimension ref="A1:B20"/><sheetData><R/></sheetData>',
    );
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
