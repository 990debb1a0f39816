/**
 * A real browser for the task pane: dist/ served on loopback, Debian's Chromium driven by
 * playwright-core, and the office.js CDN URL answered by a local stand-in. Every request the page
 * makes is recorded so a test can prove the pane calls nothing else.
 */
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_FAKE = join(__dirname, "..", "fakes", "office-fake-browser.ts");
let officeFake: Promise<string> | undefined;

/** The strict Excel fake and Office stand-ins, bundled once for the browser. */
function officeFakeSource(): Promise<string> {
  officeFake ??= import("esbuild").then(async (esbuild) => {
    const result = await esbuild.build({
      entryPoints: [OFFICE_FAKE],
      bundle: true,
      format: "iife",
      platform: "browser",
      target: "es2022",
      write: false,
    });
    return result.outputFiles[0]?.text ?? "";
  });
  return officeFake;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

export async function serveDirectory(dir: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname));
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export interface PaneSession {
  page: Page;
  requests: string[];
  consoleErrors: string[];
}

export interface StubSheet {
  name: string;
  cells: [number, number, string | number | boolean, string | null][];
  merges?: { top: number; left: number; bottom: number; right: number }[];
}

export interface StubSettings {
  /** Requirement sets this Excel lacks, e.g. ["ExcelApi 1.20"]. */
  unsupported?: string[];
  displayLanguage?: string;
  theme?: "light" | "dark";
  sheets?: StubSheet[];
  selection?: { sheet: string; box: { top: number; left: number; bottom: number; right: number } };
}

/**
 * Opens taskpane.html with office.js routed to the strict fake (holding the stub's sheets);
 * records requests and console errors.
 */
export async function openTaskpane(
  browser: Browser,
  origin: string,
  stub: StubSettings,
  viewport = { width: 360, height: 640 },
): Promise<PaneSession> {
  const page = await browser.newPage({ viewport });
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));
  await page.addInitScript((settings) => {
    (window as unknown as { __officeStub: unknown }).__officeStub = settings;
  }, stub);
  const stubSource = await officeFakeSource();
  await page.route(OFFICE_JS_URL, (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: stubSource }),
  );
  await page.goto(`${origin}/taskpane.html`);
  return { page, requests, consoleErrors };
}

/** Where Microsoft's office.js (@microsoft/office-js) keeps the files its CDN serves. */
export const REAL_OFFICE_DIST = join(
  __dirname,
  "..",
  "..",
  "node_modules",
  "@microsoft",
  "office-js",
  "dist",
);
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const RICH_CLIENT_BRIDGE = join(__dirname, "..", "fakes", "rich-client-bridge.js");

/** The endpoints office.js itself logs to (its telemetry), which the page's CSP lets it reach. */
export const OFFICE_TELEMETRY = [
  "https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/",
  "https://browser.pipe.aria.microsoft.com/",
];

export interface RealOfficeSession extends PaneSession {
  /** Content-Security-Policy violations the page reported (directive and blocked URL). */
  cspViolations: () => Promise<string[]>;
  /** Uncaught errors and rejections. */
  pageErrors: string[];
}

/**
 * Opens taskpane.html with the CDN answered by Microsoft's real office.js files, under the page's
 * own CSP. `bridge` starts it as inside Excel on Windows (see rich-client-bridge.js); without it
 * the page is opened as in a plain browser. Nothing leaves the machine: office.js's telemetry is
 * recorded and refused.
 */
export async function openWithRealOffice(
  browser: Browser,
  origin: string,
  bridge?: { supported: Record<string, string>; executeError?: number; locale?: string },
): Promise<RealOfficeSession> {
  const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  if (bridge) {
    await page.addInitScript((settings) => {
      (window as unknown as { __bridge: unknown }).__bridge = settings;
    }, bridge);
    await page.addInitScript({ path: RICH_CLIENT_BRIDGE });
  }
  await page.route(`${OFFICE_CDN}**`, (route) => {
    const file = normalize(
      join(
        REAL_OFFICE_DIST,
        new URL(route.request().url()).pathname.slice("/lib/1/hosted/".length),
      ),
    );
    if (!file.startsWith(REAL_OFFICE_DIST) || !existsSync(file))
      return route.fulfill({ status: 404, body: "" });
    return route.fulfill({ status: 200, contentType: "text/javascript", path: file });
  });
  for (const endpoint of OFFICE_TELEMETRY)
    await page.route(`${endpoint}**`, (route) => route.abort());
  await page.goto(`${origin}/taskpane.html`);
  return {
    page,
    requests,
    consoleErrors,
    pageErrors,
    cspViolations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
  };
}

/** axe-core's serious and critical violations on the page as it is ("id (nodes)"). */
export async function axeViolations(page: Page): Promise<string[]> {
  // Through the debugging protocol: the page's CSP (rightly) refuses inline scripts.
  await page.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  return (await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
      }
    ).axe;
    const result = await axe.run();
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.nodes.length})`);
  })) as string[];
}
