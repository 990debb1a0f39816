/**
 * A stand-in for the CustomFunctions global that Excel's runtime provides, so the functions can be
 * called in Node and in the browser fake. It behaves as the real runtime does where govrank relies
 * on it (office-js-witness.test.ts checks both against @microsoft/office-js): the same error
 * codes, and a custom message kept only with #VALUE! and #N/A — Excel drops it from the others.
 */
export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/** The codes whose error value carries the function's message to the clerk. */
export const CODES_WITH_MESSAGE: readonly string[] = [
  ErrorCode.invalidValue,
  ErrorCode.notAvailable,
];

export class FakeCustomFunctionError {
  readonly message: string | undefined;
  constructor(
    public readonly code: string,
    message?: string,
  ) {
    this.message = CODES_WITH_MESSAGE.includes(code) && message ? message : undefined;
  }
}

export function customFunctionsGlobal() {
  return { Error: FakeCustomFunctionError, ErrorCode, associate: () => undefined };
}

export function installCustomFunctionsGlobal(): void {
  Object.assign(globalThis, { CustomFunctions: customFunctionsGlobal() });
}
