import { scoreGrid } from "../../../src/core/score/score-grid";
import { publishedGrid } from "../../helpers/fixtures";

describe("scoreGrid", () => {
  it("recognises the scheme from the headers and scores the table in one call", () => {
    const { reading, evaluation } = scoreGrid(publishedGrid("jingzhou-2021-02-weibo-bci"));
    expect(reading.scheme?.id).toBe("weibo-bci");
    expect(evaluation?.units[0]).toMatchObject({ unit: "荆州市检察院", score: 1218.42, rank: 1 });
  });

  it("reads no scheme, and scores nothing, from a sheet with no header", () => {
    const { reading, evaluation } = scoreGrid({
      sheet: "S",
      top: 0,
      left: 0,
      values: [["甲", "乙"]],
    });
    expect(reading.scheme).toBeUndefined();
    expect(evaluation).toBeUndefined();
    expect(reading.problems[0]?.severity).toBe("error");
  });
});
