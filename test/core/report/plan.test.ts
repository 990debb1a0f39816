import { writePlanValue, type PlanValueCases } from "../../../src/core/report/plan";

describe("writePlanValue", () => {
  const describe: PlanValueCases<string> = {
    text: (t) => `text ${t}`,
    number: (n) => `number ${n}`,
    formula: (f, cached) => `formula ${f} = ${String(cached)}`,
    link: (t, target) => `link ${t} → ${target}`,
  };

  it("hands each kind of value to its own case", () => {
    expect(writePlanValue({ kind: "text", text: "=1" }, describe)).toBe("text =1");
    expect(writePlanValue({ kind: "number", value: 98.5 }, describe)).toBe("number 98.5");
    expect(
      writePlanValue({ kind: "formula", formula: "=ROUND(A1,1)", cached: 98.5 }, describe),
    ).toBe("formula =ROUND(A1,1) = 98.5");
    expect(writePlanValue({ kind: "link", text: "F11", target: "'S'!F11" }, describe)).toBe(
      "link F11 → 'S'!F11",
    );
  });
});
