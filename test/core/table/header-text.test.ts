import { foldHeader } from "../../../src/core/table/header-text";

describe("foldHeader", () => {
  it("drops units in brackets, spaces, line breaks and colons, and folds width and case", () => {
    expect(foldHeader("返工率（%）")).toBe("返工率");
    expect(foldHeader("应办理数\n(件)")).toBe("应办理数");
    expect(foldHeader("ＢＣＩ")).toBe("bci");
    expect(foldHeader(" 满 意 率： ")).toBe("满意率");
    expect(foldHeader("群众满意率【%】")).toBe("群众满意率");
  });
});
