import { transformMeaning } from "../../../src/core/schemes/leaf-transforms";

describe("transformMeaning", () => {
  it("identity leaves the value, the cell and the words as they are", () => {
    const t = transformMeaning("identity");
    expect(t.value(0.9951)).toBe(0.9951);
    expect(t.excel("H4")).toBe("H4");
    expect(t.words("办结率", "zh")).toBe("办结率");
  });

  it("complement is 1 − x: 返工率 0.24 % counts as 0.9976", () => {
    const t = transformMeaning("complement");
    expect(t.value(0.0024)).toBeCloseTo(0.9976, 12);
    expect(t.excel("L4")).toBe("(1-L4)");
    expect(t.words("返工率", "zh")).toBe("(1 − 返工率)");
  });

  it("ln(k·x + 1), written without k when k is 1", () => {
    // 清博 BCI: ln(发博数 + 1); 692 posts → ln 693.
    expect(transformMeaning({ ln: 1 }).value(692)).toBeCloseTo(6.541029999, 8);
    expect(transformMeaning({ ln: 1 }).excel("C4")).toBe("LN(C4+1)");
    expect(transformMeaning({ ln: 1 }).words("发博数", "zh")).toBe("ln(发博数 + 1)");
    // WCI's 在看 weight: ln(10·z + 1); 3 在看 a day → ln 31.
    expect(transformMeaning({ ln: 10 }).value(3)).toBeCloseTo(Math.log(31), 12);
    expect(transformMeaning({ ln: 10 }).excel("(E4/28)")).toBe("LN(10*(E4/28)+1)");
    expect(transformMeaning({ ln: 10 }).words("在看数/天数", "en")).toBe("ln(10·在看数/天数 + 1)");
  });

  it("says which way each transform moves, as its values do", () => {
    for (const transform of ["identity", "complement", { ln: 1 }, { ln: 10 }] as const) {
      const t = transformMeaning(transform);
      const rises = t.value(0.6) > t.value(0.5);
      expect(t.slope).toBe(rises ? 1 : -1);
    }
    expect(transformMeaning("complement").slope).toBe(-1);
  });
});
