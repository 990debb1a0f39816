/**
 * Office's limits that the strict fake now models, each against the shell: a response over 5 MB
 * (refused with Office's own code and, in Chinese Excel, a Chinese message), more than 512 merged
 * areas in one read, a page header over 255 characters, an Excel without merged-area reading or
 * one undo group, and panes frozen on a sheet that is not active (Excel shows that sheet and fires
 * the selection event mid-write).
 */
import { createFakeExcel, type FakeExcel } from "../fakes/excel/fake-excel";
import { HEADER_LIMIT } from "../fakes/excel/fake-worksheet";
import { MERGED_AREAS_LIMIT } from "../fakes/excel/fake-range";
import { OFFICE_MESSAGES } from "../fakes/excel/office-messages";
import { plannerFor, runOf } from "../helpers/fake-workbook";
import type { ReportPlan } from "../../src/core/report/plan";
import { createOfficeWorkbook } from "../../src/excel/office-workbook";
import { ALL_CAPABILITIES } from "../../src/excel/requirements";

const HEADER = [
  "部门名称",
  "应办理数",
  "办理数",
  "超期办理数",
  "返工数",
  "抽查不满意数",
  "群众满意率",
];

function hotline(units: number, language: "en-us" | "zh-cn" = "en-us"): FakeExcel {
  const fake = createFakeExcel({ language });
  const sheet = fake.state.addSheet("热线");
  const rows: (string | number)[][] = [["某市12345热线综合评价情况"], HEADER];
  for (let i = 0; i < units; i++)
    rows.push([`单位${i + 1}`, 100 + (i % 50), 100 + (i % 50), i % 3, i % 2, 0, 0.95]);
  fake.state.fill(sheet, rows);
  sheet.merges.push({ top: 0, left: 0, bottom: 0, right: HEADER.length - 1 });
  fake.state.selection = {
    sheetId: sheet.id,
    box: { top: 0, left: 0, bottom: rows.length - 1, right: HEADER.length - 1 },
  };
  return fake;
}

describe("a read over Office's 5 MB response limit", () => {
  it("is refused with ResponsePayloadSizeLimitExceeded and Chinese words, retried smaller, and read whole", async () => {
    const fake = hotline(60_000, "zh-cn");
    // A budget far above Office's limit makes the first block's response too large.
    const workbook = createOfficeWorkbook(runOf(fake), { budget: 64 * 1024 * 1024 });
    const source = await workbook.readSource();
    const refused = fake.log.filter((e) => e.outcome === "too-large");
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((e) => e.responseBytes > 5 * 1024 * 1024)).toBe(true);
    expect(source.grid.values).toHaveLength(60_002);
    expect(source.grid.values.at(-1)?.[0]).toBe("单位60000");
  });

  it("fails in the fake with Office's code and its Chinese message, as Chinese Excel does", async () => {
    const fake = hotline(60_000, "zh-cn");
    const refusal = fake.excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("热线").getRange("A1:G60002");
      range.load("values,numberFormat");
      await context.sync();
    });
    await expect(refusal).rejects.toMatchObject({
      code: "ResponsePayloadSizeLimitExceeded",
      message: OFFICE_MESSAGES["zh-cn"].response,
    });
  });
});

describe("merged areas", () => {
  function withMerges(count: number): FakeExcel {
    const fake = hotline(count);
    const sheet = fake.state.sheets[0];
    if (!sheet) throw new Error("no sheet");
    // Each unit's two satisfaction cells merged (a layout clerks use for notes): one area a row.
    for (let i = 0; i < count; i++) {
      sheet.cells.set(`${i + 2},7`, { value: "" });
      sheet.merges.push({ top: i + 2, left: 6, bottom: i + 2, right: 7 });
    }
    fake.state.selection = {
      sheetId: sheet.id,
      box: { top: 0, left: 0, bottom: count + 1, right: 7 },
    };
    return fake;
  }

  it(`reads a table with 600 merged areas (Excel lists at most ${MERGED_AREAS_LIMIT} at once)`, async () => {
    const fake = withMerges(600);
    const source = await createOfficeWorkbook(runOf(fake)).readSource();
    expect(fake.log.some((e) => e.outcome === "failed")).toBe(true);
    expect(source.grid.values).toHaveLength(602);
    // The title's merge and the 600 rows' merges, each once.
    expect(source.grid.merges).toHaveLength(601);
    expect(source.grid.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 6 });
    // Clipped to the table read (column H holds nothing, so the used range ends at G).
    expect(source.grid.merges).toContainEqual({ top: 601, left: 6, bottom: 601, right: 6 });
    expect(source.notes).toEqual([]);
  });

  it("reads an ordinary table's merges in the first block's sync (no extra round trip)", async () => {
    const fake = withMerges(10);
    await createOfficeWorkbook(runOf(fake)).readSource();
    expect(fake.log.filter((e) => e.outcome !== "ok")).toEqual([]);
    expect(fake.log).toHaveLength(2);
  });

  it("without ExcelApi 1.13 reads the table without them and says so", async () => {
    const fake = withMerges(10);
    const workbook = createOfficeWorkbook(runOf(fake), {
      capabilities: { ...ALL_CAPABILITIES, mergedAreas: false },
    });
    const source = await workbook.readSource();
    expect(source.grid.merges).toEqual([]);
    expect(source.grid.values).toHaveLength(12);
    expect(source.notes.map((n) => n.zh).join()).toContain("不能读出合并单元格");
  });
});

describe("writing", () => {
  it(`writes a report whose title is 300 characters (a page header holds ${HEADER_LIMIT})`, async () => {
    const fake = hotline(20);
    const sheet = fake.state.sheets[0];
    sheet?.cells.set("0,0", { value: `${"某市12345热线".repeat(30)}综合评价情况` });
    const workbook = createOfficeWorkbook(runOf(fake));
    const source = await workbook.readSource();
    const keep: { plan?: ReportPlan } = {};
    await workbook.writeReport(source, plannerFor(source, {}, keep));
    // The summary prints the title as its page header (the ranking has it in A1 only).
    const written = fake.state.byName("汇总");
    expect(written).toBeDefined();
    const header = written?.pageLayout.centerHeader ?? "";
    expect(header.length).toBeLessThanOrEqual(HEADER_LIMIT - 2);
    expect(header.endsWith("…")).toBe(true);
  });

  it("asks for one undo group where Excel supports it, and says whether Ctrl+Z removes the report", async () => {
    const grouped = hotline(20);
    const workbook = createOfficeWorkbook(runOf(grouped));
    const source = await workbook.readSource();
    const outcome = await workbook.writeReport(source, plannerFor(source));
    expect(outcome.undoable).toBe(true);
    expect(grouped.runs.at(-1)).toEqual({ mergeUndoGroup: true });

    const older = hotline(20);
    const withoutUndo = createOfficeWorkbook(runOf(older), {
      capabilities: { ...ALL_CAPABILITIES, undoGroup: false },
    });
    const again = await withoutUndo.readSource();
    const plain = await withoutUndo.writeReport(again, plannerFor(again));
    expect(plain.undoable).toBe(false);
    expect(older.runs.at(-1)).toEqual({});
  });

  it("freezing panes on the new sheets fires the selection event, as Excel does", async () => {
    const fake = hotline(20);
    const events: string[] = [];
    fake.state.selectionListeners.add((e) => void events.push(e.worksheetId));
    const workbook = createOfficeWorkbook(runOf(fake));
    const source = await workbook.readSource();
    await workbook.writeReport(source, plannerFor(source));
    // Excel showed each frozen sheet while writing: the pane must not take that for the clerk.
    expect(events.length).toBeGreaterThan(0);
  });
});
