import { sampleTable } from "../../../src/core/sample/sample-table";
import { scoreGrid } from "../../../src/core/score/score-grid";

describe("the sample table", () => {
  it.each(["zh", "en"] as const)("scores to the bulletin's printed values (%s)", (lang) => {
    const sample = sampleTable(lang);
    const { reading, evaluation } = scoreGrid({
      sheet: sample.sheet,
      top: 0,
      left: 0,
      values: sample.rows,
      numberFormats: sample.rows.map(() => sample.formats),
    });
    expect(reading.scheme?.id).toBe("hotline-composite");
    expect(reading.confidence).toBe("sure");
    // 综合指标值 as printed in the Yueyang 2017 Q2 bulletin for these eight units.
    const printed: Record<string, number> = {
      岳阳县政府: 99.2,
      岳阳楼区政府: 98.9,
      湘阴县政府: 98.9,
      汨罗市政府: 99.6,
      临湘市政府: 97.7,
      市交警支队: 99.7,
      君山区政府: 99.7,
      平江县政府: 97.6,
    };
    expect(Object.fromEntries(evaluation?.units.map((u) => [u.unit, u.score]) ?? [])).toEqual(
      printed,
    );
    expect(evaluation?.problems.filter((p) => p.severity !== "info")).toEqual([]);
  });
});
