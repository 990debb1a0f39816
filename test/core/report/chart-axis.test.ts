import { readableAxis } from "../../../src/core/report/chart-axis";

describe("a readable value axis", () => {
  it.each([
    // Span 20 → step 5: one step below 80 is 75; 100 is already round.
    [[80, 85.5, 100], { min: 75, max: 100 }],
    // Span 60 → step 20 (12 rounded up): 40 − 20 = 20.
    [[40, 97.3, 100], { min: 20, max: 100 }],
    // All at 100: step 2 (2 % of 100), five steps below.
    [[100, 100, 100], { min: 98, max: 100 }],
    // Rates: span 0.1 → step 0.02; 0.9 − 0.02 = 0.88.
    [[0.9, 0.95, 1], { min: 0.88, max: 1 }],
    // WCI values: span 573.4 → step 200 (114.7 up to 200); 409.77 − 200 → 200; 983.17 → 1000.
    [[409.77, 983.17], { min: 200, max: 1000 }],
  ])("%j → %j", (values, axis) => {
    expect(readableAxis(values)).toEqual(axis);
  });

  it("leaves an axis that starts near 0 anyway, and changes below 0, to Excel", () => {
    expect(readableAxis([3, 40, 97])).toBeUndefined();
    expect(readableAxis([-3, 5])).toBeUndefined();
    expect(readableAxis([])).toBeUndefined();
  });
});
