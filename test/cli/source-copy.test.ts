/**
 * The report's copy of the source table is written through rows of ours (sheet-rows.ts) with the
 * style indices of one probe cell per source style; rows a merge touches, rows holding a date,
 * rich text or an error, and sheets of very many styles go through exceljs as before. Whichever
 * way, the copy must read back as the source: each cell's value (a formula as what it showed) and
 * its number format, font, fill, border and alignment, each row's height, the merges.
 */
import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";

const quiet = { stdout: { write: () => true }, stderr: { write: () => true } };
const ROOT = join(__dirname, "..", "..");

/** What a cell holds as the copy keeps it: a formula as the value it showed. */
function shown(value: ExcelJS.CellValue): unknown {
  if (value !== null && typeof value === "object" && "formula" in value)
    return value.result ?? null;
  return value ?? null;
}

async function expectCopied(source: string, sheetName: string): Promise<void> {
  const out = join(mkdtempSync(join(tmpdir(), "govrank-copy-")), "report.xlsx");
  expect(await main(["report", source, "-o", out, "--no-analysis"], quiet as never)).toBe(0);
  const read = new ExcelJS.Workbook();
  await read.xlsx.readFile(source);
  const from = read.getWorksheet(sheetName) as ExcelJS.Worksheet;
  const written = new ExcelJS.Workbook();
  await written.xlsx.readFile(out);
  const copy = written.getWorksheet(sheetName) as ExcelJS.Worksheet;
  expect(copy).toBeDefined();
  // A merged area's other cells take its first cell's style when exceljs writes the merge.
  const slaves = new Set<string>();
  for (const ref of (from.model as { merges?: string[] }).merges ?? []) {
    const [first, last] = ref.split(":");
    const a = from.getCell(first ?? "");
    const b = from.getCell(last ?? "");
    for (let r = Number(a.row); r <= Number(b.row); r++)
      for (let c = Number(a.col); c <= Number(b.col); c++)
        if (r !== Number(a.row) || c !== Number(a.col)) slaves.add(from.getCell(r, c).address);
  }
  let cells = 0;
  from.eachRow({ includeEmpty: false }, (row, r) => {
    expect([r, copy.getRow(r).height]).toEqual([r, row.height]);
    row.eachCell({ includeEmpty: false }, (cell) => {
      cells++;
      const mine = copy.getCell(cell.address);
      expect([cell.address, shown(mine.value)]).toEqual([cell.address, shown(cell.value)]);
      if (slaves.has(cell.address)) return;
      const look = (c: ExcelJS.Cell) => [c.numFmt, c.font, c.fill, c.border, c.alignment];
      expect([cell.address, look(mine)]).toEqual([cell.address, look(cell)]);
    });
  });
  expect(cells).toBeGreaterThan(20);
  expect([...((copy.model as { merges?: string[] }).merges ?? [])].sort()).toEqual(
    [...((from.model as { merges?: string[] }).merges ?? [])].sort(),
  );
}

describe("the copy of the source table", () => {
  it.each([
    ["samples/hotline-composite-2017q2.xlsx", "Sheet1"],
    ["test/fixtures/published/yueyang-2017-q2-hotline-composite.xlsx", "Sheet1"],
    ["test/fixtures/published/jingzhou-2021-02-hotline-side-by-side.xlsx", "Sheet1"],
  ])("reads back as the source, cell for cell: %s", async (file, sheet) => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(ROOT, file));
    await expectCopied(join(ROOT, file), book.worksheets[0]?.name ?? sheet);
  });

  it("keeps dates, rich text, errors, formulas, booleans, merges and a sheet's many styles", async () => {
    const dir = mkdtempSync(join(tmpdir(), "govrank-copy-src-"));
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("热线");
    ws.getCell("A1").value = "某市12345热线综合评价";
    ws.mergeCells("A1:F1");
    ws.getCell("A1").font = { bold: true, size: 16 };
    ws.addRow(["部门名称", "应办理数", "办理数", "超期办理数", "返工数", "群众满意率"]);
    for (let i = 0; i < 1_050; i++) {
      const row = ws.addRow([`单位${i}&<${i}>`, 100 + i, 100 + i, i % 3, 0, 0.9 + i / 1000]);
      row.getCell(6).numFmt = "0.00%";
      // Every cell of this column a style of its own: a thousand probes, all of them right.
      row.getCell(2).font = {
        color: { argb: `FF${(i * 4099).toString(16).padStart(6, "0").slice(-6)}` },
      };
      if (i === 5) row.height = 30;
    }
    ws.getCell("H4").value = new Date(Date.UTC(2026, 0, 31));
    ws.getCell("H5").value = { richText: [{ text: "富" }, { text: "文本", font: { bold: true } }] };
    ws.getCell("H6").value = { error: "#N/A" };
    ws.getCell("H7").value = { formula: "B3*2", result: 200 };
    ws.getCell("H8").value = true;
    ws.getCell("H9").value = " 前后空格 ";
    const source = join(dir, "热线.xlsx");
    await book.xlsx.writeFile(source);
    await expectCopied(source, "热线");
  });
});
