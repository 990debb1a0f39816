import { CELL_LOOKS, widthInPoints } from "../../../src/core/report/cell-look";

describe("cell looks", () => {
  it("converts a width in characters to points as Excel does: (7 px · n + 5 px) · 0.75", () => {
    expect(widthInPoints(10)).toBe(56.25);
    expect(widthInPoints(0)).toBe(3.75);
  });

  it("makes headers bold and centred, wrapping", () => {
    expect(CELL_LOOKS.header).toMatchObject({ bold: true, horizontal: "center", wrap: true });
    expect(CELL_LOOKS.plain).toEqual({});
  });
});
