import { isLegalSheetName, legalSheetName, SheetNamer } from "../../../src/core/report/sheet-names";

describe("sheet names", () => {
  it("makes a wanted name legal: illegal characters, apostrophes, 31 characters", () => {
    expect(legalSheetName("排名-县市区/市直")).toBe("排名-县市区-市直");
    expect(legalSheetName("'q'")).toBe("q");
    expect(legalSheetName("a".repeat(40))).toBe("a".repeat(31));
    expect(legalSheetName("[]")).toBe("--");
    expect(legalSheetName("   ")).toBe("Sheet");
  });

  it("knows Excel's rules", () => {
    expect(isLegalSheetName("汇总")).toBe(true);
    expect(isLegalSheetName("a?b")).toBe(false);
    expect(isLegalSheetName("'x")).toBe(false);
    expect(isLegalSheetName("")).toBe(false);
  });

  it("hands out names unique ignoring case, numbered within the limit", () => {
    const namer = new SheetNamer(["排名", "Sheet1"]);
    expect(namer.name("排名")).toBe("排名-2");
    expect(namer.name("sheet1")).toBe("sheet1-2");
    expect(namer.name("排名")).toBe("排名-3");
    expect(namer.name("b".repeat(31))).toBe("b".repeat(31));
    expect(namer.name("B".repeat(31))).toBe(`${"B".repeat(29)}-2`);
  });
});
