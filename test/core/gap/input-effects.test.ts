import { keyEffects } from "../../../src/core/gap/input-effects";
import { builtinScheme } from "../../../src/core/schemes/builtin";
import { SchemeSchema, type Scheme } from "../../../src/core/schemes/scheme";

const scheme = (id: string): Scheme => {
  const s = builtinScheme(id);
  if (!s) throw new Error(id);
  return s;
};

describe("keyEffects", () => {
  it("reads the comprehensive evaluation's tree: more handled, fewer late, fewer reworked, higher satisfaction; 应办理数 held", () => {
    // 30·办理/应办 + 30·(办理 − 超期)/应办 + 20·(1 − 返工/应办) + 20·满意率
    expect(keyEffects(scheme("hotline-composite"), "score")).toEqual({
      moves: [
        { input: "handled", effect: 1 },
        { input: "late", effect: -1 },
        { input: "rework", effect: -1 },
        { input: "satisfactionRate", effect: 1 },
      ],
      held: [{ input: "due", reason: "denominator" }],
    });
  });

  it("gives every BCI count a rising effect (ln(x + 1) with positive weights)", () => {
    const effects = keyEffects(scheme("weibo-bci"), "score");
    expect(effects.moves.length).toBeGreaterThan(5);
    expect(effects.moves.every((m) => m.effect === 1)).toBe(true);
    expect(effects.held).toEqual([]);
  });

  it("holds WCI's articles: the reads are taken per article", () => {
    const effects = keyEffects(scheme("wechat-wci"), "score");
    expect(effects.held.map((h) => h.reason)).toContain("denominator");
    const held = new Set(effects.held.map((h) => h.input));
    expect(effects.moves.some((m) => held.has(m.input))).toBe(false);
  });

  it("says the monthly table is ranked by its volume: nothing a unit improves", () => {
    expect(keyEffects(scheme("hotline-monthly"), "tasks")).toEqual({
      moves: [],
      held: [{ input: "tasks", reason: "volume" }],
    });
  });

  it("holds an input a clerk's index reads both ways, and follows a negative weight", () => {
    const base = scheme("hotline-composite");
    const own = SchemeSchema.parse({
      ...base,
      id: "own-index",
      index: {
        label: { zh: "自定指数", en: "Own index" },
        precision: 1,
        nodes: [
          { weight: 50, leaf: { value: "late", transform: "identity" } },
          { weight: 30, leaf: { value: "onTimeRate", transform: "identity" } },
          { weight: -10, leaf: { value: "rework", transform: "identity" } },
        ],
      },
    });
    // late: +50 directly, −30 through (办理 − 超期)/应办 → both ways; rework: −10 → falls.
    expect(keyEffects(own, "score")).toEqual({
      moves: [
        { input: "handled", effect: 1 },
        { input: "rework", effect: -1 },
      ],
      held: [
        { input: "due", reason: "denominator" },
        { input: "late", reason: "both-ways" },
      ],
    });
  });
});
