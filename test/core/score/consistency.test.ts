/** Printed figures held against the counts: the two rows of the Yueyang table that contradict theirs. */
import { publishedEvaluation } from "../../helpers/fixtures";

describe("checkPrinted, on the published Yueyang table", () => {
  const { evaluation } = publishedEvaluation("yueyang-2017-q2-hotline-composite");
  const found = evaluation.problems
    .filter((p) => p.code.startsWith("inconsistent-"))
    .map((p) => [p.code, p.unit, p.printed, p.recomputed]);

  it("finds 华容县政府's on-time rate (printed 97.35 %, counts give 2211/2220 = 99.61 %) and its score", () => {
    const rate = found.find(
      ([code, unit]) => code === "inconsistent-rate" && unit === "华容县政府",
    );
    expect(rate?.[2]).toBeCloseTo(0.9735, 10);
    expect(rate?.[3]).toBeCloseTo(0.99606, 5);
    expect(found).toContainEqual(["inconsistent-score", "华容县政府", 98.5, 99.1]);
  });

  it("finds 市长江修防处 printed as 0 %, 70.0, D where its counts give 100 %, 100.0, A — and nothing else", () => {
    expect(found).toContainEqual(["inconsistent-rate", "市长江修防处", 0, 1]);
    expect(found).toContainEqual(["inconsistent-score", "市长江修防处", 70, 100]);
    expect(found).toContainEqual(["inconsistent-grade", "市长江修防处", "D", "A"]);
    expect(found).toHaveLength(5);
  });
});
