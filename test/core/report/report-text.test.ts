import {
  bottomTitle,
  gradeChartTitle,
  listJoin,
  rankingSheetName,
  rankMethodWord,
  topTitle,
  word,
} from "../../../src/core/report/report-text";

describe("the report's words", () => {
  it("names sheets and lists in each language", () => {
    expect(word("zh", "method")).toBe("计算方法");
    expect(word("en", "method")).toBe("Method");
    expect(rankingSheetName("zh", null)).toBe("排名");
    expect(rankingSheetName("zh", "县市区")).toBe("排名-县市区");
    expect(listJoin("zh", ["甲", "乙"])).toBe("甲、乙");
    expect(listJoin("en", ["a", "b"])).toBe("a, b");
  });

  it("titles the charts and the top and bottom lists", () => {
    expect(topTitle("zh", 10)).toBe("前10名");
    expect(bottomTitle("en", 5)).toBe("Bottom 5");
    expect(gradeChartTitle("zh", "市直单位")).toBe("等级分布（市直单位）");
    expect(rankMethodWord("zh", "dense")).toContain("1223");
  });
});
