/**
 * A reading's rows read by index (GridRows, #21) must say of each row what the row object says:
 * worked by hand on a sheet with a title, sections and two side-by-side blocks, and checked
 * against `at(i)` for every row; rows made by hand (rowList) read the same through valueAt and
 * formatAt.
 */
import fc from "fast-check";
import { builtinSchemes } from "../../../src/core/schemes/builtin";
import { GridRows } from "../../../src/core/table/grid-rows";
import type { CellGrid } from "../../../src/core/table/cell-grid";
import { readTable } from "../../../src/core/table/read-table";
import {
  formatAt,
  rowList,
  valueAt,
  type RowList,
  type SourceRow,
} from "../../../src/core/table/source-row";
import { COMPOSITE_HEADER } from "../../helpers/hostile";

/** Two blocks side by side (A–G and H–N), a title above, a section row in each block's first column. */
function sideBySide(): CellGrid {
  const unit = (name: string, due: number): (string | number)[] => [name, due, due, 0, 0, 0, 0.95];
  return {
    sheet: "表",
    top: 2, // the grid starts at sheet row 3
    left: 1, // and at column B
    values: [
      ["某市12345热线2026年一季度综合评价情况"],
      [...COMPOSITE_HEADER, ...COMPOSITE_HEADER],
      ["县市区", null, null, null, null, null, null, "市直单位"],
      [...unit("甲县", 10), ...unit("市水务局", 30)],
      [...unit("乙县", 20), ...unit("市交通局", 40)],
    ],
    numberFormats: [[], [], [], ["@", "0", "0", "0", "0", "0", "0.00%"], []],
  };
}

function expectSameAsObjects(rows: RowList): void {
  for (let i = 0; i < rows.length; i++) {
    const row: SourceRow = rows.at(i);
    expect(rows.at(i)).toBe(row); // made once
    expect(rows.unit(i)).toBe(row.unit);
    expect(rows.section(i)).toBe(row.section);
    expect(rows.block(i)).toBe(row.block);
    expect(rows.sheetRow(i)).toBe(row.sheetRow);
    expect(rows.values(i)).toBe(row.raw?.values);
    expect(rows.formats(i)).toBe(row.raw?.formats);
    expect(rows.columns(i)).toBe(row.raw?.columns);
    expect(rows.merged(i)).toBe(row.raw?.merged ?? false);
    for (const id of Object.keys(row.cells)) {
      expect(valueAt(rows, i, id)).toBe(row.cells[id]?.value);
      expect(formatAt(rows, i, id)).toBe(row.cells[id]?.format);
    }
  }
  expect(rows.all()).toEqual(Array.from({ length: rows.length }, (_, i) => rows.at(i)));
}

describe("GridRows", () => {
  it("holds each unit's name, section, block and sheet row, read by index as the row says them", () => {
    const reading = readTable(sideBySide(), { schemes: builtinSchemes() });
    const rows = reading.rows;
    // Block after block: 甲县 and 乙县 under 县市区, then 市水务局 and 市交通局 under 市直单位.
    expect(rows.length).toBe(4);
    expect([0, 1, 2, 3].map((i) => rows.unit(i))).toEqual(["甲县", "乙县", "市水务局", "市交通局"]);
    expect([0, 1, 2, 3].map((i) => rows.section(i))).toEqual([
      "县市区",
      "县市区",
      "市直单位",
      "市直单位",
    ]);
    expect([0, 1, 2, 3].map((i) => rows.block(i))).toEqual([0, 0, 1, 1]);
    // Grid rows 3 and 4 are sheet rows 5 and 6 (zero-based): the grid starts at sheet row 3.
    expect([0, 1, 2, 3].map((i) => rows.sheetRow(i))).toEqual([5, 6, 5, 6]);
    // The second block's 应办理数 is grid column 8 (I): 30 for 市水务局.
    expect(valueAt(rows, 2, "due")).toBe(30);
    expect(valueAt(rows, 0, "due")).toBe(10);
    expect(formatAt(rows, 0, "satisfactionRate")).toBe("0.00%");
    expect(valueAt(rows, 0, "no-such-field")).toBeUndefined();
    // Its name cell: sheet column B (left 1) of sheet row 6, for 乙县.
    expect(rows.at(1).unitCell).toBe("表!B7");
    expect(rows.at(2).unitCell).toBe("表!I6");
    expectSameAsObjects(rows);
    expect(() => rows.at(4)).toThrow(RangeError);
    expect(() => rows.at(-1)).toThrow(RangeError);
  });

  it("reads rows made by hand through the same list", () => {
    const made: SourceRow[] = [
      {
        sheetRow: 4,
        block: 0,
        unit: "市水务局",
        section: "市直单位",
        unitCell: "表!A5",
        cells: {
          due: { value: 12, format: "0", address: "表!B5" },
          satisfaction: { value: "96%", address: "表!G5" },
        },
      },
    ];
    const rows = rowList(made);
    expect(rows.length).toBe(1);
    expect(rows.values(0)).toBeUndefined(); // no grid row: read the cells
    expect(rows.columns(0)).toBeUndefined();
    expect(valueAt(rows, 0, "due")).toBe(12);
    expect(formatAt(rows, 0, "due")).toBe("0");
    expect(valueAt(rows, 0, "satisfaction")).toBe("96%");
    expect(valueAt(rows, 0, "late")).toBeUndefined();
    expectSameAsObjects(rows);
    expect(() => rows.at(1)).toThrow(RangeError);
  });

  it("says each row's section as it was added, sections kept as runs", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(undefined, "县市区", "市直单位", "乡镇"), { maxLength: 60 }),
        (sections) => {
          const rows = new GridRows([], [], sections.length);
          sections.forEach((section, i) => rows.add(0, i, i, `单位${i}`, section, false));
          expect(sections.map((_, i) => rows.section(i))).toEqual(sections);
        },
      ),
    );
  });
});
