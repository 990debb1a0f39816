import { xmlSafe } from "../../../src/core/text/xml-safe";

describe("xmlSafe", () => {
  it("replaces what XML cannot hold with �, and keeps tabs, line breaks and Chinese", () => {
    expect(xmlSafe("市\u0000水务\u001b局")).toBe("市\ufffd水务\ufffd局");
    expect(xmlSafe("a\ufffeb\uffff")).toBe("a\ufffdb\ufffd");
    expect(xmlSafe("a\tb\nc\r")).toBe("a\tb\nc\r");
    expect(xmlSafe("\ud83d")).toBe("\ufffd");
    expect(xmlSafe("𠀀 荆州")).toBe("𠀀 荆州");
  });
});
