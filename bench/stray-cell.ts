/**
 * The cost of a sheet whose declared size is huge but whose cells are few: the same 100-unit table
 * without and with one stray cell at XFD1048576 and a merge down to the last row, each read in a
 * fresh process. Reading must cost the cells that exist, not the declared dimension.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { child } from "./harness";
import { syntheticRows, syntheticUnits } from "./synthetic";

interface Read {
  ms: number;
  rows: number;
  ignored: number;
  peakRss: number;
  baselineRss: number;
}

async function table(path: string, stray: boolean): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("热线");
  syntheticRows(syntheticUnits(100), false).forEach((row, r) =>
    row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v ?? null)),
  );
  if (stray) ws.getCell("XFD1048576").value = " x";
  await wb.xlsx.writeFile(path);
  if (!stray) return;
  const zip = await JSZip.loadAsync(readFileSync(path));
  const sheet = "xl/worksheets/sheet1.xml";
  const xml = (await zip.file(sheet)?.async("string")) ?? "";
  zip.file(
    sheet,
    xml.replace(
      "</sheetData>",
      '</sheetData><mergeCells count="1"><mergeCell ref="J103:J1048576"/></mergeCells>',
    ),
  );
  writeFileSync(path, await zip.generateAsync({ type: "nodebuffer" }));
}

export async function strayCellReads(dir: string) {
  mkdirSync(dir, { recursive: true });
  const plain = join(dir, "plain.xlsx");
  const stray = join(dir, "stray.xlsx");
  await table(plain, false);
  await table(stray, true);
  return {
    plain: child<Read>("stray-child.ts", [plain]),
    stray: child<Read>("stray-child.ts", [stray]),
  };
}
