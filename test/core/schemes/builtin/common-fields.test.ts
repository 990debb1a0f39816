import { countMeasures, UNIT_FIELD } from "../../../../src/core/schemes/builtin/common-fields";

describe("common fields", () => {
  it("knows a unit's column by the headers bulletins use", () => {
    expect(UNIT_FIELD.synonyms).toEqual(
      expect.arrayContaining(["部门名称", "单位名称", "乡镇", "微博号", "公众号"]),
    );
    expect(UNIT_FIELD.required).toBe(true);
  });

  it("makes one count measure per count field, labelled as the field", () => {
    const measures = countMeasures([
      { id: "posts", label: { zh: "发博数", en: "Posts" }, kind: "count", synonyms: ["发博数"] },
      { id: "unit", label: { zh: "单位", en: "Unit" }, kind: "unit", synonyms: ["单位"] },
    ]);
    expect(measures).toEqual([
      expect.objectContaining({
        kind: "input",
        id: "posts",
        input: "posts",
        label: { zh: "发博数", en: "Posts" },
      }),
    ]);
  });
});
