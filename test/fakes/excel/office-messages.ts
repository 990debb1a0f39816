/**
 * The messages Office.js gives with the error codes the fake raises, in the two languages the
 * tests use, as office.js words them (its <locale>/office_strings.js; office-js-witness.test.ts
 * checks these against @microsoft/office-js). Chinese Excel says them in Chinese, which is why the
 * shell must match codes, never words.
 */
export type OfficeLanguage = "en-us" | "zh-cn";

export const OFFICE_MESSAGES: Record<OfficeLanguage, { request: string; response: string }> = {
  "en-us": {
    request:
      'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
    response:
      'The response payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  },
  "zh-cn": {
    request:
      '请求有效负载大小已超过限制。请参考文档: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins"。',
    response:
      '响应有效负载大小已超过限制。请参考文档: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins"。',
  },
};
