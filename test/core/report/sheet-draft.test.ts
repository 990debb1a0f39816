import { numberCell, text } from "../../../src/core/report/cells";
import { SheetDraft } from "../../../src/core/report/sheet-draft";

const print = { orientation: "portrait" as const, fitToWidth: true as const, header: "标题" };

describe("SheetDraft", () => {
  it("sizes columns from what they show (CJK twice as wide), ignoring merged title cells", () => {
    const draft = new SheetDraft("k", "summary", "汇总");
    draft.addRow([text("一个很长很长很长很长很长很长的标题", "title")]);
    draft.merge({ top: 0, left: 0, bottom: 0, right: 1 });
    draft.addRow([text("市自来水公司"), numberCell(0.99876, "0.00%")]);
    const sheet = draft.finish(print);
    // 市自来水公司: 12 columns + 2; 99.88%: 6 + 2 → the minimum width wins.
    expect(sheet.columnWidths[0]).toBe(14);
    expect(sheet.rows[1]?.[1]?.value).toEqual({ kind: "number", value: 0.99876 });
  });

  it("sizes a number column from its widest figure, whatever the order, the sign or the format", () => {
    const draft = new SheetDraft("k", "summary", "汇总");
    // Column 0: "1234567.9" (9 + 2 = 11) is the widest of the 0.0 figures; "-98765.43" (9 + 2)
    // under 0.00; a formula's cached figure counts like a number.
    for (const value of [12.3, 1234567.89, 5, 0.04]) draft.addRow([numberCell(value, "0.0")]);
    draft.addRow([numberCell(-98765.432, "0.00")]);
    draft.addRow([
      null,
      { value: { kind: "formula", formula: "=1", cached: -123456789.5 }, format: "0" },
    ]);
    draft.addRow([null, numberCell(0.5, "0.00%")]);
    const widths = draft.finish(print).columnWidths;
    expect(widths[0]).toBe(11);
    // "-123456790" is 10 characters (rounded by the format) + 2; "50.00%" is only 6.
    expect(widths[1]).toBe(12);
  });

  it("makes a wrapped row tall enough for its lines, 15 points a line", () => {
    const draft = new SheetDraft("k", "summary", "汇总");
    draft.fixWidth(0, 11);
    draft.addRow([text("岳".repeat(25), undefined, true)]);
    // 25 CJK characters = 50 columns in a 10-column width: 5 lines.
    expect(draft.finish(print).rowHeights[0]).toBe(75);
  });

  it("places cells by row and column, padding with empty cells", () => {
    const draft = new SheetDraft("k", "summary", "汇总");
    draft.set(2, 3, text("x"));
    expect(draft.rows).toHaveLength(3);
    expect(draft.rows[2]).toEqual([null, null, null, text("x")]);
  });
});
