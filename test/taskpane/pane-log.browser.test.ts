/**
 * The pane on a ticket log, end to end in Chromium at 320 px against the strict Excel fake: a
 * messy export (a title row, callers' names and phones, a request text with a phone in it, blank
 * and padded cells) is read from one clicked cell, recognised as a log, counted; nothing personal
 * is on the screen; the pane fits 320 px; 生成报告 writes the ranking with 工单概况, 部门汇总 and
 * 核对; axe finds nothing serious. Screenshot in docs/images/pane-log.png.
 */
import { copyFileSync, mkdirSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { ensureProductionBuild, ROOT } from "../helpers/build";
import { axeViolations, launchChromium, openTaskpane, serveDirectory } from "../helpers/browser";
import { gridSheet } from "../helpers/fake-workbook";
import { jingzhouJanuary2022 } from "../helpers/ticket-logs";

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

it("counts a ticket export at 320 px, shows nothing personal, and writes the ticket sheets", async () => {
  const log = jingzhouJanuary2022();
  // A month's export cut to its first 3 000 tickets, with a stray padded cell and a blank row.
  const values = log.rows.slice(0, 3002).map((row) => [...row]);
  values.splice(500, 0, []);
  const sheet = gridSheet({ sheet: "工单明细", top: 0, left: 0, values });
  const { page, consoleErrors } = await openTaskpane(
    browser,
    origin,
    {
      displayLanguage: "zh-CN",
      theme: "light",
      sheets: [{ name: sheet.name, cells: sheet.cells, merges: sheet.merges }],
      selection: { sheet: "工单明细", box: { top: 5, left: 2, bottom: 5, right: 2 } },
    },
    { width: 320, height: 1000 },
  );
  const recognised = page.getByTestId("log-recognised");
  await recognised.waitFor({ timeout: 30_000 });
  expect(await recognised.textContent()).toMatch(
    /^识别为工单明细，按“工单明细→月度办理情况”统计：计入 \d+ 件，\d+ 个单位。$/,
  );
  await page.getByText(/含个人信息的列不读取/).waitFor();
  const text = (await page.textContent("body")) ?? "";
  const shown = log.personal.filter((p) => p.length >= 2 && text.includes(p));
  expect(shown).toEqual([]);
  const width = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(width).toBe(0);
  await page.getByRole("button", { name: /通报开头的数字/ }).click();
  await page.getByText(/^受理诉求 \d+$/).waitFor();
  await page.screenshot({ path: join(SCREENSHOTS, "pane-log.png"), fullPage: true });
  copyFileSync(join(SCREENSHOTS, "pane-log.png"), join(ROOT, "docs", "images", "pane-log.png"));
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "生成报告" }).click();
  await page.getByRole("status", { name: "已生成" }).waitFor({ timeout: 60_000 });
  const sheets = (await page.evaluate(() =>
    (window as unknown as { __fake: { summary(): unknown } }).__fake.summary(),
  )) as { name: string }[];
  expect(sheets.map((s) => s.name)).toEqual(
    expect.arrayContaining(["工单明细", "工单概况", "部门汇总", "核对", "计算方法"]),
  );
  expect(consoleErrors).toEqual([]);
}, 180_000);
