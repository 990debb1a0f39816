/*
 * Excel custom functions under the GOVRANK namespace: thin wrappers over src/core.
 *
 * custom-functions-metadata reads the JSDoc below to write functions.json, and appends the
 * CustomFunctions.associate calls to this file, so every function must be a top-level declaration
 * here. Errors are values: a bad argument returns #VALUE! with a message naming the argument.
 */
import { isZeroDenominatorPolicy, ratio } from "../core/measures/ratio";

function valueError(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

/**
 * 比率：分子 ÷ 分母；分母为 0 时按 zero_as 处理。Rate: numerator ÷ denominator, with a rule for a zero denominator.
 * @customfunction RATE
 * @param numerator 分子 numerator
 * @param denominator 分母 denominator
 * @param [zero_as] 分母为 0 时："error"（默认，#DIV/0!）、"zero"、"full"（100%）、"blank"。When the denominator is 0: error (default), zero, full, blank
 * @returns 比率（小数）rate as a fraction
 */
export function rate(
  numerator: number,
  denominator: number,
  zero_as?: string,
): number | string | CustomFunctions.Error {
  const policy = (zero_as ?? "error").trim().toLowerCase() || "error";
  if (!isZeroDenominatorPolicy(policy)) {
    return valueError(
      `zero_as 只能是 error、zero、full 或 blank（收到 "${zero_as}"）。zero_as must be error, zero, full or blank.`,
    );
  }
  if (!Number.isFinite(numerator))
    return valueError("numerator 分子不是数字。numerator is not a number.");
  if (!Number.isFinite(denominator))
    return valueError("denominator 分母不是数字。denominator is not a number.");
  if (denominator < 0)
    return valueError("denominator 分母不能为负数。denominator must not be negative.");
  const outcome = ratio(numerator, denominator, policy);
  switch (outcome.kind) {
    case "number":
      return outcome.value;
    case "blank":
      return "";
    case "error":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
  }
}
