/**
 * A stand-in for the CustomFunctions global that Excel's runtime provides, so the functions can be
 * called in Node. Only what the functions use: the Error class and its codes.
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

export class FakeCustomFunctionError {
  constructor(
    public readonly code: string,
    public readonly message?: string,
  ) {}
}

export function installCustomFunctionsGlobal(): void {
  Object.assign(globalThis, {
    CustomFunctions: { Error: FakeCustomFunctionError, ErrorCode, associate: () => undefined },
  });
}
