/**
 * LibreOffice as an independent witness of the workbooks govrank writes: it converts them to PDF
 * (so we can see every sheet and chart) and recalculates their formulas. It does not recalculate
 * an .xlsx on load — it shows the cached values the writer stored — so `withoutCachedResults`
 * removes every formula's cached value first; otherwise the witness would only read our numbers.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import JSZip from "jszip";

/** Converts files with one soffice process and a private profile; returns the output folder. */
export function convertWithLibreOffice(
  files: readonly string[],
  format: string,
  outDir: string,
): string {
  mkdirSync(outDir, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), "govrank-lo-"));
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--norestore",
      "--convert-to",
      format,
      "--outdir",
      outDir,
      ...files,
    ],
    { stdio: "pipe", timeout: 180_000 },
  );
  return outDir;
}

/** The same workbook with every formula's cached value (and cached type) removed. */
export async function withoutCachedResults(xlsx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  const sheets = Object.keys(zip.files).filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p));
  for (const path of sheets) {
    const xml = await zip.file(path)?.async("string");
    if (xml === undefined) continue;
    const stripped = xml.replace(
      /(<c\b[^>]*>)(<f\b[^>]*>[^<]*<\/f>|<f\b[^>]*\/>)<v>[^<]*<\/v>/g,
      (_m, open: string, f: string) => open.replace(/\s+t="[^"]*"/, "") + f,
    );
    zip.file(path, stripped);
  }
  return zip.generateAsync({ type: "uint8array" });
}

export function pdfText(pdf: string, page?: number): string {
  const range = page === undefined ? [] : ["-f", String(page), "-l", String(page)];
  return execFileSync("pdftotext", ["-layout", ...range, pdf, "-"], { encoding: "utf8" });
}

export function pdfPages(pdf: string): number {
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

/** One page of a PDF as a PNG (path without extension → path.png). */
export function renderPage(pdf: string, page: number, pngBase: string, dpi = 80): string {
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    String(dpi),
    "-f",
    String(page),
    "-l",
    String(page),
    "-singlefile",
    pdf,
    pngBase,
  ]);
  return `${pngBase}.png`;
}
