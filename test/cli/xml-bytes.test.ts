/**
 * The byte writer must give what the host's UTF-8 encoder gives for the same escaped text — for
 * any string, CJK, astral characters and lone surrogates (U+FFFD, as TextEncoder writes them)
 * included — across the growth of its buffer.
 */
import fc from "fast-check";
import { XmlBytes } from "../../src/cli/xlsx/xml-bytes";

const escaped = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

describe("XmlBytes", () => {
  it("writes markup and escaped text as UTF-8", () => {
    const bytes = new XmlBytes().ascii("<t>").text("A&B<岳阳>𠀀").ascii("</t>").bytes();
    expect(Buffer.from(bytes).toString("utf8")).toBe("<t>A&amp;B&lt;岳阳&gt;𠀀</t>");
  });

  it("encodes any text as the host's encoder does", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), fc.string()),
          {
            maxLength: 50,
          },
        ),
        (texts) => {
          const out = new XmlBytes();
          for (const t of texts) out.ascii("<t>").text(t).ascii("</t>");
          const expected = new TextEncoder().encode(
            texts.map((t) => `<t>${escaped(t)}</t>`).join(""),
          );
          expect(Buffer.from(out.bytes()).equals(Buffer.from(expected))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("grows past its first 64 KB", () => {
    const out = new XmlBytes();
    const line = "岳阳市公安局&".repeat(100);
    for (let i = 0; i < 200; i++) out.text(line);
    expect(Buffer.from(out.bytes()).toString("utf8")).toBe(escaped(line).repeat(200));
  });

  it("refuses non-ASCII markup", () => {
    expect(() => new XmlBytes().ascii("岳")).toThrow(/not ASCII/);
  });
});
