import {
  chartedValue,
  groupSlices,
  rankKey,
  sliceUnits,
} from "../../../src/core/report/report-context";
import { publishedEvaluation } from "../../helpers/fixtures";

describe("report context", () => {
  it("splits the Yueyang units by group in the order they come: 72, 4 and 6", () => {
    const { evaluation } = publishedEvaluation("yueyang-2017-q2-hotline-composite");
    expect(groupSlices(evaluation).map((s) => [s.group, s.at.length])).toEqual([
      ["综合评价A类单位", 72],
      ["综合评价B类单位", 4],
      ["综合评价C类及以下单位", 6],
    ]);
    expect(rankKey(evaluation)).toEqual({ key: "score", direction: "desc" });
    expect(chartedValue(evaluation)).toBe("score");
  });

  it("keeps an ungrouped table whole, and charts the rank key of a scheme without a score", () => {
    const bci = publishedEvaluation("jingzhou-2021-02-weibo-bci").evaluation;
    const [whole, ...more] = groupSlices(bci);
    expect(more).toEqual([]);
    expect(whole?.group).toBeNull();
    expect(whole && sliceUnits(bci, whole)).toEqual(bci.units);
    const monthly = publishedEvaluation("jingzhou-2021-02-hotline-side-by-side").evaluation;
    expect(chartedValue(monthly)).toBe(rankKey(monthly).key);
  });
});
