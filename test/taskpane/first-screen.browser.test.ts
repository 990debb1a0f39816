import { mkdirSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { ensureProductionBuild, ROOT } from "../helpers/build";
import { launchChromium, OFFICE_JS_URL, openTaskpane, serveDirectory } from "../helpers/browser";

const SCREENSHOTS = join(ROOT, "test-artifacts", "screenshots");
let browser: Browser;
let server: Server;
let origin = "";

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

describe("the task pane's first screen in Chromium", () => {
  it.each([
    ["zh-CN", "light", "部门排名"],
    ["en-US", "dark", "Department rankings"],
  ] as const)(
    "renders in %s, %s theme, without console errors",
    async (displayLanguage, theme, heading) => {
      const { page, requests, consoleErrors } = await openTaskpane(browser, origin, {
        displayLanguage,
        theme,
      });
      await page.getByRole("heading", { level: 1, name: heading }).waitFor();
      const file = join(SCREENSHOTS, `first-screen-${displayLanguage}-${theme}.png`);
      await page.screenshot({ path: file });
      console.log(`screenshot: ${file}`);

      expect(consoleErrors).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(displayLanguage);
      // The body follows the Office theme: dark text on light, light text on dark.
      const background = await page
        .locator("main")
        .evaluate((el) => getComputedStyle(el.parentElement as Element).backgroundColor);
      expect(background === "rgb(255, 255, 255)").toBe(theme === "light");
      // No network calls of its own: only the page's files and office.js.
      expect(requests.filter((url) => !url.startsWith(origin) && url !== OFFICE_JS_URL)).toEqual(
        [],
      );
      await page.close();
    },
  );
});
