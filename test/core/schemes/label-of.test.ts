import { builtinScheme } from "../../../src/core/schemes/builtin";
import { labelOf } from "../../../src/core/schemes/label-of";
import type { Scheme } from "../../../src/core/schemes/scheme";

const composite = builtinScheme("hotline-composite") as Scheme;

describe("labelOf", () => {
  it("names the score, a measure and a field, and falls back to the id", () => {
    expect(labelOf(composite, "score", "zh")).toBe("综合指标值");
    expect(labelOf(composite, "onTimeRate", "zh")).toBe("按期办结率");
    expect(labelOf(composite, "due", "en")).toBe("Tickets due");
    expect(labelOf(composite, "nosuch", "zh")).toBe("nosuch");
  });
});
