import {
  changeWords,
  gradeGapWords,
  heldWords,
  passGapWords,
} from "../../../src/core/gap/gap-words";
import { builtinScheme } from "../../../src/core/schemes/builtin";
import type { Scheme } from "../../../src/core/schemes/scheme";

const composite = builtinScheme("hotline-composite") as Scheme;
const bci = builtinScheme("weibo-bci") as Scheme;

describe("gap words", () => {
  it("words 长岭炼化公司's way to B as the bulletin would", () => {
    expect(
      gradeGapWords(
        composite,
        {
          kind: "next",
          grade: "B",
          floor: 90,
          changes: [
            { input: "handled", reached: false },
            { input: "late", reached: true, change: -1, steps: 1, key: 90 },
          ],
        },
        "zh",
      ),
    ).toBe("再按期办结1件即可达到B类");
  });

  it("joins several ways with 或, a rate in percentage points without trailing zeros", () => {
    const words = gradeGapWords(
      composite,
      {
        kind: "next",
        grade: "A",
        floor: 95,
        changes: [
          { input: "rework", reached: true, change: -2, steps: 2, key: 95 },
          { input: "satisfactionRate", reached: true, change: 0.035, steps: 350, key: 95 },
        ],
      },
      "zh",
    );
    expect(words).toBe("少返工2件或群众满意率提高3.5个百分点即可达到A类");
  });

  it("says when no single change reaches the grade, and a top unit's margin", () => {
    expect(
      gradeGapWords(composite, { kind: "next", grade: "B", floor: 90, changes: [] }, "zh"),
    ).toBe("单项改进达不到B类");
    expect(gradeGapWords(composite, { kind: "top", margin: 4.6, below: "B" }, "zh")).toBe(
      "领先B类分界4.6分",
    );
    expect(gradeGapWords(composite, { kind: "top", margin: 4.6, below: "B" }, "en")).toBe(
      "4.6 above the line to B",
    );
  });

  it("words an input without advice from its label, in both languages", () => {
    const gap = { input: "originalPosts", reached: true as const, change: 12, steps: 12, key: 0 };
    expect(changeWords(bci, gap, "zh")).toBe("原创微博数增加12");
    expect(changeWords(bci, gap, "en")).toBe("Original posts +12");
    expect(
      passGapWords(bci, { kind: "next", above: "@武汉发布", value: 80, changes: [gap] }, "zh"),
    ).toBe("原创微博数增加12即可超过@武汉发布");
    expect(passGapWords(bci, { kind: "first" }, "zh")).toBe("已居首位");
  });

  it("says why an input is held", () => {
    expect(heldWords(composite, { input: "due", reason: "denominator" }, "zh")).toBe(
      "应办理数是比率的分母（工作量），保持不变",
    );
  });
});
