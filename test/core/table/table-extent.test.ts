import { continuation } from "../../../src/core/table/table-extent";
import { knownHeaders } from "../../../src/core/schemes/detect";
import { builtinSchemes } from "../../../src/core/schemes/builtin";

const known = knownHeaders(builtinSchemes());
const unit = (name: string): (string | number | null)[] => [name, 10, 9, 0, 1];
const blank = [null, null, null, null, null];

describe("continuation", () => {
  it("goes on across a blank row when the rows below fill the same columns", () => {
    expect(continuation([blank, unit("市水务局"), unit("市交通局")], 5, known)).toEqual({
      lastRow: 2,
      gaps: [0],
      open: true,
    });
  });

  it("stops at a note, a title, a new header, or a gap of more than three rows", () => {
    expect(
      continuation([blank, ["注：返工数含退回件", null, null, null, null]], 5, known).lastRow,
    ).toBe(-1);
    expect(
      continuation(
        [blank, ["9月份综合评价情况", null, null, null, null], unit("市水务局")],
        5,
        known,
      ).lastRow,
    ).toBe(-1);
    expect(
      continuation(
        [blank, ["单位名称", "应办件", "已办结", "超期办结", "退回重办数"], unit("x")],
        5,
        known,
      ).lastRow,
    ).toBe(-1);
    expect(continuation([blank, blank, blank, blank, unit("市水务局")], 5, known)).toMatchObject({
      lastRow: -1,
      open: false,
    });
  });

  it("takes the rows after a gap of three, and the gap's rows, and says when it ran out of rows", () => {
    expect(continuation([blank, blank, blank, unit("a"), unit("b"), blank], 5, known)).toEqual({
      lastRow: 4,
      gaps: [0, 1, 2],
      open: true,
    });
  });

  it("ends right away when the next row is not the table's", () => {
    expect(continuation([["制表：张三", null, null, null, null]], 5, known)).toEqual({
      lastRow: -1,
      gaps: [],
      open: false,
    });
  });
});

describe("a ticket log past a blank row", () => {
  it("goes on when a row only mentions header words among its data", () => {
    const row = [
      "G1",
      "2022-01-05 09:00",
      "转办",
      "市住建局",
      "县市区",
      "2022-01-06 10:00",
      "是",
      "不满意",
    ];
    const known = new Set(["转办", "不满意", "单位名称", "应办理"]);
    expect(continuation([[], row, row], row.length, known)).toEqual({
      lastRow: 2,
      gaps: [0],
      open: true,
    });
    // Its own header again ends it.
    expect(continuation([[], ["单位名称", "应办理", "转办"], row], 3, known).lastRow).toBe(-1);
  });
});
