import fc from "fast-check";
import { cellText } from "../../../src/core/report/cells";
import { displayWidth, isWide } from "../../../src/core/text/display-width";

describe("displayWidth", () => {
  it("counts CJK and full-width characters as two columns", () => {
    expect(displayWidth("BCI")).toBe(3);
    expect(displayWidth("市自来水公司")).toBe(12);
    expect(displayWidth("１２３")).toBe(6);
    expect(displayWidth("A类（3）")).toBe(1 + 2 + 2 + 1 + 2);
    expect(displayWidth("")).toBe(0);
  });

  it("counts a surrogate pair as one code point and a lone surrogate as one", () => {
    expect(displayWidth("😀")).toBe(1);
    expect(displayWidth("a\ud800b")).toBe(3);
    expect(displayWidth("\udc00\ud800")).toBe(2);
    expect(displayWidth("岳\ud83d")).toBe(3);
  });

  it("takes CJK ideographs, kana, Hangul and full-width forms for wide, Latin and half-width kana not", () => {
    for (const ch of ["岳", "あ", "한", "Ａ", "，", "﨑"])
      expect(isWide(ch.codePointAt(0) ?? 0)).toBe(true);
    for (const ch of ["A", "é", "ｶ", "—", " "]) expect(isWide(ch.codePointAt(0) ?? 0)).toBe(false);
  });

  it("gives what counting code point by code point gives, on any text", () => {
    // The definition read through the string's iterator (one code point at a time).
    const byCodePoint = (text: string) =>
      [...text].reduce((width, ch) => width + (isWide(ch.codePointAt(0) ?? 0) ? 2 : 1), 0);
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (text) => {
        expect(displayWidth(text)).toBe(byCodePoint(text));
      }),
    );
  });

  it("measures a text as wide as its cell text (what the report's column widths rely on)", () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(
            fc.constantFrom("\u0001", "\ufffe", "\ud800", "\udfff", "岳"),
            fc.string({ minLength: 1, maxLength: 1 }),
          ),
          maxLength: 40,
        }),
        (text) => {
          expect(displayWidth(cellText(text))).toBe(displayWidth(text));
        },
      ),
    );
  });
});
