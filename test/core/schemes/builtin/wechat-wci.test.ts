import { builtinScheme } from "../../../../src/core/schemes/builtin";
import { validateScheme } from "../../../../src/core/schemes/validate-scheme";
import { publishedEvaluation } from "../../../helpers/fixtures";

describe("wechat-wci", () => {
  it("is a valid scheme, recognised from its published table", () => {
    expect(validateScheme(builtinScheme("wechat-wci")).ok).toBe(true);
    expect(publishedEvaluation("jingzhou-2021-02-wechat-wci-city").evaluation.scheme.id).toBe(
      "wechat-wci",
    );
  });

  it("reproduces WCI: 荆州发布 first, near its printed 983.17 and marked approximate", () => {
    const { evaluation } = publishedEvaluation("jingzhou-2021-02-wechat-wci-city");
    const unit = (name: string) => evaluation.units.find((u) => u.unit === name);
    expect(unit("荆州发布")?.rank).toBe(1);
    // Likes are not printed: 在看 stands in, so the result is approximate (within 2.5 % of 983.17).
    expect(Math.abs((unit("荆州发布")?.score ?? 0) / 983.17 - 1)).toBeLessThan(0.025);
    expect(unit("荆州发布")?.approximate).toBe(true);
  });
});
