/**
 * Our rows among exceljs's: each kind of cell as exact XML, style indices read back off exceljs's
 * cells, rows put in order with exceljs's row of the same number replaced, the dimension widened;
 * and a sheet exceljs wrote, with rows of ours spliced in, read back by exceljs cell for cell.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { RowsWriter, spliceRows, styleIndices } from "../../src/cli/xlsx/sheet-rows";

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString("utf8");

function rowsOf(...rows: [number, (w: RowsWriter) => void][]) {
  const w = new RowsWriter();
  for (const [r, cells] of rows) {
    w.startRow(r);
    cells(w);
  }
  return w.finish();
}

describe("RowsWriter", () => {
  it("writes each kind of cell, the default style without an attribute", () => {
    const w = new RowsWriter();
    w.startRow(7, 22.5);
    w.number(0, 3, -0.125);
    w.text(1, 0, "A&B<市>");
    w.boolean(2, undefined, true);
    w.empty(27, 9);
    w.startRow(8);
    w.text(0, 4, "第一行\n第二行");
    const rows = w.finish();
    expect(text(rows.bytes)).toBe(
      '<row r="7" ht="22.5" customHeight="1"><c r="A7" s="3"><v>-0.125</v></c>' +
        '<c r="B7" t="inlineStr"><is><t>A&amp;B&lt;市&gt;</t></is></c><c r="C7" t="b"><v>1</v></c>' +
        '<c r="AB7" s="9"/></row>' +
        '<row r="8"><c r="A8" s="4" t="inlineStr"><is><t xml:space="preserve">第一行\n第二行</t></is></c></row>',
    );
    expect(rows.numbers).toEqual([7, 8]);
    expect(rows.ends[1]).toBe(rows.bytes.length);
  });
});

describe("styleIndices", () => {
  it("reads the style index exceljs gave each cell, 0 for none", () => {
    const xml =
      '<sheetData><row r="4"><c r="A4" s="17"><v>1</v></c><c r="B4" t="s"><v>0</v></c>' +
      '<c r="A40" s="3"/><c r="AB4" t="s" s="9"/></row></sheetData>';
    expect([...styleIndices(xml)]).toEqual([
      ["A4", 17],
      ["B4", 0],
      ["A40", 3],
      ["AB4", 9],
    ]);
  });
});

describe("spliceRows", () => {
  const mark = (n: string) => (w: RowsWriter) => w.text(0, 0, n);

  it("puts our rows in order among exceljs's, replacing exceljs's row of the same number", () => {
    const sheet =
      '<worksheet><dimension ref="A1:C9"/><sheetData><row r="1"><c r="A1"/></row>' +
      '<row r="4" spans="1:3"><c r="A4" s="2"/></row><row r="5"/><row r="9"><c r="A9"/></row>' +
      "</sheetData></worksheet>";
    const own = rowsOf([2, mark("x")], [4, mark("y")], [6, mark("z")]);
    expect(text(spliceRows(sheet, own, 13))).toBe(
      '<worksheet><dimension ref="A1:N9"/><sheetData><row r="1"><c r="A1"/></row>' +
        '<row r="2"><c r="A2" t="inlineStr"><is><t>x</t></is></c></row>' +
        '<row r="4"><c r="A4" t="inlineStr"><is><t>y</t></is></c></row><row r="5"/>' +
        '<row r="6"><c r="A6" t="inlineStr"><is><t>z</t></is></c></row>' +
        '<row r="9"><c r="A9"/></row></sheetData></worksheet>',
    );
  });

  it("writes rows past every other row last, into an empty sheet too, and grows the dimension", () => {
    const own = rowsOf([20, mark("x")]);
    expect(text(spliceRows('<dimension ref="A1"/><sheetData/>', own, 1))).toBe(
      '<dimension ref="A1:B20"/><sheetData><row r="20"><c r="A20" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
    );
  });

  it("gives a sheet exceljs reads back cell for cell", async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("表");
    ws.getCell("A1").value = "标题";
    ws.getCell("B2").value = 1; // a probe: replaced by our row 2
    ws.getCell("B2").numFmt = "0.00%";
    ws.getCell("A5").value = "尾";
    const zip = await JSZip.loadAsync(await book.xlsx.writeBuffer());
    const path = "xl/worksheets/sheet1.xml";
    const xml = (await zip.file(path)?.async("string")) ?? "";
    const percent = styleIndices(xml).get("B2");
    const own = rowsOf(
      [2, (w) => (w.text(0, 0, "甲&乙"), w.number(1, percent, 0.5))],
      [3, (w) => (w.text(0, 0, " 丙 "), w.boolean(1, 0, false))],
    );
    zip.file(path, spliceRows(xml, own, 1));
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await zip.generateAsync({ type: "arraybuffer" }));
    const read = back.getWorksheet("表");
    expect(["A1", "A2", "B2", "A3", "B3", "A5"].map((a) => read?.getCell(a).value ?? null)).toEqual(
      ["标题", "甲&乙", 0.5, " 丙 ", false, "尾"],
    );
    expect(read?.getCell("B2").numFmt).toBe("0.00%");
  });
});
