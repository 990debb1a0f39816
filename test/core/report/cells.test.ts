import {
  formula,
  link,
  MAX_CELL_TEXT,
  numberCell,
  shownText,
  text,
} from "../../../src/core/report/cells";

describe("plan cells", () => {
  it("keeps text as text, cut visibly at Excel's 32 767 characters", () => {
    expect(text("=HYPERLINK(1)")).toEqual({
      value: { kind: "text", text: "=HYPERLINK(1)" },
      format: "@",
      style: undefined,
      wrap: undefined,
    });
    const long = text("局".repeat(40_000));
    expect(long.value.kind === "text" && long.value.text.length).toBe(MAX_CELL_TEXT);
    expect(long.value.kind === "text" && long.value.text.endsWith("…")).toBe(true);
  });

  it("leaves out numbers that are not finite, and never gives a formula the text format", () => {
    expect(numberCell(Number.NaN, "0.0")).toBeNull();
    expect(numberCell(Infinity, "0.0")).toBeNull();
    expect(numberCell(98.5, "0.0")).toEqual({
      value: { kind: "number", value: 98.5 },
      format: "0.0",
    });
    expect(formula("=1+1", 2, "@").format).toBe("General");
    expect(link("F11", "'Sheet1'!F11").value).toEqual({
      kind: "link",
      text: "F11",
      target: "'Sheet1'!F11",
    });
  });

  it("shows a value as its format prints it", () => {
    expect(shownText(numberCell(0.99876, "0.00%") ?? text(""))).toBe("99.88%");
    expect(shownText(numberCell(98.46, "0.0") ?? text(""))).toBe("98.5");
    expect(shownText(formula("=A1", null, "0"))).toBe("");
    expect(shownText(link("市自来水公司", "x"))).toBe("市自来水公司");
  });
});
