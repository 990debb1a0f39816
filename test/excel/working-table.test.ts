/**
 * The table the clerk works on, through the Office shell against the strict fake: a click inside
 * it keeps it, a blank row inside it does not cut it (and is said), cell edits are heard, and the
 * sample sheet is inserted without touching anything else.
 */
import { createFakeExcel } from "../fakes/excel/fake-excel";
import { runOf } from "../helpers/fake-workbook";
import { createOfficeWorkbook } from "../../src/excel/office-workbook";
import { scoreGrid } from "../../src/core/score/score-grid";

const HEADER = ["部门名称", "应办理数", "办理数", "超期办理数", "返工数", "群众满意率"];
const unit = (name: string, due: number) => [name, due, due, 0, 0, 1];

function sheetWithBlankRow() {
  const fake = createFakeExcel();
  const sheet = fake.state.addSheet("10月");
  fake.state.fill(sheet, [
    ["10月份综合评价"],
    HEADER,
    unit("市水务局", 10),
    unit("市交通局", 20),
    [null],
    unit("市民政局", 30),
    unit("市公安局", 40),
    [null],
    ["注：无"],
  ]);
  return { fake, sheet };
}

describe("the table the clerk works on", () => {
  it("reads past a blank row inside the table, and says so", async () => {
    const { fake, sheet } = sheetWithBlankRow();
    fake.state.select(sheet.id, { top: 2, left: 0, bottom: 2, right: 0 });
    const source = await createOfficeWorkbook(runOf(fake)).readSource();
    expect(source.address).toBe("'10月'!A1:F7");
    expect(source.foundBy).toBe("region");
    expect(source.notes.map((n) => n.zh)).toEqual([
      "第 5 行是空行，下面到第 7 行与表格同列，已一并读取。如果下面是另一张表，请只选中本表后再试。",
    ]);
    expect(scoreGrid(source.grid).evaluation?.units).toHaveLength(4);
  });

  it("keeps the table when she clicks one of its cells, or selects a row of it", async () => {
    const { fake, sheet } = sheetWithBlankRow();
    const workbook = createOfficeWorkbook(runOf(fake));
    fake.state.select(sheet.id, { top: 0, left: 0, bottom: 6, right: 5 });
    const first = await workbook.readSource();
    fake.state.select(sheet.id, { top: 5, left: 1, bottom: 5, right: 1 });
    const again = await workbook.readSource(first);
    expect([again.address, again.foundBy]).toEqual(["'10月'!A1:F7", "kept"]);
    fake.state.select(sheet.id, { top: 3, left: 0, bottom: 3, right: 5 });
    expect((await workbook.readSource(first)).address).toBe("'10月'!A1:F7");
    // A block of its own elsewhere is a new table.
    fake.state.select(sheet.id, { top: 1, left: 0, bottom: 3, right: 5 });
    expect((await workbook.readSource(first)).address).toBe("'10月'!A2:F4");
  });

  it("hears the clerk's edits, by sheet", async () => {
    const { fake, sheet } = sheetWithBlankRow();
    const workbook = createOfficeWorkbook(runOf(fake));
    const heard: string[] = [];
    const stop = await workbook.onCellsChanged((id) => heard.push(id));
    fake.state.edit(sheet.id, 2, 1, 11);
    await stop();
    fake.state.edit(sheet.id, 2, 1, 12);
    expect(heard).toEqual([sheet.id]);
  });

  it("inserts the sample on a sheet of its own, named apart from hers, and selects it", async () => {
    const fake = createFakeExcel();
    const mine = fake.state.addSheet("示例");
    fake.state.fill(mine, [["我的东西"]]);
    const workbook = createOfficeWorkbook(runOf(fake));
    expect(await workbook.insertSample("zh")).toBe("示例-2");
    expect(mine.cells.get("0,0")?.value).toBe("我的东西");
    const source = await workbook.readSource();
    expect(source.grid.sheet).toBe("示例-2");
    const { evaluation } = scoreGrid(source.grid);
    expect(evaluation?.units.map((u) => u.score)).toHaveLength(8);
  });
});
