import { problem } from "../../src/core/problems";

describe("problem", () => {
  it("makes a problem with both languages and only the extras given", () => {
    expect(
      problem("warning", "inconsistent-rate", "表中按期办结率为 97.35%", "printed 97.35 %", {
        cell: "Sheet1!F11",
        unit: "华容县政府",
      }),
    ).toEqual({
      severity: "warning",
      code: "inconsistent-rate",
      message: { zh: "表中按期办结率为 97.35%", en: "printed 97.35 %" },
      cell: "Sheet1!F11",
      unit: "华容县政府",
    });
    expect(problem("error", "x", "甲", "a")).toEqual({
      severity: "error",
      code: "x",
      message: { zh: "甲", en: "a" },
    });
  });
});
