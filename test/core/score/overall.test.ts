/** Σ/Σ rates and grade shares of the Yueyang table, against its printed totals. */
import { publishedEvaluation, publishedRows } from "../../helpers/fixtures";

describe("overallFigures, on the published Yueyang table", () => {
  const { evaluation } = publishedEvaluation("yueyang-2017-q2-hotline-composite");
  const rows = publishedRows("yueyang-2017-q2-hotline-composite");
  const sum = (header: string) => rows.reduce((s, r) => s + (Number(r[header]) || 0), 0);

  it("totals the counts of every unit as printed", () => {
    expect(evaluation.overall.totals["due"]).toBe(sum("应办理数"));
    expect(evaluation.overall.totals["handled"]).toBe(sum("办理数"));
    expect(evaluation.overall.totals).toMatchObject({
      due: 38742,
      handled: 38695,
      late: 270,
      rework: 81,
    });
  });

  it("takes overall rates as Σ numerators ÷ Σ denominators, not a mean of rates", () => {
    expect(evaluation.overall.rates["completionRate"]).toEqual({
      value: 38695 / 38742,
      numerator: 38695,
      denominator: 38742,
    });
    expect(evaluation.overall.rates["onTimeRate"]?.numerator).toBe(38695 - 270);
  });

  it("gives grade shares over all 90 units, the 8 with no tickets included", () => {
    expect(evaluation.overall.population).toBe(90);
    expect(evaluation.overall.noTicketCount).toBe(8);
    expect(evaluation.overall.grades.map((g) => [g.label, g.count])).toEqual([
      ["A", 73],
      ["B", 4],
      ["C", 4],
      ["D", 0],
      ["E", 1],
    ]);
    expect(evaluation.overall.grades[0]?.share).toBe(73 / 90);
    expect(evaluation.overall.zeroUnits["completionRate"]).toEqual(["市审计局"]);
  });
});
