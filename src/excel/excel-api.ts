/**
 * How the shell reaches Excel: through `Excel.run`, handed in rather than taken from the global,
 * so the task pane, the ribbon and the tests (with the strict fake) all pass their own.
 */
export type ExcelRun = <T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  options?: ExcelRunOptions,
) => Promise<T>;

/** What govrank asks of Excel.run: one undo group for a whole run (ExcelApi 1.20). */
export interface ExcelRunOptions {
  mergeUndoGroup?: boolean;
}

/** Office's request limits: 5 MB per request or response, 5 000 000 cells per read. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
export const CELL_READ_LIMIT = 5_000_000;
/** What we allow ourselves per request, leaving room for Office's own envelope. */
export const DEFAULT_BUDGET = 4 * 1024 * 1024;

export { splitAddress } from "../core/table/address";

/**
 * The Office.js error codes the shell acts on, spelled as office.js spells them (a test checks each
 * against @microsoft/office-js). The shell matches codes, never message text: Office localises its
 * messages ("响应有效负载大小已超过限制…" in Chinese Excel).
 */
export const OFFICE_ERROR_CODES = {
  /** A request over Office's 5 MB: send it again in smaller pieces. */
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  /** A response over 5 MB (a read of too many cells at once): read smaller blocks. */
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
} as const;

/** Office errors carry a code (RequestPayloadSizeLimitExceeded, ItemNotFound …). */
export function officeErrorCode(error: unknown): string {
  if (error !== null && typeof error === "object" && "code" in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === "string") return code;
  }
  return "";
}

/** A request or a response Office refused as too large: worth sending again in halves. */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = officeErrorCode(error);
  return (
    code === OFFICE_ERROR_CODES.requestPayloadSizeLimitExceeded ||
    code === OFFICE_ERROR_CODES.responsePayloadSizeLimitExceeded
  );
}
