/**
 * A ticket log through the Office shell against the strict fake (its 5 MB responses enforced):
 * 100 000 tickets read in a handful of syncs (values only once the header shows a log), progress
 * said after each block, a cancel honoured between blocks, and a unit's tickets shown with
 * Excel's filter on the ticket-number column.
 */
import { createFakeExcel } from "../fakes/excel/fake-excel";
import { runOf } from "../helpers/fake-workbook";
import { createOfficeWorkbook } from "../../src/excel/office-workbook";
import { scoreRun } from "../../src/core/run/plan-for-run";
import { syntheticTickets } from "../helpers/ticket-logs";

function logSheet(rows: number) {
  const fake = createFakeExcel();
  const sheet = fake.state.addSheet("工单明细");
  fake.state.fill(sheet, syntheticTickets(rows, "某市12345工单明细（2022年1月）") as never);
  fake.state.select(sheet.id, { top: 0, left: 0, bottom: 0, right: 0 });
  return { fake, sheet };
}

describe("a ticket log in Excel", () => {
  it("reads 100 000 tickets in few syncs, with progress, and counts them", async () => {
    const { fake } = logSheet(100_000);
    const progress: number[] = [];
    const before = fake.control.syncCount;
    const source = await createOfficeWorkbook(runOf(fake)).readSource(undefined, {
      onProgress: (rows) => progress.push(rows),
    });
    const syncs = fake.control.syncCount - before;
    expect(source.grid.values).toHaveLength(100_002);
    // The target: under 10 syncs for 100 000 tickets (the first block also finds the table).
    expect(syncs).toBeLessThan(10);
    expect(progress.at(-1)).toBe(100_002);
    expect(progress.length).toBeGreaterThan(1);
    const run = scoreRun(source.grid, null);
    expect(run.tickets?.tally.rows).toBe(100_000);
    expect(run.tickets?.headline.all.onTheSpot?.count).toBe(33_334);
  }, 60_000);

  it("stops between blocks when cancelled", async () => {
    const { fake } = logSheet(100_000);
    const controller = new AbortController();
    const reading = createOfficeWorkbook(runOf(fake)).readSource(undefined, {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(reading).rejects.toMatchObject({ text: { zh: "已取消读取。" } });
  }, 60_000);

  it("filters the log to a unit's tickets", async () => {
    const { fake, sheet } = logSheet(30);
    const workbook = createOfficeWorkbook(runOf(fake));
    await workbook.showOnly("工单明细", { top: 1, left: 0, bottom: 31, right: 11 }, 0, [
      "G20220000001",
      "G20220000002",
    ]);
    expect(fake.state.sheets.find((s) => s.id === sheet.id)?.autoFilter).toEqual({
      box: { top: 1, left: 0, bottom: 31, right: 11 },
      column: 0,
      values: ["G20220000001", "G20220000002"],
    });
    await expect(
      workbook.showOnly("工单明细", { top: 1, left: 0, bottom: 31, right: 11 }, 20, ["x"]),
    ).rejects.toBeTruthy();
  });
});
