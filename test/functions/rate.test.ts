import { installCustomFunctionsGlobal, FakeCustomFunctionError } from "../fakes/custom-functions";
installCustomFunctionsGlobal();
import { rate } from "../../src/functions/functions";

describe("GOVRANK.RATE", () => {
  it("divides", () => {
    expect(rate(596, 598)).toBeCloseTo(0.99666, 5);
  });

  it("returns #DIV/0! by default and the chosen value otherwise", () => {
    expect(rate(0, 0)).toEqual(new FakeCustomFunctionError("#DIV/0!"));
    expect(rate(0, 0, "full")).toBe(1);
    expect(rate(0, 0, " Zero ")).toBe(0);
    expect(rate(0, 0, "blank")).toBe("");
  });

  it("names the argument that is wrong", () => {
    const bad = rate(1, 2, "percent") as FakeCustomFunctionError;
    expect(bad.code).toBe("#VALUE!");
    expect(bad.message).toContain("zero_as");
    expect((rate(1, -2) as FakeCustomFunctionError).message).toContain("denominator");
  });
});
