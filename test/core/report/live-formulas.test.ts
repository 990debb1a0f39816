import {
  gradeFormula,
  indexFormula,
  rankAcrossFormula,
  rankFormula,
  ratioFormula,
} from "../../../src/core/report/live-formulas";
import { builtinScheme } from "../../../src/core/schemes/builtin";
import type { Measure, Scheme } from "../../../src/core/schemes/scheme";

const composite = builtinScheme("hotline-composite") as Scheme;
const cells: Record<string, string> = {
  due: "C4",
  handled: "D4",
  late: "F4",
  rework: "H4",
  completionRate: "E4",
  onTimeRate: "G4",
  reworkRate: "I4",
  satisfactionRate: "K4",
};
const cellOf = (id: string) => cells[id];
const ratio = (id: string) =>
  composite.measures.find(
    (m): m is Extract<Measure, { kind: "ratio" }> => m.id === id && m.kind === "ratio",
  )!;

describe("live formulas", () => {
  it("writes the rates with their zero rule", () => {
    expect(ratioFormula(ratio("onTimeRate"), cellOf)).toMatch(
      /^=(IF\(C4=0,[^,]+,\(D4-F4\)\/C4\)|\(D4-F4\)\/C4)$/,
    );
    expect(ratioFormula(ratio("reworkRate"), cellOf)).toBe("=IF(C4=0,0,H4/C4)");
    expect(ratioFormula(ratio("reworkRate"), () => undefined)).toBeUndefined();
  });

  it("writes the index as the bulletin's formula, rounded to its precision", () => {
    expect(indexFormula(composite.index!, cellOf, 91)).toBe(
      "=ROUND(30*E4+30*G4+20*(1-I4)+20*K4,1)",
    );
  });

  it("writes WCI's per-day leaves, LN transforms and its power and scale", () => {
    const wci = builtinScheme("wechat-wci") as Scheme;
    const formula = indexFormula(wci.index!, (id) => `${id}!`, 28) ?? "";
    expect(formula.startsWith("=ROUND(12*(0.6*(")).toBe(true);
    expect(formula).toContain("0.85*LN((reads!/28)+1)");
    expect(formula).toContain("0.09*LN(10*(wows!/28)+1)");
    expect(formula).toMatch(/\)\^2,2\)$/);
  });

  it("grades with nested IFs over the bands, and ranks as Excel does", () => {
    expect(gradeFormula("L4", composite.grades!)).toBe(
      '=IF(L4>=95,"A",IF(L4>=90,"B",IF(L4>=80,"C",IF(L4>=60,"D","E"))))',
    );
    expect(rankFormula("L4", "$L$4:$L$85", "desc", "competition")).toBe(
      "=RANK.EQ(L4,$L$4:$L$85,0)",
    );
    expect(rankFormula("L4", "$L$4:$L$85", "desc", "dense")).toBe(
      "=SUMPRODUCT(($L$4:$L$85>L4)/COUNTIF($L$4:$L$85,$L$4:$L$85))+1",
    );
    expect(rankAcrossFormula("L4", ["'排名-A'!$L$4:$L$9", "'排名-B'!$L$4:$L$7"], "desc")).toBe(
      `=1+COUNTIF('排名-A'!$L$4:$L$9,">"&L4)+COUNTIF('排名-B'!$L$4:$L$7,">"&L4)`,
    );
  });
});
