/**
 * 重新生成 on the ribbon, against the strict Excel fake: it re-runs with the settings saved for the
 * active sheet, replaces the last output, and says how it went — or what to fix.
 */
import { rerun } from "../../src/commands/rerun";
import { createOfficeWorkbook } from "../../src/excel/office-workbook";
import { createFakeExcel } from "../fakes/excel/fake-excel";
import { fakeWithFixture, runOf } from "../helpers/fake-workbook";

const withPrevious = (previousSheet: string) => ({
  version: 1 as const,
  mapping: {},
  renames: {},
  previousMapping: {},
  liveFormulas: false,
  charts: true,
  analysis: true,
  previousSheet,
});

const deps = { now: () => new Date("2026-11-21T08:00:00Z"), generator: "govrank test" };

describe("rerun", () => {
  it("uses the settings saved for the sheet and replaces the previous output", async () => {
    const fake = await fakeWithFixture("yueyang-2017-q2-hotline-composite.xlsx");
    const workbook = createOfficeWorkbook(runOf(fake));
    const sheetId = fake.state.sheets[0]?.id ?? "";
    await workbook.saveSettings(sheetId, {
      version: 1,
      mapping: {},
      renames: {},
      previousMapping: {},
      lang: "en",
      liveFormulas: true,
      charts: true,
      analysis: true,
      top: 5,
    });
    const first = await rerun(workbook, deps);

    expect(first.ok).toBe(true);
    expect(first.text.en).toContain("82 units ranked");
    expect(first.text.zh).toContain("参评单位 82 个");
    expect(fake.state.sheets.map((s) => s.name)).toEqual([
      "Sheet1",
      "Summary",
      "Ranking",
      "Charts",
      "Analysis",
      "Problems",
      "Method",
    ]);
    expect(fake.state.byName("Ranking")?.cells.get("3,0")?.formula).toMatch(/^=RANK\.EQ/);
    const second = await rerun(workbook, deps);

    expect(second.ok).toBe(true);
    expect(fake.state.sheets).toHaveLength(7);
  });

  it("writes in Office's language when the saved settings (made as she worked) name none", async () => {
    const fake = await fakeWithFixture("yueyang-2017-q2-hotline-composite.xlsx");
    const workbook = createOfficeWorkbook(runOf(fake));
    await workbook.saveSettings(fake.state.sheets[0]?.id ?? "", {
      ...withPrevious("x"),
      previousSheet: undefined,
    });
    expect((await rerun(workbook, { ...deps, language: "en" })).ok).toBe(true);
    expect(fake.state.sheets.map((s) => s.name)).toContain("Ranking");
  });

  it("compares with last period's sheet when the settings name one, and refuses one without a table", async () => {
    const fake = await fakeWithFixture("jingzhou-2021-02-weibo-bci.xlsx");
    const source = fake.state.sheets[0];
    const previous = fake.state.addSheet("上月");
    for (const [key, cell] of source?.cells ?? []) previous.cells.set(key, { ...cell });
    const workbook = createOfficeWorkbook(runOf(fake));
    const sheetId = source?.id ?? "";
    await workbook.saveSettings(sheetId, withPrevious("上月"));
    const outcome = await rerun(workbook, deps);
    expect(outcome.ok).toBe(true);
    const ranking = fake.state.byName("排名");
    const header = [...Array(20).keys()].map((c) => ranking?.cells.get(`2,${c}`)?.value);
    expect(header).toEqual(expect.arrayContaining(["上期名次", "名次变化"]));
    // The same table last month: every rank unchanged.
    const movement = header.indexOf("名次变化");
    expect(ranking?.cells.get(`3,${movement}`)?.value).toBe("—");

    const empty = fake.state.addSheet("空表");
    void empty;
    await workbook.saveSettings(sheetId, withPrevious("空表"));
    const before = fake.state.sheets.map((s) => s.name);
    const refused = await rerun(workbook, deps);
    expect(refused.ok).toBe(false);
    expect(refused.text.zh).toContain("是空的");
    expect(fake.state.sheets.map((s) => s.name)).toEqual(before);
  });

  it("runs with the defaults when nothing was saved, and says what to fix when nothing can be read", async () => {
    const fake = await fakeWithFixture("jingzhou-2021-02-weibo-bci.xlsx");
    const outcome = await rerun(createOfficeWorkbook(runOf(fake)), deps);
    expect(outcome.ok).toBe(true);
    expect(fake.state.byName("汇总")).toBeDefined();

    const empty = createFakeExcel();
    empty.state.addSheet("空表");
    const failed = await rerun(createOfficeWorkbook(runOf(empty)), deps);
    expect(failed).toEqual({
      ok: false,
      text: expect.objectContaining({ zh: expect.stringContaining("是空的") }),
    });
  });
});
