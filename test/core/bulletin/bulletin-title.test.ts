import { bulletinBase } from "../../../src/core/bulletin/bulletin-title";

describe("the bulletin's title from the table's", () => {
  it.each([
    [
      "2017年二季度12345公众服务热线综合评价统计表",
      "综合评价",
      "2017年二季度12345公众服务热线综合评价",
    ],
    ["荆州市政务微博2021年2月排行榜(总榜TOP20)", "传播力", "荆州市政务微博2021年2月传播力"],
    ["荆州市政务微信2021年2月排行榜（市直TOP20）", "传播力", "荆州市政务微信2021年2月传播力"],
    ["2021年2月各单位办理情况(2021.2.1—2021.2.28)", "办理", "2021年2月各单位办理"],
    ["一季度综合评价情况一览表", "综合评价", "一季度综合评价"],
    ["二季度综合评价通报", "综合评价", "二季度综合评价"],
  ])("%s", (title, topic, base) => {
    expect(bulletinBase(title, { periodInTitle: true, topic })).toBe(base);
  });

  it("puts the period in front when the title has none", () => {
    expect(
      bulletinBase("各单位综合评价表", {
        period: "2017年第二季度",
        periodInTitle: false,
        topic: "综合评价",
      }),
    ).toBe("2017年第二季度各单位综合评价");
  });
});
