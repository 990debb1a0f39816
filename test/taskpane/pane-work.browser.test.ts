/**
 * The pane a clerk works in, end to end in Chromium at 320 px against the strict Excel fake, with
 * her own month sheet (test/fixtures/own/clerk-month.xlsx: title rows, her headers, a blank row,
 * typos, a duplicate, totals and note rows, two earlier months on their own sheets). One cell
 * clicked reads the whole table across the blank row; her one mapping survives a click on the typo
 * cell and the edit that fixes it; last month is checked when picked; the pane fits 320 px (and
 * 200 % zoom) with ≤ 15 Tab stops to 生成报告; the units left out are named; axe finds nothing
 * serious. Screenshots in docs/images/ (the README shows them) and test-artifacts/screenshots/.
 */
import { copyFileSync, readFileSync, mkdirSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { readAllGrids } from "../../src/cli/read-input";
import { ensureProductionBuild, ROOT } from "../helpers/build";
import {
  axeViolations,
  launchChromium,
  openTaskpane,
  serveDirectory,
  type StubSheet,
} from "../helpers/browser";
import { gridSheet } from "../helpers/fake-workbook";

const SCREENSHOTS = join(ROOT, "test-artifacts", "screenshots");
const DOC_IMAGES = join(ROOT, "docs", "images");
const FILE = join(__dirname, "..", "fixtures", "own", "clerk-month.xlsx");
let browser: Browser;
let server: Server;
let origin = "";
let sheets: StubSheet[] = [];

beforeAll(async () => {
  const dist = await ensureProductionBuild();
  ({ server, origin } = await serveDirectory(dist));
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
  sheets = (await readAllGrids(FILE)).map((grid) => {
    const sheet = gridSheet(grid);
    return { name: sheet.name, cells: sheet.cells, merges: sheet.merges };
  });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

const CASES = [
  {
    displayLanguage: "zh-CN",
    theme: "light" as const,
    t: {
      rework: "“返工数”所在列",
      reworkOption: "F 打回件数",
      mapping: /各列对应/,
      continued: /第 14 行是空行/,
      previous: "与上期比较",
      previousReady: "上期表格：27 个单位，可以比较。",
      previousMissing: "缺少“返工数”列",
      previousRework: "上期“返工数”所在列",
      unsure: "未能确定这是哪种表格",
      petition: /^网上问政办结率/,
      letters: "“信件总数”所在列",
      problems: /^需要核对/,
      hundreds: "等 200 处",
      generate: "生成报告",
      done: "已生成",
      typo: /“298O”不是数字/,
      leftOut: "华容县",
      insertSample: "插入示例表格",
      downloadWord: "下载 Word 通报",
      downloadPicture: "下载排名图片",
    },
  },
  {
    displayLanguage: "en-US",
    theme: "dark" as const,
    t: {
      rework: "Column for Sent back",
      reworkOption: "F 打回件数",
      mapping: /^Columns/,
      continued: /Row 14 is blank/,
      previous: "Compare with last period",
      previousReady: "Last period: 27 units, ready to compare.",
      previousMissing: "The Sent back column is missing",
      previousRework: "Last period's column for Sent back",
      unsure: "Which kind of table this is could not be decided",
      petition: /^Online petition completion/,
      letters: "Column for Letters",
      problems: /^To check/,
      hundreds: "and 199 more",
      generate: "Generate report",
      done: "Done",
      typo: /“298O” is not a number/,
      leftOut: "华容县",
      insertSample: "Insert a sample table",
      downloadWord: "Download the Word draft",
      downloadPicture: "Download the ranking picture",
    },
  },
];

/** How far the page reaches past the pane's width (0: nothing sticks out). */
function overflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/** Tab presses from the top of the page until the element named `name` has focus. */
async function tabsTo(page: Page, name: string): Promise<number> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let i = 1; i <= 60; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((n) => document.activeElement?.textContent === n, name)) return i;
  }
  return Infinity;
}

describe.each(CASES)(
  "the clerk's pane at 320 px ($displayLanguage, $theme)",
  ({ displayLanguage, theme, t }) => {
    const tag = `${displayLanguage === "zh-CN" ? "zh" : "en"}-${theme}`;

    it("reads her sheet from one cell, keeps her mapping through clicks and edits, compares, names who is left out", async () => {
      const { page, consoleErrors } = await openTaskpane(
        browser,
        origin,
        {
          displayLanguage,
          theme,
          sheets,
          // One cell clicked in the table, above its blank row.
          selection: { sheet: "10月", box: { top: 5, left: 1, bottom: 5, right: 1 } },
        },
        { width: 320, height: 900 },
      );
      await page.getByTestId("unit-count").filter({ hasText: "28" }).waitFor();
      await page.getByText(t.continued).waitFor();
      expect(await overflow(page)).toBe(0);

      // Her one mapping: 打回件数 is 返工数.
      await page.getByRole("combobox", { name: t.rework }).click();
      await page.getByRole("option", { name: t.reworkOption }).click();
      await page.getByText(t.typo).first().waitFor();

      // She clicks the typo cell the pane points to (C16), then types 2980 over 298O.
      await page.evaluate(() =>
        (window as unknown as { __fake: { select(s: string, b: unknown): void } }).__fake.select(
          "10月",
          { top: 15, left: 2, bottom: 15, right: 2 },
        ),
      );
      await page.waitForTimeout(800);
      await page.getByTestId("unit-count").filter({ hasText: "28" }).waitFor();
      await page.evaluate(() =>
        (
          window as unknown as {
            __fake: { edit(s: string, r: number, c: number, v: number): void };
          }
        ).__fake.edit("10月", 15, 2, 2980),
      );
      await page.getByText(t.typo).first().waitFor({ state: "detached", timeout: 5000 });
      // The cursor is on 云溪区's row, scored now: the pane says what takes it up, within 320 px.
      await page.getByTestId("cursor-grade").waitFor();
      expect(await page.locator("#cursor-unit-heading").textContent()).toContain("云溪区");
      expect(await overflow(page)).toBe(0);
      await page.getByRole("button", { name: t.mapping }).click();
      expect(await page.getByRole("combobox", { name: t.rework }).textContent()).toBe(
        t.reworkOption,
      );
      await page.getByRole("button", { name: t.mapping }).click();

      // Last month, checked as soon as she picks it: her mapping carries over by header.
      await page.getByRole("combobox", { name: t.previous }).click();
      await page.getByRole("option", { name: "9月" }).click();
      await page.getByTestId("previous-status").filter({ hasText: t.previousReady }).waitFor();
      // The month before calls it 退单数: the pane says what is missing and lets her map it.
      await page.getByRole("combobox", { name: t.previous }).click();
      await page.getByRole("option", { name: "8月" }).click();
      await page.getByTestId("previous-status").filter({ hasText: t.previousMissing }).waitFor();
      await page.getByRole("combobox", { name: t.previousRework }).click();
      await page.getByRole("option", { name: "F 退单数" }).click();
      await page.getByTestId("previous-status").filter({ hasText: t.previousReady }).waitFor();
      expect(await overflow(page)).toBe(0);
      await page.screenshot({ path: join(SCREENSHOTS, `pane-clerk-${tag}.png`), fullPage: true });
      copyFileSync(
        join(SCREENSHOTS, `pane-clerk-${tag}.png`),
        join(DOC_IMAGES, `pane-clerk-${tag}.png`),
      );

      // The steps are short: from the top, 生成报告 is reached in at most 15 Tab presses.
      expect(await tabsTo(page, t.generate)).toBeLessThanOrEqual(15);
      expect(await axeViolations(page)).toEqual([]);

      await page.keyboard.press("Enter");
      const card = page.getByRole("status", { name: t.done });
      await card.waitFor({ timeout: 30_000 });
      // The one unit still left out (华容县's "3 9 7 1") is named on the card, with a link.
      expect(await card.getByTestId("left-out").textContent()).toContain(t.leftOut);
      await card.screenshot({ path: join(SCREENSHOTS, `pane-clerk-result-${tag}.png`) });
      copyFileSync(
        join(SCREENSHOTS, `pane-clerk-result-${tag}.png`),
        join(DOC_IMAGES, `pane-clerk-result-${tag}.png`),
      );

      // The Word draft and the ranking's picture, downloaded as a browser downloads them.
      const word = page.waitForEvent("download");
      await page.getByRole("button", { name: t.downloadWord }).click();
      const docx = await word;
      expect(docx.suggestedFilename()).toMatch(/\.docx$/);
      const docxBytes = readFileSync((await docx.path()) ?? "");
      expect(docxBytes.subarray(0, 2).toString()).toBe("PK");
      const picture = page.waitForEvent("download");
      await page.getByRole("button", { name: t.downloadPicture }).click();
      const png = await picture;
      expect(png.suggestedFilename()).toMatch(/\.png$/);
      const pngBytes = readFileSync((await png.path()) ?? "");
      expect([...pngBytes.subarray(0, 4)]).toEqual([137, 80, 78, 71]);
      // Twice the picture's 1080 px.
      expect(pngBytes.readUInt32BE(16)).toBe(2160);

      // At 200 % zoom the pane is 160 CSS pixels wide: still nothing sticks out.
      await page.setViewportSize({ width: 160, height: 900 });
      expect(await overflow(page)).toBe(0);
      expect(consoleErrors).toEqual([]);
      await page.close();
    }, 120_000);

    it("opens on a first screen that says what to select and offers a sample", async () => {
      const { page, consoleErrors } = await openTaskpane(
        browser,
        origin,
        { displayLanguage, theme, sheets: [{ name: "Sheet1", cells: [] }] },
        { width: 320, height: 700 },
      );
      const insert = page.getByRole("button", { name: t.insertSample });
      await insert.waitFor();
      expect(await overflow(page)).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `pane-start-${tag}.png`), fullPage: true });
      copyFileSync(
        join(SCREENSHOTS, `pane-start-${tag}.png`),
        join(DOC_IMAGES, `pane-start-${tag}.png`),
      );
      await insert.click();
      await page.getByTestId("unit-count").filter({ hasText: "8" }).waitFor();
      expect(consoleErrors).toEqual([]);
      await page.close();
    }, 60_000);

    it("asks when it cannot tell the scheme, and folds 200 identical typos into one line", async () => {
      // 来件数 is no header govrank knows; 办结数 and 满意率 fit several schemes, none wholly.
      const cells: StubSheet["cells"] = [];
      ["单位名称", "来件数", "办结数", "满意率"].forEach((h, c) => cells.push([0, c, h, null]));
      for (let r = 1; r <= 450; r++) {
        const typo = (r - 1) % 9 < 4;
        [`单位${r}`, 130, typo ? "12O" : 120, 0.95].forEach((v, c) =>
          cells.push([r, c, v, c === 3 ? "0.00%" : null]),
        );
      }
      const { page, consoleErrors } = await openTaskpane(
        browser,
        origin,
        {
          displayLanguage,
          theme,
          sheets: [{ name: "Sheet1", cells }],
          selection: { sheet: "Sheet1", box: { top: 0, left: 0, bottom: 450, right: 3 } },
        },
        { width: 320, height: 900 },
      );
      await page.getByText(t.unsure, { exact: true }).waitFor();
      expect(await page.getByRole("button", { name: t.generate }).isDisabled()).toBe(true);
      await page.getByRole("radio", { name: t.petition }).click();
      await page.getByText(t.unsure, { exact: true }).waitFor({ state: "detached" });
      await page.getByRole("combobox", { name: t.letters }).click();
      await page.getByRole("option", { name: /^B 来件数/ }).click();
      await page.getByRole("button", { name: t.generate, disabled: false }).waitFor();
      const problems = page.getByRole("button", { name: t.problems });
      if ((await problems.getAttribute("aria-expanded")) !== "true") await problems.click();
      const list = page.getByRole("list", { name: /需要核对|To check/ });
      expect(await list.getByRole("listitem").count()).toBe(1);
      expect(await list.textContent()).toContain(t.hundreds);
      expect(await overflow(page)).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await page.close();
    }, 60_000);
  },
);
