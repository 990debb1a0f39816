import { unitNote } from "../../../src/core/report/unit-note";
import { publishedEvaluation } from "../../helpers/fixtures";

describe("unitNote", () => {
  const { evaluation } = publishedEvaluation("yueyang-2017-q2-hotline-composite");
  const unit = (name: string) => evaluation.units.find((u) => u.unit === name)!;

  it("says a row contradicts its counts, and says nothing of a clean row", () => {
    expect(unitNote(evaluation.scheme, unit("市长江修防处"), "zh")).toBe(
      "原表数字与其计数不符，见问题清单",
    );
    expect(unitNote(evaluation.scheme, unit("市自来水公司"), "zh")).toBe("");
  });

  it("names a rate of 0 (市审计局's completion rate)", () => {
    expect(unitNote(evaluation.scheme, unit("市审计局"), "zh")).toContain("办结率");
  });

  it("marks WCI's approximate results", () => {
    const wci = publishedEvaluation("jingzhou-2021-02-wechat-wci-city").evaluation;
    const first = wci.units[0]!;
    expect(unitNote(wci.scheme, first, "zh")).not.toBe("");
  });
});
