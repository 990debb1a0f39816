import {
  cellAddress,
  columnIndex,
  columnLetters,
  quoteSheetName,
  rangeAddress,
} from "../../../src/core/table/address";

describe("addresses", () => {
  it("turns column numbers into letters and back, past Z and ZZ", () => {
    expect([0, 25, 26, 701, 702, 16383].map(columnLetters)).toEqual([
      "A",
      "Z",
      "AA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
    expect(["a", "Z", "AA", "XFD"].map(columnIndex)).toEqual([0, 25, 26, 16383]);
    expect(columnIndex("A1")).toBeUndefined();
    expect(columnIndex("ABCD")).toBeUndefined();
  });

  it("quotes a sheet name only when Excel would", () => {
    expect(quoteSheetName("Sheet1")).toBe("Sheet1");
    expect(quoteSheetName("排名-县市区")).toBe("'排名-县市区'");
    expect(quoteSheetName("汇总")).toBe("汇总");
    expect(quoteSheetName("Bob's")).toBe("'Bob''s'");
    expect(quoteSheetName("1月")).toBe("'1月'");
  });

  it("writes cells and ranges from zero-based indexes", () => {
    expect(cellAddress("Sheet1", 10, 5)).toBe("Sheet1!F11");
    expect(rangeAddress("My Sheet", 0, 0, 91, 11)).toBe("'My Sheet'!A1:L92");
  });
});
