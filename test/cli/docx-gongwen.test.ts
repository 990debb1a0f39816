/**
 * The Word draft in 公文 layout (GB/T 9704-2012), read two ways: the document's own XML (page,
 * margins, fonts, page numbers — mm worked out here: 1 mm = 1440 / 25.4 twips) and LibreOffice's
 * print of it (pages, and every percentage of the attachment on one line). Pictures of the first
 * page and of the attachment go to docs/images for people to look at.
 */
import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { capture } from "../helpers/capture";
import { ROOT } from "../helpers/build";
import { fixturePath } from "../helpers/fixtures";
import { convertWithLibreOffice, pdfPages, pdfText, renderPage } from "../helpers/libreoffice";

const IMAGES = join(ROOT, "docs", "images");
const dir = mkdtempSync(join(tmpdir(), "govrank-gongwen-"));
const twips = (mm: number) => Math.round((mm * 1440) / 25.4);

async function draft(fixture: string, name: string, ...flags: string[]) {
  const output = join(dir, `${name}.docx`);
  const run = capture();
  expect(await main(["bulletin", fixturePath(fixture), "--docx", output, ...flags], run.io)).toBe(
    0,
  );
  const zip = await JSZip.loadAsync(readFileSync(output));
  const xml = async (path: string) => (await zip.file(path)?.async("string")) ?? "";
  const footers = await Promise.all(
    Object.keys(zip.files)
      .filter((p) => /^word\/footer\d*\.xml$/.test(p))
      .map((p) => xml(p)),
  );
  convertWithLibreOffice([output], "pdf", dir);
  return {
    document: await xml("word/document.xml"),
    settings: await xml("word/settings.xml"),
    footers,
    pdf: join(dir, `${name}.pdf`),
  };
}

describe("the Word draft in 公文 layout", () => {
  let yueyang: Awaited<ReturnType<typeof draft>>;
  beforeAll(async () => {
    yueyang = await draft(
      "yueyang-2017-q2-hotline-composite.xlsx",
      "yueyang",
      "--population",
      "92",
    );
  }, 180_000);

  it("is A4 with the standard's margins", () => {
    // A4: 210 × 297 mm; margins 37 / 35 / 28 / 26 mm.
    expect(yueyang.document).toContain(`w:w="${twips(210)}" w:h="${twips(297)}"`);
    const margin = /<w:pgMar [^>]*\/>/.exec(yueyang.document)?.[0] ?? "";
    expect(margin).toContain(`w:top="${twips(37)}"`);
    expect(margin).toContain(`w:bottom="${twips(35)}"`);
    expect(margin).toContain(`w:left="${twips(28)}"`);
    expect(margin).toContain(`w:right="${twips(26)}"`);
  });

  it("sets the title in 2号 方正小标宋简体, the body in 3号 仿宋_GB2312, headings in 黑体, on 22 lines", () => {
    // 2号 = 22 pt = 44 half-points; 3号 = 16 pt = 32.
    expect(yueyang.document).toMatch(/w:eastAsia="方正小标宋简体"[^]*?<w:sz w:val="44"\/>/);
    expect(yueyang.document).toMatch(/w:eastAsia="仿宋_GB2312"[^]*?<w:sz w:val="32"\/>/);
    expect(yueyang.document).toMatch(/w:eastAsia="黑体"/);
    // 225 mm of text height in 22 lines: 10.2 mm (579 twips) each.
    const pitch = Math.floor((twips(297) - twips(37) - twips(35)) / 22);
    expect(yueyang.document).toContain(`w:line="${pitch}" w:lineRule="exact"`);
  });

  it("numbers pages — 1 —, odd pages at the right and even at the left", () => {
    expect(yueyang.settings).toContain("<w:evenAndOddHeaders");
    const numbered = yueyang.footers.filter((f) => f.includes(">— <") && f.includes("PAGE"));
    expect(numbered).toHaveLength(2);
    expect(numbered.some((f) => f.includes('w:val="right"'))).toBe(true);
    expect(numbered.some((f) => f.includes('w:val="left"'))).toBe(true);
  });

  it("prints the text, then the ranked table as 附件 on pages of its own, no percentage wrapped", () => {
    const pages = pdfPages(yueyang.pdf);
    const texts = Array.from({ length: pages }, (_, i) => pdfText(yueyang.pdf, i + 1));
    const attachmentPage = texts.findIndex((t) => /^\s*附件\s*$/m.test(t));
    expect(attachmentPage).toBeGreaterThan(0);
    // The text of the bulletin fits on its pages before the attachment: at most three.
    expect(attachmentPage).toBeLessThanOrEqual(3);
    // 82 ranked units of 22 lines a page: the table takes three or four pages more.
    expect(pages - attachmentPage).toBeGreaterThanOrEqual(3);
    expect(pages - attachmentPage).toBeLessThanOrEqual(5);
    const table = texts.slice(attachmentPage).join("\n");
    // Four rates for each of the 82 units, each whole on its line: "100.00%" never "100.00" + "%".
    const whole = table.match(/\d{1,3}(?:\.\d{1,2})?%/g) ?? [];
    expect(whole.length).toBeGreaterThanOrEqual(82 * 4);
    expect(table).not.toMatch(/^\s*%/m);
    // pdftotext closes up the narrow spaces: "— 1 —" reads "—1—".
    expect(texts[0]).toMatch(/—\s*1\s*—/);
    expect(texts[1]).toMatch(/—\s*2\s*—/);
    mkdirSync(IMAGES, { recursive: true });
    renderPage(yueyang.pdf, 1, join(IMAGES, "bulletin-docx-page1"), 60);
    renderPage(yueyang.pdf, attachmentPage + 1, join(IMAGES, "bulletin-docx-attachment"), 60);
  });

  it("keeps the Weibo draft free of 办理 in Word too", async () => {
    const weibo = await draft("jingzhou-2021-02-weibo-bci.xlsx", "weibo");
    const text = pdfText(weibo.pdf).replace(/\s+/g, "");
    expect(text).toContain("荆州市政务微博2021年2月传播力情况通报");
    expect(text).not.toMatch(/办理|办结|工单/);
  }, 180_000);
});
