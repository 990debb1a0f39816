/** The core's UTF-8 encoder agrees with the platform's TextEncoder on any text. */
import fc from "fast-check";
import { utf8Bytes } from "../../../src/core/text/utf8";

describe("utf8Bytes", () => {
  it("encodes as TextEncoder does, CJK, emoji and lone surrogates included", () => {
    const encoder = new TextEncoder();
    for (const text of ["", "abc", "岳阳县政府", "64W+ 99.5%", "😀", "\ud800x", "x\udc00"])
      expect([...utf8Bytes(text)]).toEqual([...encoder.encode(text)]);
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect([...utf8Bytes(text)]).toEqual([...encoder.encode(text)]);
      }),
    );
  });
});
