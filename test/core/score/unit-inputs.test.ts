import { builtinSchemes } from "../../../src/core/schemes/builtin";
import { readUnitInputs } from "../../../src/core/score/unit-inputs";
import { readTable } from "../../../src/core/table/read-table";
import { publishedGrid } from "../../helpers/fixtures";

function rowOf(fixture: string, unit: string) {
  const reading = readTable(publishedGrid(fixture), { schemes: builtinSchemes() });
  const row = reading.rows.all().find((r) => r.unit === unit);
  if (!row || !reading.scheme) throw new Error(`no row for ${unit}`);
  return { scheme: reading.scheme, row };
}

describe("readUnitInputs", () => {
  it("reads 岳阳县政府's counts and printed rate as numbers", () => {
    const { scheme, row } = rowOf("yueyang-2017-q2-hotline-composite", "岳阳县政府");
    const inputs = readUnitInputs(scheme, row);
    expect(inputs.values).toMatchObject({ due: 4195, handled: 4194, late: 4, rework: 4 });
    expect(inputs.values["satisfactionRate"]).toBeCloseTo(0.9654, 10);
    expect(inputs.hasErrors).toBe(false);
  });

  it("takes a W+ count as its lower bound and marks it approximate (荆州发布: 64W+ reads)", () => {
    const { scheme, row } = rowOf("jingzhou-2021-02-wechat-wci-city", "荆州发布");
    const inputs = readUnitInputs(scheme, row);
    expect(inputs.approximate.has("reads")).toBe(true);
    expect(inputs.problems.map((p) => p.code)).toContain("lower-bound");
  });
});
