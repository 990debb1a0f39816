/**
 * The strict fake must refuse what Excel refuses, or the shell tests prove nothing: unloaded reads,
 * mismatched arrays, illegal or duplicate sheet names, oversized requests, text that turns into a
 * formula, and an injected failure that leaves half a batch applied.
 */
import { createFakeExcel } from "./excel/fake-excel";
import { PAYLOAD_LIMIT } from "./excel/request-context";

describe("the strict Excel fake", () => {
  it("throws when a property is read before load and sync", async () => {
    const fake = createFakeExcel();
    fake.state.addSheet("Sheet1");
    await fake.excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([
        ["", ""],
        ["", ""],
      ]);
    });
  });

  it("rejects a values array that does not match its range, at sync", async () => {
    const fake = createFakeExcel();
    fake.state.addSheet("Sheet1");
    await expect(
      fake.excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2]];
        await context.sync();
      }),
    ).rejects.toMatchObject({
      code: "InvalidArgument",
      message: "values is 1×2 but the range is 2×2",
    });
  });

  it("applies Excel's sheet-name rules, ignoring case for uniqueness", async () => {
    const fake = createFakeExcel();
    fake.state.addSheet("排名");
    for (const bad of ["排名", "排名".toUpperCase(), "a/b", "x".repeat(32), "'quoted'"])
      await expect(
        fake.excel.run(async (context) => {
          context.workbook.worksheets.add(bad);
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      fake.excel.run(async (context) => {
        context.workbook.worksheets.add("RANKING");
        context.workbook.worksheets.add("ranking");
        await context.sync();
      }),
    ).rejects.toThrow("already exists");
  });

  it("turns text starting with = + - @ into a formula unless the cell is formatted as text", async () => {
    const fake = createFakeExcel();
    const sheet = fake.state.addSheet("Sheet1");
    await fake.excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:A2").values = [["=1+1"], ["@SUM(1)"]];
      const safe = ws.getRange("B1:B2");
      safe.numberFormat = [["@"], ["@"]];
      safe.values = [["=1+1"], ["@SUM(1)"]];
      await context.sync();
    });
    expect(sheet.cells.get("0,0")?.formula).toBe("=1+1");
    expect(sheet.cells.get("1,0")?.formula).toBe("=@SUM(1)");
    expect(sheet.cells.get("0,1")).toMatchObject({ value: "=1+1", formula: undefined });
  });

  it("refuses a request over 5 MB whole, and logs every sync", async () => {
    const fake = createFakeExcel();
    const sheet = fake.state.addSheet("Sheet1");
    const rows = Array.from({ length: 150_000 }, (_, i) => [
      `单位名称很长的一个单位${i}`,
      i,
      i * 2,
    ]);
    await expect(
      fake.excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange(`A1:C${rows.length}`).values = rows;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(sheet.cells.size).toBe(0);
    expect(fake.log.at(-1)).toMatchObject({ outcome: "too-large" });
    expect(fake.log.at(-1)?.requestBytes).toBeGreaterThan(PAYLOAD_LIMIT);
  });

  it("fails a chosen sync after applying half its batch, as Excel does not roll back", async () => {
    const fake = createFakeExcel();
    fake.state.addSheet("Sheet1");
    fake.control.failAtSync = 1;
    await expect(
      fake.excel.run(async (context) => {
        context.workbook.worksheets.add("一");
        context.workbook.worksheets.add("二");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Sheet1", "一"]);
  });

  it("keeps table names unique in the workbook and refuses tables over merged cells", async () => {
    const fake = createFakeExcel();
    const one = fake.state.addSheet("一");
    fake.state.addSheet("二");
    fake.state.fill(one, [
      ["h1", "h2"],
      [1, 2],
    ]);
    await fake.excel.run(async (context) => {
      const t = context.workbook.worksheets.getItem("一").tables.add("A1:B2", true);
      t.name = "GovRank1_Ranking1";
      await context.sync();
    });
    await expect(
      fake.excel.run(async (context) => {
        const t = context.workbook.worksheets.getItem("二").tables.add("A1:B2", true);
        t.name = "govrank1_ranking1";
        await context.sync();
      }),
    ).rejects.toThrow("already exists");
    one.merges.push({ top: 5, left: 0, bottom: 5, right: 3 });
    await expect(
      fake.excel.run(async (context) => {
        context.workbook.worksheets.getItem("一").tables.add("A5:D8", true);
        await context.sync();
      }),
    ).rejects.toThrow("merged");
  });
});
