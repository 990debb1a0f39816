/**
 * The workbooks as a director gets them on paper: each published table's report printed whole
 * through LibreOffice — the copy of the source table is in the file but not printed (its print
 * area is an empty cell) —, its pages counted, and the first page of the summary, the ranking and
 * the charts kept as pictures in docs/images for people to look at.
 */
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { ROOT } from "../helpers/build";
import { fixturePath } from "../helpers/fixtures";
import { convertWithLibreOffice, pdfPages, pdfText, renderPage } from "../helpers/libreoffice";

const IMAGES = join(ROOT, "docs", "images");
const dir = mkdtempSync(join(tmpdir(), "govrank-print-"));
const quiet = { stdout: { write: () => true }, stderr: { write: () => true } };

const CASES = [
  { name: "yueyang", input: "yueyang-2017-q2-hotline-composite.xlsx" },
  { name: "weibo", input: "jingzhou-2021-02-weibo-bci.xlsx" },
  { name: "wechat", input: "jingzhou-2021-02-wechat-wci-city.xlsx" },
  { name: "petition", input: "shiyan-county-2020-q1-petition-towns.xlsx" },
  { name: "monthly", input: "jingzhou-2021-02-hotline-side-by-side.xlsx" },
];

const pdfs = new Map<string, string>();

beforeAll(async () => {
  mkdirSync(IMAGES, { recursive: true });
  const files: string[] = [];
  // One fixed run time (only the clock faked), so the pictures in docs/images change only when the
  // report does, not at every run.
  jest.useFakeTimers({
    now: new Date("2026-12-01T09:30:00+08:00"),
    doNotFake: [
      "hrtime",
      "nextTick",
      "performance",
      "queueMicrotask",
      "requestAnimationFrame",
      "cancelAnimationFrame",
      "requestIdleCallback",
      "cancelIdleCallback",
      "setImmediate",
      "clearImmediate",
      "setInterval",
      "clearInterval",
      "setTimeout",
      "clearTimeout",
    ],
  });
  try {
    for (const c of CASES) {
      const output = join(dir, `${c.name}.xlsx`);
      expect(await main(["report", fixturePath(c.input), "-o", output], quiet)).toBe(0);
      files.push(output);
    }
  } finally {
    jest.useRealTimers();
  }
  convertWithLibreOffice(files, "pdf", dir);
  for (const c of CASES) pdfs.set(c.name, join(dir, `${c.name}.pdf`));
}, 240_000);

const squash = (text: string) => text.replace(/\s+/g, "");

describe.each(CASES)("the $name report on paper", ({ name }) => {
  it("prints its result sheets, and its pictures are kept", () => {
    const pdf = pdfs.get(name) ?? "";
    const pages = pdfPages(pdf);
    const texts = Array.from({ length: pages }, (_, i) => squash(pdfText(pdf, i + 1)));
    const first = (needle: string) => texts.findIndex((t) => t.includes(needle)) + 1;
    const summary = first("汇总");
    // The ranking sheet says its method under the title ("排名方法：并列排名"); the summary does not.
    const ranking = first("排名方法：");
    const charts = first("图表");
    expect(Math.min(summary, ranking, charts)).toBeGreaterThan(0);
    renderPage(pdf, summary, join(IMAGES, `report-${name}-summary`), 50);
    renderPage(pdf, ranking, join(IMAGES, `report-${name}-ranking`), 50);
    renderPage(pdf, charts, join(IMAGES, `report-${name}-charts`), 50);
    // Nothing for checking only reaches paper: no digest, no scheme id, no UTC time.
    const all = texts.join("");
    expect(all).not.toMatch(/[0-9a-f]{64}/);
    expect(all).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
  });
});

describe("the Yueyang workbook on paper", () => {
  it("takes few pages: the source copy is not printed", () => {
    // Summary (2–3 pages with the draft), the 82-unit ranking landscape one page wide (2–3), charts
    // (2–4), the 分析 sheet (2–3), problems (1) and method (1): at most 15, where the source copy
    // alone added 7.
    const pages = pdfPages(pdfs.get("yueyang") ?? "");
    expect(pages).toBeGreaterThanOrEqual(7);
    expect(pages).toBeLessThanOrEqual(15);
  });

  it("prints the 分析 sheet and the draft's improvement paragraph, kept as pictures", () => {
    const pdf = pdfs.get("yueyang") ?? "";
    const texts = Array.from({ length: pdfPages(pdf) }, (_, i) => squash(pdfText(pdf, i + 1)));
    const analysis = texts.findIndex((t) => t.includes("距上一等级与排名稳健性")) + 1;
    expect(analysis).toBeGreaterThan(0);
    // What 长岭炼化公司 needs is on paper, in the sheet and in the paragraph after the C list.
    const all = texts.join("");
    expect(all).toContain("长岭炼化公司再按期办结1件即可达到B类");
    const paragraph = texts.findIndex((t) => t.includes("从单项指标看")) + 1;
    expect(paragraph).toBeGreaterThan(0);
    renderPage(pdf, analysis, join(IMAGES, "report-yueyang-analysis"), 50);
    renderPage(pdf, paragraph, join(IMAGES, "report-yueyang-improvement"), 50);
  });
});
