import { formatFixed, formatPercent, numberFormat } from "../../../src/core/score/format";

describe("format", () => {
  it("rounds half up on the decimal value and keeps trailing zeros", () => {
    expect(formatFixed(98.45, 1)).toBe("98.5");
    expect(formatFixed(1.005, 2)).toBe("1.01");
    expect(formatFixed(100, 1)).toBe("100.0");
    expect(formatFixed(4195, 0)).toBe("4195");
  });

  it("prints a fraction as a percent (38695/38742 = 99.88%)", () => {
    expect(formatPercent(38695 / 38742, 2)).toBe("99.88%");
    expect(formatPercent(73 / 90, 1)).toBe("81.1%");
  });

  it("gives Excel's number formats", () => {
    expect(numberFormat("percent", 2)).toBe("0.00%");
    expect(numberFormat("number", 1)).toBe("0.0");
    expect(numberFormat("number", 0)).toBe("0");
  });
});
