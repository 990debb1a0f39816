/**
 * The first screen's 插入示例表格: a new sheet holding the sample table (core/sample), its rate
 * column formatted as a percent, the title bold, the table selected — so the pane reads it at
 * once. The sheet gets a name no other sheet has (示例, 示例-2 …); nothing else is touched.
 */
import type { Language } from "../core/i18n";
import { SheetNamer } from "../core/report/sheet-names";
import { sampleTable } from "../core/sample/sample-table";
import type { ExcelRun } from "./excel-api";

export async function insertSampleSheet(run: ExcelRun, lang: Language): Promise<string> {
  const sample = sampleTable(lang);
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const name = new SheetNamer(sheets.items.map((s) => s.name)).name(sample.sheet);
    const sheet = sheets.add(name);
    const width = Math.max(...sample.rows.map((r) => r.length));
    const rows = sample.rows.map((r) => [...r, ...Array<string>(width - r.length).fill("")]);
    const range = sheet.getRangeByIndexes(0, 0, rows.length, width);
    // Formats before values: the names are written as text, the rate shown as a percent.
    range.numberFormat = rows.map((_r, i) =>
      i < 2 ? Array<string>(width).fill("@") : sample.formats.slice(0, width),
    );
    range.values = rows;
    sheet.getRangeByIndexes(0, 0, 1, 1).format.font.bold = true;
    sheet.activate();
    sheet.getRangeByIndexes(1, 0, rows.length - 1, width).select();
    await context.sync();
    return name;
  });
}
