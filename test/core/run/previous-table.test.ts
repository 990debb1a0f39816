import { readPreviousTable, mappingByHeader } from "../../../src/core/run/previous-table";
import { scoreGrid } from "../../../src/core/score/score-grid";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/run-settings";
import type { CellGrid } from "../../../src/core/table/cell-grid";

const grid = (sheet: string, rework: string, left = 0): CellGrid => ({
  sheet,
  top: 0,
  left,
  values: [
    ["部门名称", "应办理数", "办理数", "超期办理数", rework, "群众满意率"],
    ["市水务局", 10, 10, 0, 1, 1],
    ["市交通局", 20, 19, 1, 0, 0.9],
  ],
});

describe("last period read like this period", () => {
  const request = { ...DEFAULT_SETTINGS, mapping: { rework: "E", dissatisfied: "" } };
  const now = scoreGrid(grid("10月", "打回件数"), { mapping: request.mapping });
  if (!now.evaluation) throw new Error("this period's table must score");
  const current = { reading: now.reading, evaluation: now.evaluation, left: 0 };

  it("turns this period's column letters into its headers", () => {
    expect(mappingByHeader(now.reading, 0, request.mapping)).toEqual({
      rework: "打回件数",
      dissatisfied: "",
    });
  });

  it("finds last period's column by the same header, wherever it stands", () => {
    const previous = readPreviousTable([grid("9月", "打回件数", 3)], current, request);
    expect(previous?.evaluation?.units.map((u) => u.unit)).toEqual(["市水务局", "市交通局"]);
  });

  it("takes the clerk's mapping for last period where its header differs", () => {
    const other = grid("8月", "退单数");
    expect(readPreviousTable([other], current, request)?.evaluation?.units).toEqual([]);
    const mapped = readPreviousTable([other], current, {
      ...request,
      previousMapping: { rework: "E" },
    });
    expect(mapped?.evaluation?.units).toHaveLength(2);
  });
});
