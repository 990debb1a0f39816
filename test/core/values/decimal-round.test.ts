import fc from "fast-check";
import { roundHalfUp } from "../../../src/core/values/decimal-round";

/** An exact reference: round a decimal string half-up with BigInt arithmetic only. */
function referenceRound(sign: 1 | -1, intPart: bigint, fracDigits: string, digits: number): string {
  const padded = fracDigits.padEnd(digits + 1, "0");
  const scaled = intPart * 10n ** BigInt(digits) + BigInt(padded.slice(0, digits) || "0");
  const up = Number(padded[digits] ?? "0") >= 5 ? 1n : 0n;
  const total = scaled + up;
  const text = total.toString().padStart(digits + 1, "0");
  const body = digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
  return `${sign < 0 && total !== 0n ? "-" : ""}${body}`;
}

describe("roundHalfUp", () => {
  it.each([
    [0.125, 2, 0.13],
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [1.0049999, 2, 1],
    [99.95, 1, 100],
    [98.45, 1, 98.5],
    [-1.005, 2, -1.01],
    [0.99995, 4, 1],
    [123456.5, 0, 123457],
    [5e-7, 6, 0.000001],
    [1e21, 2, 1e21],
    [0, 3, 0],
  ])("rounds %p to %p digits as %p", (value, digits, expected) => {
    expect(roundHalfUp(value, digits)).toBe(expected);
  });

  it("leaves non-finite values alone and rejects bad digit counts", () => {
    expect(roundHalfUp(Number.NaN, 2)).toBeNaN();
    expect(() => roundHalfUp(1, -1)).toThrow(RangeError);
  });

  it("agrees with an exact decimal reference on decimals written with up to 12 significant digits", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<1 | -1>(1, -1),
        fc.bigInt({ min: 0n, max: 999_999n }),
        fc.stringMatching(/^[0-9]{0,6}$/),
        fc.integer({ min: 0, max: 5 }),
        (sign, intPart, fracDigits, digits) => {
          const text = `${sign < 0 ? "-" : ""}${intPart}${fracDigits ? `.${fracDigits}` : ""}`;
          const expected = Number(referenceRound(sign, intPart, fracDigits, digits));
          expect(roundHalfUp(Number(text), digits)).toBe(expected === 0 ? 0 : expected);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
