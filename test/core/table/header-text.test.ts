import { foldHeader } from "../../../src/core/table/header-text";

describe("foldHeader", () => {
  it("drops units in brackets, spaces, line breaks and colons, and folds width and case", () => {
    expect(foldHeader("返工率（%）")).toBe("返工率");
    expect(foldHeader("应办理数\n(件)")).toBe("应办理");
    // The counting word at the end goes: 应办件, 应办件数 and 应办数 are one column.
    expect(["应办件", "应办件数", "应办数"].map(foldHeader)).toEqual(["应办", "应办", "应办"]);
    expect([foldHeader("阅读量"), foldHeader("阅读数"), foldHeader("总数")]).toEqual([
      "阅读",
      "阅读",
      "总数",
    ]);
    expect(foldHeader("ＢＣＩ")).toBe("bci");
    expect(foldHeader(" 满 意 率： ")).toBe("满意率");
    expect(foldHeader("群众满意率【%】")).toBe("群众满意率");
  });
});
