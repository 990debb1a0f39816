/**
 * Where the shell and our fakes speak for Office, they must say what Microsoft's office.js says
 * (@microsoft/office-js, read as published): the error codes the shell acts on, the messages the
 * strict fake throws with them in English and Chinese, and the custom-functions error codes and
 * which of them carry a message. A change in office.js that our code or our fakes missed fails here.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { OFFICE_ERROR_CODES } from "../../src/excel/excel-api";
import { CODES_WITH_MESSAGE, ErrorCode } from "../fakes/custom-functions";
import { OFFICE_MESSAGES, type OfficeLanguage } from "../fakes/excel/office-messages";
import { REAL_OFFICE_DIST } from "../helpers/browser";

const read = (file: string) => readFileSync(join(REAL_OFFICE_DIST, file), "utf8");

/** A string resource of office.js's <locale>/office_strings.js. */
function officeString(language: OfficeLanguage, name: string): string {
  const source = read(join(language, "office_strings.debug.js"));
  const m = new RegExp(`${name}\\s*=\\s*(["'])((?:\\\\.|(?!\\1).)*)\\1`).exec(source);
  if (!m) throw new Error(`office.js has no string ${name} for ${language}`);
  return (m[2] ?? "").replace(/\\(["'\\])/g, "$1");
}

describe("office.js's error codes", () => {
  const excel = read("excel-web-16.00.debug.js");

  it.each(Object.entries(OFFICE_ERROR_CODES))("knows %s as %s", (name, code) => {
    expect(excel).toMatch(new RegExp(`ErrorCodes(\\["${name}"\\]|\\.${name}) = ["']${code}["']`));
  });
});

describe("the strict fake's Office messages", () => {
  it.each([
    ["en-us", "request", "L_RequestPayloadSizeLimitExceededMessage"],
    ["en-us", "response", "L_ResponsePayloadSizeLimitExceededMessage"],
    ["zh-cn", "request", "L_RequestPayloadSizeLimitExceededMessage"],
    ["zh-cn", "response", "L_ResponsePayloadSizeLimitExceededMessage"],
  ] as const)("%s %s is office.js's %s", (language, which, name) => {
    expect(OFFICE_MESSAGES[language][which]).toBe(officeString(language, name));
  });
});

describe("the custom-functions runtime", () => {
  const runtime = read("custom-functions-runtime.debug.js");

  it("has the error codes the fake has", () => {
    // The runtime's `!function(ErrorCode) { ErrorCode.invalidValue = "#VALUE!", … }(ErrorCode = …)`.
    const block = /function\(ErrorCode\) \{([\s\S]*?)\}\(ErrorCode = /.exec(runtime)?.[1] ?? "";
    const real = Object.fromEntries(
      [...block.matchAll(/ErrorCode\.(\w+) = "([^"]+)"/g)].map((m) => [m[1], m[2]]),
    );
    expect(real).toEqual(ErrorCode);
  });

  it("keeps a custom message only with the codes the fake keeps it with", () => {
    // CustomFunctionError.prototype._getMessage: the cases that return this.message.
    const body =
      /_getMessage = function\(\) \{([\s\S]*?)\}, CustomFunctionError/.exec(runtime)?.[1] ?? "";
    const withMessage = body.split("return")[0] ?? "";
    const codes = [...withMessage.matchAll(/case ErrorCode\.(\w+):/g)].map(
      (m) => ErrorCode[m[1] as keyof typeof ErrorCode],
    );
    expect(codes).toEqual(CODES_WITH_MESSAGE);
  });
});
