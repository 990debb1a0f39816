/**
 * Half-up rounding on the decimal value, as the bulletins print (0.125 → 0.13, 1.005 → 1.01).
 *
 * Binary floating point stores 1.005 as 1.00499999999999989…, so Math.round(x * 100) / 100 gives
 * 1.00. We round the shortest decimal that names the double at 15 significant digits (what a person
 * typed or a bulletin printed), digit by digit on its string, so no binary error creeps back in.
 */
export function roundHalfUp(value: number, digits: number): number {
  if (!Number.isFinite(value)) return value;
  if (!Number.isInteger(digits) || digits < 0 || digits > 15) {
    throw new RangeError(`digits must be a whole number from 0 to 15, got ${digits}`);
  }
  const negative = value < 0;
  // Fast path: away from a half (…5 at the cut), ordinary rounding cannot be wrong, and an integer
  // divided by a power of ten is the double nearest the decimal, as the string path returns.
  const scale = 10 ** digits;
  const scaled = Math.abs(value) * scale;
  if (scaled < 1e15) {
    const fraction = scaled - Math.floor(scaled);
    // The product carries the double's relative error (~1e-16) times its size: keep well clear.
    if (Math.abs(fraction - 0.5) > scaled * 1e-13 + 1e-9) {
      const rounded = Math.floor(scaled + 0.5) / scale;
      return rounded === 0 ? 0 : negative ? -rounded : rounded;
    }
  }
  return roundOnDigits(value, digits);
}

/**
 * The exact way, for a value near a half: digit by digit on its 15-digit decimal. A function of its
 * own so the fast path above stays small enough for V8 to inline where a row is scored (a call
 * that is not inlined takes and returns its doubles as new heap numbers: #21).
 */
function roundOnDigits(value: number, digits: number): number {
  const negative = value < 0;
  const [mantissa = "0", exponentText = "0"] = Math.abs(value).toPrecision(15).split("e");
  const [whole = "0", fraction = ""] = mantissa.split(".");
  // All digits, and where the decimal point falls among them.
  let allDigits = whole + fraction;
  let point = whole.length + Number(exponentText);
  if (point < 0) {
    allDigits = "0".repeat(-point) + allDigits;
    point = 0;
  }
  if (allDigits.length < point) allDigits += "0".repeat(point - allDigits.length);
  const keep = point + digits;
  if (keep >= allDigits.length) return value;
  const kept = allDigits.slice(0, keep) || "0";
  const roundUp = allDigits.charCodeAt(keep) - 48 >= 5;
  let rounded = BigInt(kept) + (roundUp ? 1n : 0n);
  if (negative) rounded = -rounded;
  const result = Number(`${rounded}e-${digits}`);
  return result === 0 ? 0 : result;
}
