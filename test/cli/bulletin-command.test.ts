/**
 * `govrank bulletin` as a clerk runs it: the draft on standard output, compared with last period
 * when given, a Word document that LibreOffice opens, and `report --previous` putting the rank
 * movement on the ranking sheet.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { capture } from "../helpers/capture";
import { fixturePath } from "../helpers/fixtures";
import { convertWithLibreOffice, pdfText } from "../helpers/libreoffice";

const composite = fixturePath("yueyang-2017-q2-hotline-composite.xlsx");
const dir = mkdtempSync(join(tmpdir(), "govrank-bulletin-"));

/** Last quarter's table: the CSV with 市金融办 perfect and 市公路局 under its old name. */
function previousCsv(): string {
  const lines = readFileSync(fixturePath("yueyang-2017-q2-hotline-composite.csv"), "utf8").split(
    /\r?\n/,
  );
  const edited = lines.map((line) =>
    line.includes(",市金融办,")
      ? line.replace(
          /,市金融办,(\d+),(\d+),[^,]*,\d+,[^,]*,\d+,[^,]*,(\d+),[^,]*,/,
          ",市金融办,$1,$1,100%,0,100%,0,0%,$3,100%,",
        )
      : line.replace(",市公路局,", ",市公路管理局,"),
  );
  const path = join(dir, "上期.csv");
  writeFileSync(path, edited.join("\n"));
  return path;
}

describe("govrank bulletin", () => {
  it("prints the draft with the published bulletins' sections", async () => {
    const run = capture();
    expect(await main(["bulletin", composite], run.io)).toBe(0);
    const text = run.out();
    expect(text.split("\n")[0]).toBe("2017年二季度12345公众服务热线综合评价情况通报");
    for (const heading of [
      "一、总体情况",
      "二、办理情况",
      "三、群众满意情况",
      "四、综合评价情况",
      "五、红黑榜",
      "六、需要关注的单位",
      "七、下一步工作",
      "八、数据说明",
    ])
      expect(text).toContain(heading);
  });

  it("compares with last period, with renames and 环比", async () => {
    const run = capture();
    const code = await main(
      [
        "bulletin",
        composite,
        "--previous",
        previousCsv(),
        "--rename",
        "市公路管理局=市公路局",
        "--basis",
        "mom",
      ],
      run.io,
    );
    expect(code).toBe(0);
    expect(run.out()).toContain("承办工单环比持平");
    expect(run.out()).toContain("等级下降的1家：市金融办（A类→C类）");
    expect(run.out()).not.toContain("市公路管理局");
  });

  it("writes a Word document that LibreOffice opens, with the draft and the ranked table", async () => {
    const output = join(dir, "bulletin.docx");
    const run = capture();
    expect(await main(["bulletin", composite, "--docx", output], run.io)).toBe(0);
    expect(run.err()).toContain(`已生成：${output}`);
    convertWithLibreOffice([output], "pdf", dir);
    const text = pdfText(join(dir, "bulletin.pdf")).replace(/\s+/g, "");
    expect(text).toContain("综合评价情况通报");
    expect(text).toContain("总体办结率99.88%");
    expect(text).toContain("附件：2017年二季度12345公众服务热线综合评价排名表");
    expect(text).toContain("市自来水公司");
  }, 120_000);

  it("says so when the previous file holds no table of the same scheme", async () => {
    const run = capture();
    const code = await main(
      ["bulletin", composite, "--previous", fixturePath("jingzhou-2021-02-weibo-bci.csv")],
      run.io,
    );
    expect(code).toBe(1);
    expect(run.err()).toContain("没有找到方案“12345热线综合评价”的表格");
  });
});

describe("govrank report --previous", () => {
  it("adds last period's rank, the movement, last grade and score change to the ranking", async () => {
    const output = join(dir, "report.xlsx");
    const code = await main(
      [
        "report",
        composite,
        "-o",
        output,
        "--previous",
        previousCsv(),
        "--rename",
        "市公路管理局=市公路局",
      ],
      capture().io,
    );
    expect(code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(output) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("排名");
    const header = (ws?.getRow(3).values as unknown[]).slice(1);
    expect(header).toEqual(
      expect.arrayContaining(["上期名次", "名次变化", "上期等级", "得分变化"]),
    );
    const column = (name: string) => header.indexOf(name) + 1;
    let found = false;
    ws?.eachRow((row, r) => {
      if (r > 3 && row.getCell(2).value === "市金融办") {
        found = true;
        expect(row.getCell(column("上期等级")).value).toBe("A");
        expect(String(row.getCell(column("名次变化")).value)).toMatch(/^↓\d+$/);
      }
    });
    expect(found).toBe(true);
    const summary = wb.getWorksheet("汇总");
    const texts: string[] = [];
    summary?.eachRow((row) => texts.push(String(row.getCell(1).value ?? "")));
    expect(texts).toContain("通报草稿");
    // The charts add the biggest rank changes: 市金融办 fell (A last quarter, C now).
    const charts = wb.getWorksheet("图表");
    const chartTexts: unknown[] = [];
    charts?.eachRow((row) => row.eachCell((cell) => chartTexts.push(cell.value)));
    expect(chartTexts).toContain("名次变化最大的单位（与上期相比，上升为正）");
    const fall = chartTexts.indexOf(
      "市金融办",
      chartTexts.indexOf("名次变化最大的单位（与上期相比，上升为正）"),
    );
    expect(fall).toBeGreaterThan(0);
    expect(Number(chartTexts[fall + 1])).toBeLessThan(0);
  });
});
