/**
 * Builds the sample workbooks in samples/ from the published tables in test/fixtures/published: the
 * clerk's layout (merged title row, header row, numbers as numbers, rates as fractions shown as
 * 0.00%), so `npm run demo` shows the main job on real data. Run: node scripts/make-samples.js
 */
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const { parse } = require("csv-parse/sync");
const ExcelJS = require("exceljs");

const FIXTURES = join(__dirname, "..", "test", "fixtures", "published");
const SAMPLES = join(__dirname, "..", "samples");

function rows(name) {
  return parse(readFileSync(join(FIXTURES, `${name}.csv`), "utf8"), { bom: true });
}

/** "99.98%" → 0.9998 with a percent format; "4195" → 4195; "" → empty. */
function cell(text) {
  if (text === "") return { value: null };
  if (/^-?\d+(\.\d+)?%$/.test(text))
    return { value: Number(text.slice(0, -1)) / 100, numFmt: "0.00%" };
  if (/^-?\d+(\.\d+)?$/.test(text)) return { value: Number(text) };
  return { value: text };
}

async function sample(fixture, file, title, { dropColumns = [] } = {}) {
  const [header, ...body] = rows(fixture);
  const keep = header.map((h, i) => (dropColumns.includes(h) ? -1 : i)).filter((i) => i >= 0);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  ws.getCell(1, 1).value = title;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(1, 1).alignment = { horizontal: "center" };
  ws.mergeCells(1, 1, 1, keep.length);
  keep.forEach((c, j) => {
    const target = ws.getCell(2, j + 1);
    target.value = header[c];
    target.font = { bold: true };
    ws.getColumn(j + 1).width = j === 0 ? 22 : 12;
  });
  body.forEach((row, r) =>
    keep.forEach((c, j) => {
      const { value, numFmt } = cell(row[c] ?? "");
      const target = ws.getCell(r + 3, j + 1);
      target.value = value;
      if (numFmt) target.numFmt = numFmt;
    }),
  );
  await wb.xlsx.writeFile(join(SAMPLES, file));
  console.log(`samples/${file}: ${body.length} rows`);
}

(async () => {
  await sample(
    "yueyang-2017-q2-hotline-composite",
    "hotline-composite-2017q2.xlsx",
    "岳阳市12345公众服务热线2017年二季度综合评价情况",
    { dropColumns: ["分组"] },
  );
  await sample(
    "jingzhou-2021-02-weibo-bci",
    "weibo-bci-2021-02.xlsx",
    "荆州市政务微博2021年2月排行榜",
  );
})();
