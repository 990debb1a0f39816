import fc from "fast-check";
import {
  isFoldedAlready,
  isPercentFormat,
  normalizeText,
  parseCell,
} from "../../../src/core/values/parse-cell";

describe("parseCell", () => {
  it.each([
    [4195, undefined, { kind: "number", value: 4195, percent: false }],
    [0.9998, "0.00%", { kind: "number", value: 0.9998, percent: true }],
    ["99.59%", undefined, { kind: "number", value: 0.9959, percent: true }],
    [" 99.59 ％ ", undefined, { kind: "number", value: 0.9959, percent: true }],
    ["100%", undefined, { kind: "number", value: 1, percent: true }],
    ["１２３", undefined, { kind: "number", value: 123, percent: false }],
    ["1,234", undefined, { kind: "number", value: 1234, percent: false }],
    ["１，２３４.５", undefined, { kind: "number", value: 1234.5, percent: false }],
    ["1.2万", undefined, { kind: "number", value: 12000, percent: false }],
    [
      "64W+",
      undefined,
      { kind: "number", value: 640000, percent: false, lowerBound: { step: 10000 } },
    ],
    [
      "10万+",
      undefined,
      { kind: "number", value: 100000, percent: false, lowerBound: { step: 10000 } },
    ],
    ["-3", undefined, { kind: "number", value: -3, percent: false }],
    ["5", "0%", { kind: "number", value: 5, percent: true }],
  ])("reads %p (format %p)", (raw, format, expected) => {
    expect(parseCell(raw, format)).toEqual(expected);
  });

  it.each([null, undefined, "", "  ", "—", "-", "/", "－", "——"])("reads %p as blank", (raw) => {
    expect(parseCell(raw)).toEqual({ kind: "blank" });
  });

  it.each(["#N/A", "#DIV/0!", "#value!", "＃N/A"])("reads %p as an Excel error", (raw) => {
    expect(parseCell(raw).kind).toBe("excel-error");
  });

  it.each(["abc", "12a", "1,23", "%", "W+", "1.2.3", "--5"])(
    "keeps %p as text it cannot read",
    (raw) => {
      expect(parseCell(raw).kind).toBe("text");
    },
  );

  it("tells percent formats from literal percent signs", () => {
    expect(isPercentFormat("0.00%")).toBe(true);
    expect(isPercentFormat('0.00"%"')).toBe(false);
    expect(isPercentFormat("General")).toBe(false);
  });

  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.double(), fc.boolean()),
        (raw) => {
          const parsed = parseCell(raw);
          if (parsed.kind === "number") expect(Number.isFinite(parsed.value)).toBe(true);
        },
      ),
    );
  });

  it("reads back any plausible number it is given as text (below 10^15 in size)", () => {
    fc.assert(
      fc.property(
        fc
          .double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 })
          .filter((n) => !Object.is(n, -0) && Math.abs(n) < 1e15),
        (n) => {
          const parsed = parseCell(String(n));
          expect(parsed).toEqual({ kind: "number", value: n, percent: false });
        },
      ),
    );
  });

  it("leaves a figure of 10^15 or more as text, to be reported, never summed to Infinity", () => {
    expect(parseCell("1e308").kind).toBe("text");
    expect(parseCell(1e308).kind).toBe("text");
    expect(parseCell("1e400").kind).toBe("text");
    expect(parseCell("999999999999999")).toMatchObject({ kind: "number", value: 999999999999999 });
  });

  it("does not join digits a space keeps apart ('10 5' is a typo, not 105)", () => {
    expect(parseCell("10 5")).toEqual({ kind: "text", text: "10 5" });
    expect(parseCell("3 9 7 1").kind).toBe("text");
    expect(parseCell(" 105 ")).toMatchObject({ kind: "number", value: 105 });
  });
});

describe("normalizeText", () => {
  /** The definition, with no shortcut: NFKC, runs of spaces one, none at the ends. */
  const folded = (text: string) =>
    text
      .normalize("NFKC")
      .replace(/[\s\u200b\ufeff]+/g, " ")
      .trim();

  it("folds full-width forms and spaces", () => {
    expect(normalizeText(" 岳阳市\u3000 ＡＢ１２ ")).toBe("岳阳市 AB12");
    expect(normalizeText("单位0000001")).toBe("单位0000001");
  });

  it("takes a text as folded already only where the host's NFKC and the spacing keep every character", () => {
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      if (isFoldedAlready(ch)) expect(folded(ch)).toBe(ch);
    }
  });

  it("gives the definition's text for any text, with or without the shortcut", () => {
    const unit = fc.oneof(
      fc.constantFrom(
        "岳",
        "阳",
        "a",
        "1",
        " ",
        "\u3000",
        "Ａ",
        "（",
        "\u200b",
        "﨑",
        "ｶ",
        "\u0301",
      ),
      fc.string({ minLength: 1, maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 20 }), (text) => {
        expect(normalizeText(text)).toBe(folded(text));
      }),
    );
  });
});
