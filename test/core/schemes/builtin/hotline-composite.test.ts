import { builtinScheme } from "../../../../src/core/schemes/builtin";
import { validateScheme } from "../../../../src/core/schemes/validate-scheme";
import { publishedEvaluation } from "../../../helpers/fixtures";

describe("hotline-composite", () => {
  it("is a valid scheme, recognised from its published table", () => {
    expect(validateScheme(builtinScheme("hotline-composite")).ok).toBe(true);
    expect(publishedEvaluation("yueyang-2017-q2-hotline-composite").evaluation.scheme.id).toBe(
      "hotline-composite",
    );
  });

  it("reproduces the comprehensive evaluation: 岳阳县政府 as printed, 99.2, A", () => {
    const { evaluation } = publishedEvaluation("yueyang-2017-q2-hotline-composite");
    const unit = (name: string) => evaluation.units.find((u) => u.unit === name);
    expect(unit("岳阳县政府")).toMatchObject({ score: 99.2, grade: "A" });
  });
});
