import { displayWidth } from "../../../src/core/text/display-width";

describe("displayWidth", () => {
  it("counts CJK and full-width characters as two columns", () => {
    expect(displayWidth("BCI")).toBe(3);
    expect(displayWidth("市自来水公司")).toBe(12);
    expect(displayWidth("１２３")).toBe(6);
    expect(displayWidth("A类（3）")).toBe(1 + 2 + 2 + 1 + 2);
    expect(displayWidth("")).toBe(0);
  });
});
