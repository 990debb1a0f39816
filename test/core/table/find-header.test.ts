import { builtinSchemes } from "../../../src/core/schemes/builtin";
import { knownHeaders } from "../../../src/core/schemes/detect";
import { findHeader } from "../../../src/core/table/find-header";

const known = knownHeaders(builtinSchemes());

describe("findHeader", () => {
  it("skips a title row and finds the header below it", () => {
    const header = findHeader(
      [
        ["岳阳市12345公众服务热线2017年二季度综合评价情况"],
        ["部门名称", "应办理数", "办理数"],
        ["市自来水公司", 663, 663],
      ],
      known,
    );
    expect(header).toMatchObject({ top: 1, bottom: 1, matches: 3 });
    expect(header?.written).toEqual(["部门名称", "应办理数", "办理数"]);
  });

  it("joins a header split over two rows when that recognises more", () => {
    const header = findHeader(
      [
        ["部门名称", "应办理", "办理", "超期办理"],
        ["", "数", "数", "数"],
        ["市自来水公司", 663, 663, 0],
      ],
      known,
    );
    expect(header).toMatchObject({ top: 0, bottom: 1 });
    expect(header?.folded).toEqual(["部门名称", "应办理", "办理", "超期办理"]);
  });

  it("finds nothing in a sheet with no known headers", () => {
    expect(
      findHeader(
        [
          ["甲", "乙"],
          [1, 2],
        ],
        known,
      ),
    ).toBeUndefined();
  });
});
