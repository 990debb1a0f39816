/**
 * The add-in under Microsoft's real office.js (@microsoft/office-js, the files its CDN serves), in
 * Debian's Chromium, under the page's own Content-Security-Policy — the witness our own fakes
 * cannot be. Outside Office the page explains itself; started as inside Excel on Windows (the
 * host's side of the rich-client bridge answered by test/fakes/rich-client-bridge.js), office.js
 * loads its Excel files and Chinese strings, the pane starts, its first read goes through
 * office.js to the host, and the error the host answers reaches the clerk in Chinese. Neither
 * case may violate the CSP or leave an uncaught error. The error codes the shell acts on are the
 * ones the real office.js produces. Screenshots: test-artifacts/screenshots/real-office-*.png.
 */
import { mkdirSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { isPayloadTooLarge } from "../../src/excel/excel-api";
import { DECLARED } from "../../src/excel/requirements";
import { ensureProductionBuild, ROOT } from "../helpers/build";
import {
  launchChromium,
  OFFICE_TELEMETRY,
  openWithRealOffice,
  serveDirectory,
  type RealOfficeSession,
} from "../helpers/browser";

const SCREENSHOTS = join(ROOT, "test-artifacts", "screenshots");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
let browser: Browser;
let server: Server;
let origin = "";

/** The declared sets as office.js's requirement matrix names them (lower case). */
const DECLARED_MATRIX = Object.fromEntries(DECLARED.map((s) => [s.name.toLowerCase(), s.version]));

beforeAll(async () => {
  const dist = await ensureProductionBuild();
  ({ server, origin } = await serveDirectory(dist));
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** Every request went to the add-in's own files, office.js's CDN, or office.js's own telemetry. */
function foreignRequests(session: RealOfficeSession): string[] {
  return session.requests.filter(
    (url) =>
      !url.startsWith(origin) &&
      !url.startsWith(CDN) &&
      !OFFICE_TELEMETRY.some((endpoint) => url.startsWith(endpoint)),
  );
}

describe("outside Office (a plain browser)", () => {
  let session: RealOfficeSession;
  beforeAll(async () => {
    session = await openWithRealOffice(browser, origin);
    await session.page.getByText("此页面需要在 Excel 中打开").waitFor();
  }, 60_000);
  afterAll(() => session.page.close());

  it("says what govrank is and how to open it in Excel, in Chinese and English", async () => {
    const text = (await session.page.textContent("body")) ?? "";
    expect(text).toContain("govrank 是 Excel 加载项");
    expect(text).toContain("Excel 桌面版");
    expect(text).toContain("Excel 网页版");
    expect(text).toContain("Open this page in Excel");
    await session.page.screenshot({ path: join(SCREENSHOTS, "real-office-outside.png") });
  });

  it("violates no CSP rule, throws nothing, and asks nothing of anyone else", async () => {
    // office.js's own telemetry frame starts 3 s after load: wait for it to have been tried.
    await session.page.waitForTimeout(3500);
    expect(await session.cspViolations()).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    expect(foreignRequests(session)).toEqual([]);
    expect(session.requests).toContain(`${CDN}office.js`);
  });
});

describe("inside Excel on Windows (office.js's rich-client bridge)", () => {
  let session: RealOfficeSession;
  beforeAll(async () => {
    session = await openWithRealOffice(browser, origin, { supported: DECLARED_MATRIX });
    await session.page.getByText("读取所选表格时 Excel 出错").waitFor({ timeout: 30_000 });
  }, 60_000);
  afterAll(() => session.page.close());

  it("loads office.js's Excel files and Chinese strings and starts the pane in Chinese", async () => {
    expect(session.requests).toEqual(
      expect.arrayContaining([`${CDN}excel-win32-16.01.js`, `${CDN}zh-cn/office_strings.js`]),
    );
    await session.page.getByRole("heading", { name: "部门排名" }).waitFor();
    await session.page.screenshot({ path: join(SCREENSHOTS, "real-office-inside.png") });
  });

  it("reads the selection through Excel.run and shows Excel's answer as the clerk's message", async () => {
    const calls = await session.page.evaluate(
      () => (window as unknown as { __bridgeCalls: { request: string }[] }).__bridgeCalls,
    );
    expect(calls.some((c) => c.request.includes("ProcessQuery"))).toBe(true);
    // The host answered 5001; office.js words it in Chinese ("发生了内部错误").
    expect(await session.page.textContent("body")).toMatch(/Excel：发生了内部错误/);
  });

  it("violates no CSP rule and throws nothing", async () => {
    await session.page.waitForTimeout(3500);
    expect(await session.cspViolations()).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    expect(foreignRequests(session)).toEqual([]);
  });
});

describe("inside an Excel older than the add-in needs", () => {
  it("says which Office is needed instead of failing midway", async () => {
    const session = await openWithRealOffice(browser, origin, {
      supported: { ...DECLARED_MATRIX, excelapi: "1.8" },
    });
    await session.page.getByText("此版本的 Excel 无法运行 govrank").waitFor({ timeout: 30_000 });
    expect(await session.page.textContent("body")).toContain(
      "Excel 2021、Excel 2024 或 Microsoft 365",
    );
    expect(session.pageErrors).toEqual([]);
    await session.page.close();
  }, 60_000);
});

describe("the error codes the shell acts on, as the real office.js produces them", () => {
  it.each([
    [5104, "ResponsePayloadSizeLimitExceeded", "响应有效负载大小已超过限制"],
    [5103, "RequestPayloadSizeLimitExceeded", "请求有效负载大小已超过限制"],
  ])(
    "host error %d reaches Excel.run as %s, in Chinese",
    async (hostCode, code, words) => {
      const session = await openWithRealOffice(browser, origin, {
        supported: DECLARED_MATRIX,
        executeError: hostCode,
      });
      await session.page.getByRole("heading", { name: "部门排名" }).waitFor({ timeout: 30_000 });
      const error = await session.page.evaluate(() =>
        Excel.run(async (context) => {
          const range = context.workbook.getSelectedRange();
          range.load("values");
          await context.sync();
          return null;
        }).catch((e: { code?: string; message?: string }) => ({
          code: e.code,
          message: e.message,
        })),
      );
      expect(error).toMatchObject({ code });
      expect(error?.message).toContain(words);
      // The shell retries on the code, whatever language Office speaks.
      expect(isPayloadTooLarge(error)).toBe(true);
      await session.page.close();
    },
    60_000,
  );
});
