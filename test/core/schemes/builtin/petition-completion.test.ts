import { builtinScheme } from "../../../../src/core/schemes/builtin";
import { validateScheme } from "../../../../src/core/schemes/validate-scheme";
import { publishedEvaluation } from "../../../helpers/fixtures";

describe("petition-completion", () => {
  it("is a valid scheme, recognised from its published table", () => {
    expect(validateScheme(builtinScheme("petition-completion")).ok).toBe(true);
    expect(publishedEvaluation("shiyan-county-2020-q1-petition-towns").evaluation.scheme.id).toBe(
      "petition-completion",
    );
  });

  it("reproduces online petitions: 城关镇 97 of 97 closed, 100.00", () => {
    const { evaluation } = publishedEvaluation("shiyan-county-2020-q1-petition-towns");
    const unit = (name: string) => evaluation.units.find((u) => u.unit === name);
    expect(unit("城关镇")).toMatchObject({
      score: 100,
      measures: expect.objectContaining({ letters: 97, closed: 97 }),
    });
  });
});
