/**
 * How the shell reaches Excel: through `Excel.run`, handed in rather than taken from the global,
 * so the task pane, the ribbon and the tests (with the strict fake) all pass their own.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Office's request limits: 5 MB per request or response, 5 000 000 cells per read. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
export const CELL_READ_LIMIT = 5_000_000;
/** What we allow ourselves per request, leaving room for Office's own envelope. */
export const DEFAULT_BUDGET = 4 * 1024 * 1024;

/** "'My sheet'!A1:C9" → { sheet: "My sheet", range: "A1:C9" }. */
export function splitAddress(address: string): { sheet: string; range: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: "", range: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, range: address.slice(bang + 1) };
}

/** Office errors carry a code (RequestPayloadSizeLimitExceeded, ItemNotFound …). */
export function officeErrorCode(error: unknown): string {
  if (error !== null && typeof error === "object" && "code" in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === "string") return code;
  }
  return "";
}

export function isPayloadTooLarge(error: unknown): boolean {
  return (
    officeErrorCode(error) === "RequestPayloadSizeLimitExceeded" ||
    /RequestPayloadSizeLimitExceeded|payload size/i.test(String(error))
  );
}
