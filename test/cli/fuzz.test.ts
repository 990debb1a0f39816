/**
 * Structure-aware fuzzing of the command line (fast-check, bounded; the seed is printed on a
 * failure, so a run can be repeated): department tables with hostile unit names (controls,
 * quotes, commas, line breaks, formula text, note and totals words, bidi overrides), odd figures
 * ("10 5", "1e308", "64W+", placeholders), every line ending and every encoding a clerk's export
 * has. For each: never a crash (exit 3) or a thrown error, nothing NaN or Infinity printed or
 * written, every data row ranked or named (by its cell) among the set-aside units or the
 * problems, the input's bytes unchanged, nothing created beside the output, and every written
 * .xlsx and .docx well-formed — and, for a sample of them, opened by LibreOffice.
 */
import { createHash } from "node:crypto";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import iconv from "iconv-lite";
import JSZip from "jszip";
import { XMLValidator } from "fast-xml-parser";
import { main } from "../../src/cli/main";
import { capture } from "../helpers/capture";
import { COMPOSITE_HEADER, hostileNames } from "../helpers/hostile";
import { convertWithLibreOffice } from "../helpers/libreoffice";

const HEADER = COMPOSITE_HEADER;
const hostileName = hostileNames(12);
const count = fc.oneof(
  fc.nat({ max: 5000 }).map(String),
  fc.constantFrom("10 5", "1e308", "64W+", "—", "", "-3", "2.5", "一百"),
);
const rate = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }).map((x) => `${(x * 100).toFixed(2)}%`),
  fc.constantFrom("97.5", "1.0000000000000002", "120%", "", "#DIV/0!"),
);
const row = fc.tuple(hostileName, count, count, count, count, count, rate);
const table = fc.record({
  rows: fc.array(row, { minLength: 1, maxLength: 8 }),
  eol: fc.constantFrom("\n", "\r\n", "\r", "mixed"),
  encoding: fc.constantFrom("utf8", "utf8-bom", "gb18030", "utf16"),
});

function quote(cell: string, separator: string): string {
  return /["\n\r]/.test(cell) || cell.includes(separator) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

type Table = typeof table extends fc.Arbitrary<infer T> ? T : never;

function fileBytes(t: Table): { bytes: Buffer; ext: string } {
  const separator = t.encoding === "utf16" ? "\t" : ",";
  const lines = [HEADER, ...t.rows].map((cells) =>
    cells.map((c) => quote(c, separator)).join(separator),
  );
  const text = lines
    .map((line, i) => line + (t.eol === "mixed" ? (i % 2 ? "\n" : "\r\n") : t.eol))
    .join("");
  if (t.encoding === "utf16")
    return {
      bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]),
      ext: ".txt",
    };
  if (t.encoding === "gb18030") return { bytes: iconv.encode(text, "gb18030"), ext: ".csv" };
  const utf8 = Buffer.from(text, "utf8");
  return {
    bytes:
      t.encoding === "utf8-bom" ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]) : utf8,
    ext: ".csv",
  };
}

async function badXml(path: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const bad: string[] = [];
  for (const [name, file] of Object.entries(zip.files)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const text = await file.async("string");
    if (XMLValidator.validate(text) !== true || /\bNaN\b|Infinity/.test(text)) bad.push(name);
  }
  return bad;
}

async function run(args: string[]) {
  const io = capture();
  const code = await main(args, io.io);
  return { code, out: io.out(), err: io.err() };
}

const written: string[] = [];

describe("the command line on hostile tables (fuzzed)", () => {
  it("never crashes, never prints or writes NaN, names every row, changes nothing but its output", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(table, async (t) => {
        const dir = mkdtempSync(join(tmpdir(), "govrank-fuzz-"));
        const { bytes, ext } = fileBytes(t);
        const input = join(dir, `表${n++}${ext}`);
        writeFileSync(input, bytes);
        const digest = createHash("sha256").update(bytes).digest("hex");

        const scored = await run(["score", input, "--format", "json"]);
        expect([0, 1]).toContain(scored.code);
        expect(`${scored.out}${scored.err}`).not.toMatch(/\bNaN\b|Infinity|内部错误/);
        if (scored.out.trim().startsWith("{")) {
          const json = JSON.parse(scored.out) as {
            units: { cell: string }[];
            excluded: { cell: string }[];
            problems: { cell: string | null }[];
          };
          const named = new Set(
            [...json.units, ...json.excluded, ...json.problems].map((x) => x.cell ?? ""),
          );
          const mentioned = [...named].join(" ");
          // Every data row: its unit cell (A2, A3 …) is ranked, set aside or in a problem —
          // unless the row is blank or a row the reader names as a whole (notes, totals).
          t.rows.forEach((cells, i) => {
            const address = `A${i + 2}`;
            const blank = cells.every((c) => c.trim() === "" || c === "-" || c === "—");
            if (!blank && scored.code === 0 && !/换\n行/.test(cells[0]))
              expect(mentioned.includes(`!${address}`) || mentioned.includes(`!B${i + 2}`)).toBe(
                true,
              );
          });
        }

        const output = join(dir, "out.xlsx");
        const report = await run(["report", input, "-o", output]);
        expect([0, 1]).toContain(report.code);
        expect(`${report.out}${report.err}`).not.toMatch(/\bNaN\b|Infinity|内部错误/);
        const docx = join(dir, "out.docx");
        const bulletin = await run(["bulletin", input, "--docx", docx]);
        expect([0, 1]).toContain(bulletin.code);
        expect(`${bulletin.out}${bulletin.err}`).not.toMatch(/\bNaN\b|Infinity|内部错误/);

        const files = readdirSync(dir).sort();
        const expected = [input.slice(dir.length + 1)];
        if (report.code === 0) expected.push("out.xlsx");
        if (bulletin.code === 0) expected.push("out.docx");
        expect(files).toEqual(expected.sort());
        if (report.code === 0) {
          expect(await badXml(output)).toEqual([]);
          written.push(output);
        }
        if (bulletin.code === 0) {
          expect(await badXml(docx)).toEqual([]);
          written.push(docx);
        }
        expect(createHash("sha256").update(readFileSync(input)).digest("hex")).toBe(digest);
      }),
      { numRuns: 60, seed: Number(process.env.GOVRANK_FUZZ_SEED ?? Date.now() % 2 ** 31) },
    );
  }, 240_000);

  it("reads hostile workbooks at the cost of their cells: far strays, long merges, formulas without values", async () => {
    const workbook = fc.record({
      rows: fc.array(fc.tuple(hostileName, fc.nat({ max: 900 })), { minLength: 1, maxLength: 6 }),
      stray: fc.option(
        fc.tuple(fc.integer({ min: 1, max: 1_048_576 }), fc.integer({ min: 1, max: 16_384 })),
      ),
      longMerge: fc.boolean(),
      formula: fc.boolean(),
      hidden: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(workbook, async (w) => {
        const dir = mkdtempSync(join(tmpdir(), "govrank-fuzz-xlsx-"));
        const book = new ExcelJS.Workbook();
        const ws = book.addWorksheet("热线");
        HEADER.forEach((h, c) => (ws.getCell(1, c + 1).value = h));
        w.rows.forEach(([name, due], r) =>
          [name, due, due, 0, 0, 0, 1].forEach((v, c) => (ws.getCell(r + 2, c + 1).value = v)),
        );
        if (w.stray) ws.getCell(w.stray[0], w.stray[1]).value = "x";
        if (w.formula) ws.getCell(2, 2).value = { formula: "1+1" } as ExcelJS.CellFormulaValue;
        if (w.hidden) ws.getRow(2).hidden = true;
        const input = join(dir, "book.xlsx");
        await book.xlsx.writeFile(input);
        if (w.longMerge) {
          // A merge down to the sheet's last row, written into the file as Excel would keep it
          // (exceljs itself would make a million cells to write it).
          const zip = await JSZip.loadAsync(readFileSync(input));
          const sheet = "xl/worksheets/sheet1.xml";
          const xml = (await zip.file(sheet)?.async("string")) ?? "";
          const merge = `<mergeCells count="1"><mergeCell ref="I${w.rows.length + 3}:I1048576"/></mergeCells>`;
          zip.file(sheet, xml.replace("</sheetData>", `</sheetData>${merge}`));
          writeFileSync(input, await zip.generateAsync({ type: "nodebuffer" }));
        }
        const scored = await run(["score", input, "--format", "json"]);
        expect([0, 1]).toContain(scored.code);
        expect(`${scored.out}${scored.err}`).not.toMatch(/\bNaN\b|Infinity|内部错误/);
        const report = await run(["report", input, "-o", join(dir, "out.xlsx")]);
        expect([0, 1]).toContain(report.code);
        if (report.code === 0) expect(await badXml(join(dir, "out.xlsx"))).toEqual([]);
      }),
      { numRuns: 5, seed: Number(process.env.GOVRANK_FUZZ_SEED ?? Date.now() % 2 ** 31) },
    );
  }, 240_000);

  it("writes files LibreOffice opens (hostile names of every kind, and a sample of the fuzzed outputs)", async () => {
    // Always one report and one draft with every hostile name, whatever the random runs wrote.
    const dir = mkdtempSync(join(tmpdir(), "govrank-fuzz-lo-"));
    const names = fc.sample(hostileName, { numRuns: 12, seed: 42 });
    const lines = [
      HEADER,
      ...names.map((name, i) => [name, String(10 + i), String(10 + i), "0", "0", "0", "99%"]),
    ];
    const input = join(dir, "hostile.csv");
    writeFileSync(
      input,
      lines.map((cells) => cells.map((c) => quote(c, ",")).join(",")).join("\n"),
    );
    expect((await run(["report", input, "-o", join(dir, "hostile.xlsx")])).code).toBe(0);
    expect((await run(["bulletin", input, "--docx", join(dir, "hostile.docx")])).code).toBe(0);
    const sample = [
      join(dir, "hostile.xlsx"),
      join(dir, "hostile.docx"),
      ...written.filter((_, i) => i % 5 === 0).slice(0, 4),
    ];
    // Distinct names, as each output was out.xlsx or out.docx in a folder of its own.
    const staging = mkdtempSync(join(tmpdir(), "govrank-fuzz-sample-"));
    const copies = sample.map((file, i) => {
      const copy = join(staging, `fuzz-${i}${file.slice(file.lastIndexOf("."))}`);
      copyFileSync(file, copy);
      return copy;
    });
    const out = convertWithLibreOffice(copies, "pdf", join(staging, "pdf"));
    expect(
      readdirSync(out)
        .filter((f) => f.endsWith(".pdf"))
        .sort(),
    ).toEqual(copies.map((c) => `${c.slice(staging.length + 1, c.lastIndexOf("."))}.pdf`).sort());
  }, 240_000);
});
