/**
 * LibreOffice as the witness for `govrank report`: the workbooks it writes open and print in
 * another spreadsheet program — every result sheet and chart is in the PDF, with Chinese text —
 * and, with --live-formulas, LibreOffice's own recalculation (cached values removed first) gives
 * the library's numbers at the displayed precision.
 */
import { readFileSync, writeFileSync, mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { fixturePath } from "../helpers/fixtures";
import { ROOT } from "../helpers/build";
import {
  convertWithLibreOffice,
  pdfPages,
  pdfText,
  renderPage,
  withoutCachedResults,
} from "../helpers/libreoffice";
import { roundHalfUp } from "../../src/core/values/decimal-round";

const OUT = join(ROOT, "test-artifacts", "reports");
const SCREENSHOTS = join(ROOT, "test-artifacts", "screenshots");

const CASES = [
  { name: "composite", input: "yueyang-2017-q2-hotline-composite.xlsx", args: [] as string[] },
  { name: "composite-groups", input: "yueyang-2017-q2-hotline-composite.csv", args: [] },
  { name: "wci", input: "jingzhou-2021-02-wechat-wci-city.xlsx", args: [] },
  { name: "bci-en", input: "jingzhou-2021-02-weibo-bci.csv", args: ["--lang", "en"] },
  { name: "petition", input: "shiyan-county-2020-q1-petition-towns.xlsx", args: [] },
  { name: "monthly", input: "jingzhou-2021-02-hotline-side-by-side.xlsx", args: [] },
  {
    name: "composite-dense",
    input: "yueyang-2017-q2-hotline-composite.csv",
    args: ["--rank", "dense"],
  },
];

const quiet = { stdout: { write: () => true }, stderr: { write: () => true } };
const squash = (text: string) => text.replace(/\s+/g, "");

function output(name: string, suffix = ""): string {
  return join(OUT, `${name}${suffix}.xlsx`);
}

async function workbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return wb;
}

/** The value as the cell's number format shows it. */
function shown(value: unknown, format: string | undefined): string {
  if (typeof value !== "number") return String(value ?? "");
  const fmt = format ?? "General";
  const decimals = /\.(0+)/.exec(fmt)?.[1]?.length ?? 0;
  if (fmt.endsWith("%")) return roundHalfUp(value * 100, decimals).toFixed(decimals);
  if (fmt === "General") return String(Number(value.toPrecision(12)));
  return roundHalfUp(value, decimals).toFixed(decimals);
}

function resultOf(value: ExcelJS.CellValue): unknown {
  if (value !== null && typeof value === "object" && "formula" in value) return value.result;
  return value;
}

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const c of CASES) {
    const code = await main(
      ["report", fixturePath(c.input), "-o", output(c.name), "--live-formulas", ...c.args],
      quiet,
    );
    if (code !== 0) throw new Error(`report ${c.name} exited ${code}`);
    writeFileSync(
      output(c.name, "-uncached"),
      await withoutCachedResults(readFileSync(output(c.name))),
    );
  }
  convertWithLibreOffice(
    CASES.map((c) => output(c.name)),
    "pdf",
    join(OUT, "pdf"),
  );
  convertWithLibreOffice(
    CASES.map((c) => output(c.name, "-uncached")),
    "xlsx",
    join(OUT, "recalculated"),
  );
}, 240_000);

describe.each(CASES)("$name", ({ name }) => {
  it("prints every result sheet and chart, with Chinese or English text intact", async () => {
    const pdf = join(OUT, "pdf", `${name}.pdf`);
    const text = squash(pdfText(pdf));
    const wb = await workbook(output(name));
    const results = wb.worksheets.slice(0, -1); // the last sheet is the copy of the source
    for (const ws of results) {
      // Row 2 says what the sheet is (汇总, 问题清单 … or the ranking's scheme and counts).
      const subtitle = String(ws.getCell("A2").value ?? "");
      expect(subtitle).not.toBe("");
      expect(text).toContain(squash(subtitle).slice(0, 40));
    }
    const zip = readFileSync(output(name));
    expect(zip.length).toBeGreaterThan(0);
    const charts = await chartTitles(output(name));
    expect(charts.length).toBeGreaterThan(0);
    for (const title of charts) expect(text).toContain(squash(title));

    // Keep a picture of the charts page and of the first ranking page for people to look at.
    const pages = pdfPages(pdf);
    const pageWith = (needle: string) =>
      Array.from({ length: pages }, (_, i) => i + 1).find((p) =>
        squash(pdfText(pdf, p)).includes(squash(needle)),
      );
    const chartsPage = pageWith(charts[0] ?? "");
    expect(chartsPage).toBeDefined();
    const png = renderPage(pdf, chartsPage ?? 1, join(SCREENSHOTS, `report-${name}-charts`));
    expect(statSync(png).size).toBeGreaterThan(10_000);
    const rankingSubtitle = String(results[1]?.getCell("A2").value ?? "");
    const rankingPage = pageWith(rankingSubtitle.slice(0, 30));
    expect(rankingPage).toBeDefined();
    renderPage(pdf, rankingPage ?? 1, join(SCREENSHOTS, `report-${name}-ranking`), 100);
  });

  it("recalculates in LibreOffice to the library's values at the displayed precision", async () => {
    // The witness must compute, not read back our cached numbers.
    const JSZip = (await import("jszip")).default;
    const uncached = await JSZip.loadAsync(readFileSync(output(name, "-uncached")));
    for (const part of Object.keys(uncached.files).filter((p) => p.startsWith("xl/worksheets/s")))
      expect((await uncached.file(part)?.async("string")) ?? "").not.toMatch(/<\/f><v>/);
    const ours = await workbook(output(name));
    const theirs = await workbook(join(OUT, "recalculated", `${name}-uncached.xlsx`));
    let formulas = 0;
    const mismatches: string[] = [];
    for (const ws of ours.worksheets) {
      const other = theirs.getWorksheet(ws.name);
      expect(other).toBeDefined();
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value;
          if (v === null || typeof v !== "object" || !("formula" in v)) return;
          formulas++;
          const recalculated = resultOf(other?.getCell(cell.address).value ?? null);
          const expected = shown(v.result, cell.numFmt);
          const got = shown(recalculated, cell.numFmt);
          if (expected !== got)
            mismatches.push(
              `${ws.name}!${cell.address} ${v.formula}: ours ${expected}, LibreOffice ${got}`,
            );
        }),
      );
    }
    expect(mismatches).toEqual([]);
    expect(formulas).toBeGreaterThan(20);
  });
});

async function chartTitles(path: string): Promise<string[]> {
  const JSZip = (await import("jszip")).default;
  const zip = await JSZip.loadAsync(readFileSync(path));
  const titles: string[] = [];
  for (const file of Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))) {
    const xml = (await zip.file(file)?.async("string")) ?? "";
    const title = /<c:title>.*?<a:t>([^<]*)<\/a:t>/.exec(xml)?.[1];
    if (title) titles.push(title.replace(/&amp;/g, "&"));
  }
  return titles;
}
