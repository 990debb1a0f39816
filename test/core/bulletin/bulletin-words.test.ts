import { BULLETIN_WORDS } from "../../../src/core/bulletin/bulletin-words";

describe("the bulletin's words", () => {
  it("number headings in each language's way", () => {
    expect(BULLETIN_WORDS.zh.numbered(0, "运行情况")).toBe("一、运行情况");
    expect(BULLETIN_WORDS.zh.numbered(5, "数据说明")).toBe("六、数据说明");
    expect(BULLETIN_WORDS.en.numbered(1, "Overview")).toBe("2. Overview");
  });

  it("say a volume's change with 增加/减少 and the growth, or 持平", () => {
    const against = BULLETIN_WORDS.zh.against("yoy", "quarter");
    expect(BULLETIN_WORDS.zh.volumeChange("承办工单", against, 7181, "7181件", "11.2%")).toBe(
      "，承办工单同比增加7181件，增幅11.2%",
    );
    expect(BULLETIN_WORDS.zh.volumeChange("承办工单", "环比", -20, "20件")).toBe(
      "，承办工单环比减少20件",
    );
    expect(BULLETIN_WORDS.zh.volumeSame("承办工单", "较上期")).toBe("，承办工单较上期持平");
    expect(BULLETIN_WORDS.en.volumeChange("tasks", "year on year", 5, "5", "1.0%")).toBe(
      "; tasks up 5 year on year (+1.0%)",
    );
  });

  it("measure a change against the period before, named by the period's kind", () => {
    expect(BULLETIN_WORDS.zh.against(undefined, "quarter")).toBe("较上季度");
    expect(BULLETIN_WORDS.zh.against(undefined, "month")).toBe("较上月");
    expect(BULLETIN_WORDS.zh.against(undefined, undefined)).toBe("较上期");
    expect(BULLETIN_WORDS.zh.against("yoy", "quarter")).toBe("同比");
    expect(BULLETIN_WORDS.zh.against("mom", "month")).toBe("环比");
  });

  it("write C-and-below as the bulletins do: count, change on last period, names", () => {
    expect(
      BULLETIN_WORDS.zh.lowUnits("责任单位", "C", 6, { against: "较上季度", by: 2 }, ["甲", "乙"]),
    ).toBe("考核等级在C类及以下的责任单位6家，较上季度增加2家，分别是：甲、乙。");
    expect(
      BULLETIN_WORDS.zh.lowUnits("责任单位", "C", 1, { against: "较上月", by: 0 }, ["甲"]),
    ).toBe("考核等级在C类及以下的责任单位1家，与上月持平，分别是：甲。");
  });

  it("leave marked blanks for what the table does not hold", () => {
    expect(BULLETIN_WORDS.zh.blank("受理总量")).toBe("【待填：受理总量】");
    expect(BULLETIN_WORDS.zh.opening("2017年第二季度", undefined, "quarter")).toMatch(
      /^2017年第二季度，共受理群众诉求【待填：受理总量】件，同比/,
    );
  });
});
