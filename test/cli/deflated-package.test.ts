/**
 * The ZIP container written by hand (deflated-package.ts) read back by JSZip and tested by Info-ZIP's
 * unzip, readers that are not ours: every part's bytes and CRC, names (UTF-8 included), empty and
 * large parts; its CRC-32 fallback
 * against Node's; MS-DOS times worked by hand. Whole reports written this way are also opened by
 * LibreOffice (report-libreoffice.test.ts) and exceljs (write-report-workbook.test.ts).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import fc from "fast-check";
import JSZip from "jszip";
import { deflatedPackage, dosDateTime, tableCrc32 } from "../../src/cli/xlsx/deflated-package";
import { PackageParts } from "../../src/cli/xlsx/package-parts";

describe("deflatedPackage", () => {
  it("writes every part so that another reader reads the same bytes back, in the same order", async () => {
    const zip = new PackageParts();
    const big = "<row>岳阳市12345</row>".repeat(50_000);
    zip.set("[Content_Types].xml", '<?xml version="1.0"?><Types/>');
    zip.set("xl/worksheets/sheet1.xml", big);
    zip.set("xl/empty.bin", new Uint8Array(0));
    zip.set(
      "xl/media/图.bin",
      Uint8Array.from({ length: 3000 }, (_, i) => (i * 37) % 256),
    );
    const bytes = deflatedPackage(zip, new Date(2026, 0, 1, 8, 30, 10));
    const back = await JSZip.loadAsync(bytes);
    const names = Object.values(back.files)
      .filter((f) => !f.dir)
      .map((f) => f.name);
    expect(names).toEqual([
      "[Content_Types].xml",
      "xl/worksheets/sheet1.xml",
      "xl/empty.bin",
      "xl/media/图.bin",
    ]);
    expect(await back.file("xl/worksheets/sheet1.xml")?.async("string")).toBe(big);
    expect(await back.file("xl/empty.bin")?.async("uint8array")).toEqual(new Uint8Array(0));
    expect(Array.from((await back.file("xl/media/图.bin")?.async("uint8array")) ?? [])).toEqual(
      Array.from({ length: 3000 }, (_, i) => (i * 37) % 256),
    );
    // Deflated: the repeated sheet is a small fraction of its size.
    expect(bytes.length).toBeLessThan(big.length / 20);
    // Info-ZIP inflates every part and checks its CRC and sizes against both headers.
    const file = join(mkdtempSync(join(tmpdir(), "govrank-zip-")), "package.zip");
    writeFileSync(file, bytes);
    expect(execFileSync("unzip", ["-t", file], { encoding: "utf8" })).toMatch(
      /No errors detected in compressed data/,
    );
  });

  it("computes the CRC-32 Node computes, where Node has none to lend", () => {
    expect(tableCrc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        expect(tableCrc32(bytes)).toBe(crc32(bytes));
      }),
    );
  });

  it("stores a time as MS-DOS does: local, in two-second steps, from 1980", () => {
    // 2026-01-01 08:30:10 → hours 8, minutes 30, 10 s / 2; year 2026 − 1980 = 46, month 1, day 1.
    expect(dosDateTime(new Date(2026, 0, 1, 8, 30, 10))).toEqual({
      time: (8 << 11) | (30 << 5) | 5,
      date: (46 << 9) | (1 << 5) | 1,
    });
    expect(dosDateTime(new Date(1970, 0, 1))).toEqual({ time: 0, date: (1 << 5) | 1 });
  });
});
