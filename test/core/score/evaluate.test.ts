/** The Yueyang table scored: the published first unit, the units set aside, the published order. */
import { publishedEvaluation, publishedRows } from "../../helpers/fixtures";

describe("evaluate, on the published Yueyang table", () => {
  const { evaluation } = publishedEvaluation("yueyang-2017-q2-hotline-composite");

  it("scores, grades and ranks 市自来水公司 as printed: 100.0, A, first", () => {
    expect(evaluation.units[0]).toMatchObject({
      unit: "市自来水公司",
      score: 100,
      grade: "A",
      rank: 1,
      groupRank: 1,
    });
  });

  it("gives every unit the printed score and grade except the two contradicting rows", () => {
    const printed = new Map(
      publishedRows("yueyang-2017-q2-hotline-composite").map((r) => [
        r["单位名称"] ?? r["部门名称"],
        r,
      ]),
    );
    const differ = evaluation.units.filter((u) => {
      const row = printed.get(u.unit);
      return (
        row &&
        (Number(row["综合指标值"]).toFixed(1) !== u.score?.toFixed(1) ||
          row["等级评价"] !== u.grade)
      );
    });
    expect(differ.map((u) => u.unit).sort()).toEqual(["华容县政府", "市长江修防处"].sort());
    expect(evaluation.units).toHaveLength(82);
  });

  it("sets aside the 8 units with no tickets, naming their cells", () => {
    const noTickets = evaluation.excluded.filter((e) => e.reason === "no-tickets");
    expect(noTickets).toHaveLength(8);
    expect(noTickets[0]).toMatchObject({ unit: "市科技局" });
    expect(noTickets[0]?.cell).toMatch(/!B84$/);
  });
});
