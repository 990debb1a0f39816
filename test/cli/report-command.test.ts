/**
 * `govrank report` as a clerk runs it: the workbook it writes, read back with exceljs and opened as
 * a zip (charts, links), the input left byte for byte as it was, text that looks like a formula
 * kept as text, and clear refusals that write nothing.
 */
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { capture } from "../helpers/capture";
import { fixturePath, publishedRows } from "../helpers/fixtures";
import { ROOT } from "../helpers/build";

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return wb;
}

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

describe("govrank report", () => {
  const dir = mkdtempSync(join(tmpdir(), "govrank-report-"));
  const composite = fixturePath("yueyang-2017-q2-hotline-composite.xlsx");
  const out = join(dir, "composite.xlsx");
  let run: ReturnType<typeof capture>;
  let code: number;
  let before: string;

  beforeAll(async () => {
    before = sha(composite);
    run = capture();
    code = await main(["report", composite, "-o", out], run.io);
  });

  it("exits 0 and says where the workbook is, with the top of the ranking", () => {
    expect(code).toBe(0);
    expect(run.out()).toContain(`已生成：${out}`);
    expect(run.out()).toContain("工作表：汇总、排名、图表、分析、问题清单、计算方法");
    expect(run.out()).toContain("参评单位 82 个，无工单 8 个");
    expect(run.out()).toMatch(/1\s+市自来水公司\s+100\.0\s+A/);
  });

  it("leaves the input file byte for byte as it was", () => {
    expect(sha(composite)).toBe(before);
  });

  it("holds the result sheets and a copy of the source sheet under its own name", async () => {
    const wb = await load(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "汇总",
      "排名",
      "图表",
      "分析",
      "问题清单",
      "计算方法",
      "Sheet1",
    ]);
    const source = await load(composite);
    const original = source.worksheets[0];
    const copy = wb.getWorksheet("Sheet1");
    for (const address of ["A1", "A2", "B4", "F11", "K86"])
      expect(copy?.getCell(address).value).toEqual(original?.getCell(address).value);
  });

  it("writes numbers with their formats, an Excel table, conditional formats, frozen panes and print setup", async () => {
    const ws = (await load(out)).getWorksheet("排名");
    if (!ws) throw new Error("no ranking sheet");
    expect(ws.getCell("C3").value).toBe("类别");
    expect(ws.getCell("I3").value).toBe("办结率");
    expect(ws.getCell("I4").numFmt).toBe("0.00%");
    expect(ws.getCell("M4").numFmt).toBe("0.0");
    expect(typeof ws.getCell("M4").value).toBe("number");
    // Title, line, header and 82 units; then a blank row, 未参评单位, its header and the 8
    // units with no tickets.
    expect(ws.rowCount).toBe(85 + 3 + 8);
    expect(ws.getCell("B89").value).toBe("市科技局");
    expect(ws.getCell("C89").value).toBe("无工单");
    expect(ws.getCell("B89").border?.top?.style).toBe("thin");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 3, xSplit: 2 });
    expect(ws.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
    });
    expect(ws.pageSetup.printTitlesRow).toBe("3:3");
    const tables = (ws as unknown as { tables: Record<string, unknown> }).tables;
    expect(Object.keys(tables)).toEqual(["GovRank_Ranking1"]);
    const cf = (
      ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string }[] }[] }
    ).conditionalFormattings;
    expect(cf.map((c) => c.rules[0]?.type)).toEqual([
      "cellIs",
      "cellIs",
      "cellIs",
      "cellIs",
      "cellIs",
      "dataBar",
    ]);
  });

  it("carries native bar and column charts with Chinese titles and cached data", async () => {
    const zip = await JSZip.loadAsync(readFileSync(out));
    const charts = Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    // The top 10, the bottom 10 (82 units is a long list) and the grade distribution.
    expect(charts).toHaveLength(3);
    const bar = (await zip.file("xl/charts/chart1.xml")?.async("string")) ?? "";
    // The top 10 are all 100.0: their axis runs 98 to 100, not 0 to 120.
    expect(bar).toContain('<c:max val="100"/><c:min val="98"/>');
    const bottom = (await zip.file("xl/charts/chart2.xml")?.async("string")) ?? "";
    expect(bottom).toContain("<a:t>综合指标值后10名</a:t>");
    expect(bottom).toContain("<c:v>市审计局</c:v>");
    expect(bar).toContain('<c:barDir val="bar"/>');
    expect(bar).toContain("<a:t>综合指标值排名：前10名</a:t>");
    expect(bar).toContain("<c:f>图表!$B$6:$B$15</c:f>");
    expect(bar).toContain("<c:v>市自来水公司</c:v>");
    const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
    expect(types).toContain('PartName="/xl/charts/chart3.xml"');
    const workbookRels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
    const sheetTarget = /Id="([^"]+)"[^>]*Target="worksheets\/(sheet\d+\.xml)"/g;
    const parts = [...workbookRels.matchAll(sheetTarget)].map((m) => m[2]);
    const chartsSheetRels = await Promise.all(
      parts.map(
        async (p) => (await zip.file(`xl/worksheets/_rels/${p}.rels`)?.async("string")) ?? "",
      ),
    );
    expect(chartsSheetRels.filter((r) => r.includes("relationships/drawing"))).toHaveLength(1);
  });

  it("links each problem to its cell inside the workbook, not to an outside file", async () => {
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xmls = await Promise.all(
      Object.keys(zip.files)
        .filter((p) => /^xl\/worksheets\/(_rels\/)?sheet\d+\.xml(\.rels)?$/.test(p))
        .map(async (p) => (await zip.file(p)?.async("string")) ?? ""),
    );
    const all = xmls.join("\n");
    expect(all).toContain('location="Sheet1!F11"');
    expect(all).not.toMatch(/TargetMode="External"/);
  });

  it("names the output beside the input by default and replaces it on a re-run", async () => {
    const work = mkdtempSync(join(tmpdir(), "govrank-default-"));
    const input = join(work, "热线.xlsx");
    copyFileSync(join(ROOT, "samples", "hotline-composite-2017q2.xlsx"), input);
    const first = capture();
    expect(await main(["report", input], first.io)).toBe(0);
    const second = capture();
    expect(await main(["report", input, "--title", "第二次"], second.io)).toBe(0);
    expect(readdirSync(work).sort()).toEqual(["热线-排名.xlsx", "热线.xlsx"]);
    const wb = await load(join(work, "热线-排名.xlsx"));
    expect(wb.getWorksheet("汇总")?.getCell("A1").value).toBe("第二次");
  });

  it("writes names that look like formulas as text, never as formulas", async () => {
    const work = mkdtempSync(join(tmpdir(), "govrank-hostile-"));
    const names = ['=HYPERLINK("http://evil","点我")', "+cmd|' /C calc'!A0", "-1+2", "@SUM(1)"];
    const csv = [
      "部门名称,信件总数,终审总数",
      ...names.map((n, i) => `"${n.replace(/"/g, '""')}",${10 + i},9`),
    ];
    const input = join(work, "hostile.csv");
    writeFileSync(input, csv.join("\n"));
    const output = join(work, "hostile-out.xlsx");
    expect(await main(["report", input, "-o", output, "--live-formulas"], capture().io)).toBe(0);
    const ws = (await load(output)).getWorksheet("排名");
    const units = [4, 5, 6, 7].map((r) => ws?.getCell(`B${r}`));
    expect(units.map((c) => c?.value).sort()).toEqual([...names].sort());
    for (const c of units) expect(c?.type).toBe(ExcelJS.ValueType.String);
    const copy = (await load(output)).getWorksheet("hostile");
    expect(copy?.getCell("A2").type).toBe(ExcelJS.ValueType.String);
  });

  it("leaves the charts and the analysis out with --no-charts --no-analysis, in English with --lang en", async () => {
    const output = join(dir, "bci-en.xlsx");
    const run = capture();
    expect(
      await main(
        [
          "report",
          fixturePath("jingzhou-2021-02-weibo-bci.csv"),
          "-o",
          output,
          "--no-charts",
          "--no-analysis",
          "--lang",
          "en",
        ],
        run.io,
      ),
    ).toBe(0);
    const wb = await load(output);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Summary",
      "Ranking",
      "Problems",
      "Method",
      "jingzhou-2021-02-weibo-bci",
    ]);
    const zip = await JSZip.loadAsync(readFileSync(output));
    expect(Object.keys(zip.files).some((p) => p.startsWith("xl/charts/"))).toBe(false);
    const published = publishedRows("jingzhou-2021-02-weibo-bci");
    expect(wb.getWorksheet("Ranking")?.getCell("B4").value).toBe(published[0]?.["微博号"]);
    expect(run.out()).toContain(`Written: ${output}`);
  });

  it("refuses to overwrite the input, and writes nothing when no unit can be ranked", async () => {
    const same = capture();
    expect(await main(["report", composite, "-o", composite], same.io)).toBe(2);
    expect(same.err()).toContain("不能与输入文件相同");
    expect(sha(composite)).toBe(before);

    const work = mkdtempSync(join(tmpdir(), "govrank-empty-"));
    const input = join(work, "empty.csv");
    writeFileSync(input, "部门名称,信件总数,终审总数\n甲,,\n");
    const empty = capture();
    expect(await main(["report", input], empty.io)).toBe(1);
    expect(empty.err()).toContain("没有可排名的单位，未生成文件");
    expect(readdirSync(work)).toEqual(["empty.csv"]);
  });

  it("rejects a bad --top and a non-xlsx output with usage errors", async () => {
    const bad = capture();
    expect(await main(["report", composite, "--top", "2.5"], bad.io)).toBe(2);
    const csv = capture();
    expect(await main(["report", composite, "-o", join(dir, "x.csv")], csv.io)).toBe(2);
    expect(existsSync(join(dir, "x.csv"))).toBe(false);
  });
});
