/**
 * The core's UTF-8 writer: what TextEncoder gives for the same (escaped) text, numbers as `String`
 * writes them, and a reused buffer that starts again clean and grows when a write needs it.
 */
import fc from "fast-check";
import { Utf8Writer } from "../../../src/core/text/utf8-writer";

const encoder = new TextEncoder();
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

describe("Utf8Writer", () => {
  it("writes text with the caller's escapes: a backslash before a tab, and nothing else touched", () => {
    const out = new Utf8Writer(new Map([[0x09, [0x5c, 0x09]]]));
    out.text("岳阳\t县").byte(0x0a).ascii("a\tb");
    expect(Buffer.from(out.bytes()).toString("utf8")).toBe("岳阳\\\t县\na\tb");
  });

  it("encodes any text as TextEncoder does, across writes and growth from a small buffer", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" })), {
          maxLength: 30,
        }),
        (texts) => {
          const out = new Utf8Writer(undefined, 16);
          for (const t of texts) out.text(t);
          expect(same(out.bytes(), encoder.encode(texts.join("")))).toBe(true);
        },
      ),
    );
  });

  it("writes any finite number as String does, whole numbers' digits made by hand", () => {
    const numbers = fc.oneof(
      fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
      fc.integer({ min: -1000, max: 1000 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      // Decimals of up to six places, as rates and scores are (0.8734, 92.35, -0.000001).
      fc
        .tuple(fc.integer({ min: -1e15, max: 1e15 }), fc.integer({ min: 0, max: 8 }))
        .map(([m, places]) => m / 10 ** places),
      fc.double({ min: -1e9, max: 1e9, noNaN: true }).map((x) => Math.round(x * 1e4) / 1e4),
      fc.constantFrom(
        0,
        -0,
        9,
        10,
        99,
        100,
        2 ** 31 - 1,
        2 ** 31,
        -(2 ** 31),
        2 ** 53 - 1,
        2 ** 53,
        1e21,
        0.1,
        5e-324,
        0.1 + 0.2,
        1e-6,
        -1e-6,
        9.99e-7,
        999999999.999999,
        1e9 - 0.5,
        1e9 + 0.5,
        0.8734,
        -0.5,
        123456.7,
        0.000123,
      ),
    );
    fc.assert(
      fc.property(numbers, (n) => {
        const out = new Utf8Writer(undefined, 16);
        out.number(n);
        expect(Buffer.from(out.bytes()).toString("latin1")).toBe(String(n));
      }),
      { numRuns: 3000 },
    );
  });

  it("starts again at no bytes after clear", () => {
    const out = new Utf8Writer();
    out.text("第一");
    expect(out.length).toBe(6);
    out.clear().text("b");
    expect([...out.bytes()]).toEqual([0x62]);
  });

  it("refuses non-ASCII where ASCII is promised, and an escape for a non-ASCII character", () => {
    expect(() => new Utf8Writer().ascii("岳")).toThrow(/not ASCII/);
    expect(() => new Utf8Writer(new Map([[0x5cb3, [0x20]]]))).toThrow(/ASCII/);
  });
});
