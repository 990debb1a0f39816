/**
 * The task pane as a clerk opens it: the size of what the page loads (gzipped), and the time from
 * navigation to the first interactive screen (the table recognised) in headless Chromium.
 */
import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ensureProductionBuild } from "../test/helpers/build";
import { launchChromium, openTaskpane, serveDirectory } from "../test/helpers/browser";
import { fixtureSheet } from "../test/helpers/fake-workbook";
import { median } from "./harness";

export async function taskpaneFigures(runs: number) {
  process.env.GOVRANK_TEST_RUN ??= `bench-${Date.now()}`;
  const dist = await ensureProductionBuild();
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  // The production HTML is minified: attribute values may have lost their quotes.
  const scripts = [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? "")
    .filter((src) => !src.startsWith("http"));
  const files = scripts.map((src) => {
    const bytes = readFileSync(join(dist, src));
    return { file: src, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const table = await fixtureSheet("yueyang-2017-q2-hotline-composite.xlsx");
  const { server, origin } = await serveDirectory(dist);
  const browser = await launchChromium();
  const samples: number[] = [];
  try {
    for (let i = 0; i < runs + 1; i++) {
      const { page } = await openTaskpane(browser, origin, {
        sheets: [{ name: table.name, cells: table.cells, merges: table.merges }],
        selection: {
          sheet: table.name,
          box: { top: 0, left: 0, bottom: table.rows - 1, right: table.columns - 1 },
        },
      });
      await page.getByTestId("unit-count").filter({ hasText: "90" }).waitFor();
      // The page's own clock starts at navigation.
      const elapsed = await page.evaluate(() => performance.now());
      if (i > 0) samples.push(elapsed);
      await page.close();
    }
  } finally {
    await browser.close();
    (server as Server).close();
  }
  return {
    files,
    gzipTotal: files.reduce((s, f) => s + f.gzip, 0),
    interactive: {
      median: median(samples),
      min: Math.min(...samples),
      max: Math.max(...samples),
      runs,
    },
  };
}
