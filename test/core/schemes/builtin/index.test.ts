import {
  builtinScheme,
  builtinSchemes,
  BUILTIN_SCHEME_IDS,
} from "../../../../src/core/schemes/builtin";

describe("the built-in schemes", () => {
  it("are the five published methods, each once, validated once", () => {
    expect(builtinSchemes().map((s) => s.id)).toEqual([...BUILTIN_SCHEME_IDS]);
    expect(builtinSchemes()).toBe(builtinSchemes());
    expect(builtinScheme("weibo-bci")?.name.zh).toContain("微博");
    expect(builtinScheme("nosuch")).toBeUndefined();
  });
});
