import { builtinScheme } from "../../../../src/core/schemes/builtin";
import { validateScheme } from "../../../../src/core/schemes/validate-scheme";
import { publishedEvaluation } from "../../../helpers/fixtures";

describe("hotline-monthly", () => {
  it("is a valid scheme, recognised from its published table", () => {
    expect(validateScheme(builtinScheme("hotline-monthly")).ok).toBe(true);
    expect(publishedEvaluation("jingzhou-2021-02-hotline-side-by-side").evaluation.scheme.id).toBe(
      "hotline-monthly",
    );
  });

  it("reproduces the monthly table: 洪湖市 with 666 tasks ranked above 监利市 (587)", () => {
    const { evaluation } = publishedEvaluation("jingzhou-2021-02-hotline-side-by-side");
    const unit = (name: string) => evaluation.units.find((u) => u.unit === name);
    expect(unit("洪湖市")?.measures["tasks"]).toBe(666);
    expect(evaluation.units.map((u) => u.unit).indexOf("洪湖市")).toBeLessThan(
      evaluation.units.map((u) => u.unit).indexOf("监利市"),
    );
  });
});
