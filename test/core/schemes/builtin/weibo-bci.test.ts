import { builtinScheme } from "../../../../src/core/schemes/builtin";
import { validateScheme } from "../../../../src/core/schemes/validate-scheme";
import { publishedEvaluation } from "../../../helpers/fixtures";

describe("weibo-bci", () => {
  it("is a valid scheme, recognised from its published table", () => {
    expect(validateScheme(builtinScheme("weibo-bci")).ok).toBe(true);
    expect(publishedEvaluation("jingzhou-2021-02-weibo-bci").evaluation.scheme.id).toBe(
      "weibo-bci",
    );
  });

  it("reproduces BCI: 湖北荆州交警 as printed, 1124.32, second", () => {
    const { evaluation } = publishedEvaluation("jingzhou-2021-02-weibo-bci");
    const unit = (name: string) => evaluation.units.find((u) => u.unit === name);
    expect(unit("湖北荆州交警")).toMatchObject({ score: 1124.32, rank: 2 });
  });
});
