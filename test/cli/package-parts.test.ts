/**
 * The package reader (package-parts.ts) against readers and writers that are not ours: every
 * fixture workbook read part for part as JSZip reads it (deflated and stored parts), packages JSZip
 * writes either way, our own writer's packages round-tripped; and damaged or foreign files
 * refused with PackageError, never read wrong.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import JSZip from "jszip";
import { deflatedPackage } from "../../src/cli/xlsx/deflated-package";
import { PackageError, PackageParts } from "../../src/cli/xlsx/package-parts";

const FIXTURES = join(__dirname, "..", "fixtures");

function workbooks(): string[] {
  return ["published", "own"].flatMap((dir) =>
    readdirSync(join(FIXTURES, dir))
      .filter((f) => f.endsWith(".xlsx"))
      .map((f) => join(FIXTURES, dir, f)),
  );
}

/** Every file's path and bytes as JSZip reads them, in its order. */
async function jszipParts(bytes: Uint8Array): Promise<[string, number[]][]> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: [string, number[]][] = [];
  for (const entry of Object.values(zip.files))
    if (!entry.dir) parts.push([entry.name, Array.from(await entry.async("uint8array"))]);
  return parts;
}

function ourParts(bytes: Uint8Array): [string, number[]][] {
  const package_ = PackageParts.read(bytes);
  return package_.paths().map((p) => [p, Array.from(package_.bytes(p) ?? [])]);
}

/** A one-part ZIP written by JSZip, stored, for damaging one field at a time. */
async function storedZip(name: string, content: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(name, content);
  return zip.generateAsync({ type: "nodebuffer", compression: "STORE" });
}

describe("PackageParts", () => {
  it("reads every fixture workbook (Excel's, deflated and stored parts) part for part as JSZip does", async () => {
    const files = workbooks();
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const file of files) {
      const bytes = readFileSync(file);
      const ours = ourParts(bytes);
      expect(ours.map(([p]) => p)).toContain("xl/workbook.xml");
      expect(ours).toEqual(await jszipParts(bytes));
    }
  });

  it("reads packages JSZip writes, deflated or stored, with UTF-8 names, empty parts and folders", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(
          fc.record({
            name: fc.stringMatching(/^[a-z图表]{1,8}(\/[a-z图表]{1,8}){0,2}\.(xml|bin)$/),
            content: fc.oneof(fc.string({ maxLength: 3000 }), fc.uint8Array({ maxLength: 3000 })),
          }),
          { selector: (p) => p.name, minLength: 1, maxLength: 6 },
        ),
        fc.constantFrom("DEFLATE" as const, "STORE" as const),
        async (parts, compression) => {
          const zip = new JSZip();
          zip.folder("xl/media");
          for (const p of parts) zip.file(p.name, p.content);
          const bytes = await zip.generateAsync({ type: "uint8array", compression });
          expect(ourParts(bytes)).toEqual(await jszipParts(bytes));
          // A text part reads back as the text written.
          const text = parts.find((p) => typeof p.content === "string");
          if (text) expect(PackageParts.read(bytes).text(text.name)).toBe(text.content);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("reads back what deflatedPackage wrote, changed parts in their places and new ones last", () => {
    const package_ = new PackageParts();
    package_.set("[Content_Types].xml", "<Types/>");
    package_.set("xl/worksheets/sheet1.xml", "<row>岳阳</row>".repeat(1000));
    package_.set("xl/media/image1.png", Uint8Array.of(137, 80, 78, 71));
    const again = PackageParts.read(deflatedPackage(package_, new Date(2026, 0, 1)));
    again.set("xl/worksheets/sheet1.xml", "<row/>");
    again.set("xl/charts/chart1.xml", "<c:chartSpace/>");
    expect(again.paths()).toEqual([
      "[Content_Types].xml",
      "xl/worksheets/sheet1.xml",
      "xl/media/image1.png",
      "xl/charts/chart1.xml",
    ]);
    expect(again.text("xl/worksheets/sheet1.xml")).toBe("<row/>");
    expect(Array.from(again.bytes("xl/media/image1.png") ?? [])).toEqual([137, 80, 78, 71]);
    expect(again.text("xl/none.xml")).toBeUndefined();
    expect(again.has("xl/charts/chart1.xml")).toBe(true);
  });

  it("refuses what is not a package it can read, with PackageError", async () => {
    const good = await storedZip("a.xml", "<a>hello</a>");
    expect(PackageParts.read(good).text("a.xml")).toBe("<a>hello</a>");
    const refused = (bytes: Uint8Array) => {
      expect(() => {
        const package_ = PackageParts.read(bytes);
        for (const p of package_.paths()) package_.bytes(p);
      }).toThrow(PackageError);
    };
    // Not a ZIP at all; cut short (no end record; the directory past the end).
    refused(new TextEncoder().encode("部门名称,得分\n甲,90\n"));
    refused(good.subarray(0, good.length - 10));
    refused(good.subarray(20));
    // The local header's signature damaged.
    const badLocal = Buffer.from(good);
    badLocal.writeUInt32LE(0, 0);
    refused(badLocal);
    // Locate the central directory entry (after the stored part) and damage its fields.
    const central = good.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const withField = (offset: number, value: number, size: 2 | 4) => {
      const bytes = Buffer.from(good);
      if (size === 2) bytes.writeUInt16LE(value, central + offset);
      else bytes.writeUInt32LE(value, central + offset);
      return bytes;
    };
    refused(withField(10, 12, 2)); // packed by bzip2
    refused(withField(8, 1, 2)); // encrypted
    refused(withField(24, 5, 4)); // longer than its bytes say
    refused(withField(20, 1_000_000, 4)); // its bytes run past the end
    // Deflated data that inflates to more than the directory says: refused, not followed.
    const zip = new JSZip();
    zip.file("big.xml", "x".repeat(100_000));
    const bomb = Buffer.from(
      await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }),
    );
    const bombCentral = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bomb.writeUInt32LE(10, bombCentral + 24);
    refused(bomb);
  });
});
