import { valuesWithMergesFilled, type CellGrid } from "../../../src/core/table/cell-grid";

describe("valuesWithMergesFilled", () => {
  it("fills a merged area with its top-left value and leaves the input as it was", () => {
    const grid: CellGrid = {
      sheet: "Sheet1",
      top: 0,
      left: 0,
      values: [
        ["标题", null, null],
        ["单位", "办结率", null],
      ],
      merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
    };
    expect(valuesWithMergesFilled(grid)).toEqual([
      ["标题", "标题", "标题"],
      ["单位", "办结率", null],
    ]);
    expect(grid.values[0]).toEqual(["标题", null, null]);
  });

  it("returns the values themselves when nothing is merged", () => {
    const grid: CellGrid = { sheet: "S", top: 0, left: 0, values: [[1]] };
    expect(valuesWithMergesFilled(grid)).toBe(grid.values);
  });
});
