import { builtinScheme } from "../../../src/core/schemes/builtin";
import type { Scheme } from "../../../src/core/schemes/scheme";
import { indexValue } from "../../../src/core/score/index-value";
import { roundHalfUp } from "../../../src/core/values/decimal-round";

const scheme = (id: string) => builtinScheme(id) as Scheme;

describe("indexValue", () => {
  it("gives 荆州市检察院's published BCI 1218.42 from its counts", () => {
    const inputs: Record<string, number> = {
      posts: 692,
      originalPosts: 689,
      reposts: 335,
      comments: 18051,
      originalReposts: 333,
      originalComments: 17915,
      likes: 5413,
    };
    const out = indexValue(scheme("weibo-bci").index!, { value: (id) => inputs[id], days: 28 });
    expect(out.ok && roundHalfUp(out.raw, 2)).toBe(1218.42);
    expect(out.ok && [...out.used].sort()).toEqual(Object.keys(inputs).sort());
  });

  it("computes 30·1 + 30·0.9961 + 20·(1 − 0.0023) + 20·0.98 by hand", () => {
    const measures: Record<string, number> = {
      completionRate: 1,
      onTimeRate: 0.9961,
      reworkRate: 0.0023,
      satisfactionRate: 0.98,
    };
    const out = indexValue(scheme("hotline-composite").index!, {
      value: (id) => measures[id],
      days: 91,
    });
    expect(out.ok && out.raw).toBeCloseTo(30 + 30 * 0.9961 + 20 * 0.9977 + 20 * 0.98, 10);
  });

  it("names the first value it lacks", () => {
    const out = indexValue(scheme("hotline-composite").index!, {
      value: (id) => (id === "completionRate" ? 1 : undefined),
      days: 91,
    });
    expect(out).toEqual({ ok: false, missing: "onTimeRate" });
  });
});
