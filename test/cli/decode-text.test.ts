import fc from "fast-check";
import iconv from "iconv-lite";
import { decodeTextFile } from "../../src/cli/decode-text";

// Names as units are written: common characters, several of whose GBK bytes are valid UTF-8
// two-byte letters (中 D6 D0 reads as Hebrew א), so a careless "is it UTF-8?" test takes them for it.
const CHARS = [..."中心区局委办市县镇街道医院学校公安交通水务住建民政人社卫健文旅应急城管供电燃气"];
const name = fc
  .array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 12 })
  .map((cs) => cs.join(""));

describe("decodeTextFile", () => {
  it("reads UTF-16, UTF-8 with and without BOM, and GB18030", () => {
    const text = "部门名称,应办理数\n市水务局,10\n";
    expect(
      decodeTextFile(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])).text,
    ).toBe(text);
    expect(decodeTextFile(Buffer.from(`\ufeff${text}`, "utf8")).text).toBe(text);
    expect(decodeTextFile(Buffer.from(text, "utf8")).text).toBe(text);
    expect(decodeTextFile(iconv.encode(text, "gb18030"))).toEqual({ text, utf8Lines: [] });
  });

  it("never takes a GBK line for UTF-8", () => {
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 20 }), (names) => {
        const text = `单位,数\n${names.map((n, i) => `${n},${i}`).join("\n")}\n`;
        expect(decodeTextFile(iconv.encode(text, "gbk"))).toEqual({ text, utf8Lines: [] });
      }),
      { numRuns: 300 },
    );
  });

  it("reads the UTF-8 lines of a GBK file as UTF-8, and names them", () => {
    const bytes = Buffer.concat([
      iconv.encode("单位,数\n市水务局,1\n", "gbk"),
      Buffer.from("市扫黄打非办,2\n", "utf8"),
      iconv.encode("中心医院,3\n", "gbk"),
    ]);
    expect(decodeTextFile(bytes)).toEqual({
      text: "单位,数\n市水务局,1\n市扫黄打非办,2\n中心医院,3\n",
      utf8Lines: [3],
    });
  });
});
