import {
  boundWords,
  changeWords,
  gradeGapWords,
  heldWords,
  leaveOneOutWords,
  passGapWords,
  rangeWords,
  robustnessMethodWords,
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
          reaches: [null, "B"],
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
        reaches: ["A", "A"],
      },
      "zh",
    );
    expect(words).toBe("少返工2件或群众满意率提高3.5个百分点即可达到A类");
  });

  it("says where a change lands when it carries the unit past the next grade", () => {
    // 市审计局: 1 due, 0 handled → 40.0 (E); one more handled → 100.0, A, not just D.
    expect(
      gradeGapWords(
        composite,
        {
          kind: "next",
          grade: "D",
          floor: 60,
          changes: [{ input: "handled", reached: true, change: 1, steps: 1, key: 100 }],
          reaches: ["A"],
        },
        "zh",
      ),
    ).toBe("再办结1件（可达A类）即可达到D类");
  });

  it("says when no single change reaches the grade, and a top unit's margin", () => {
    expect(
      gradeGapWords(
        composite,
        { kind: "next", grade: "B", floor: 90, changes: [], reaches: [] },
        "zh",
      ),
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

  it("words a rank range: stable within 5 % of the list, else sensitive", () => {
    // 82 units: up to 5 places is stable; 3–9 is not.
    expect(rangeWords({ nominal: 3, best: 3, worst: 4 }, 82, "zh")).toBe("排名稳定（第3–4名）");
    expect(rangeWords({ nominal: 5, best: 3, worst: 9 }, 82, "zh")).toBe(
      "排名受权重影响较大（第3–9名）",
    );
    expect(rangeWords({ nominal: 2, best: 2, worst: 2 }, 10, "zh")).toBe("排名稳定（第2名）");
    // 10 units: two places is already a fifth of the list.
    expect(rangeWords({ nominal: 2, best: 2, worst: 4 }, 10, "en")).toBe(
      "rank sensitive to the weights (2–4)",
    );
  });

  it("words the rank bounds, exact where the draws reached them", () => {
    expect(boundWords({ nominal: 4, best: 3, worst: 5, bound: { best: 3, worst: 5 } }, "zh")).toBe(
      "第3–5名（精确）",
    );
    expect(boundWords({ nominal: 4, best: 3, worst: 4, bound: { best: 2, worst: 6 } }, "zh")).toBe(
      "第2–6名",
    );
    expect(boundWords({ nominal: 4, best: 4, worst: 4 }, "zh")).toBe("");
  });

  it("words an indicator left out, and the run's band, draws and seed", () => {
    expect(
      leaveOneOutWords(
        composite,
        { value: "satisfactionRate", meanShift: 1.25, maxShift: 9, moved: 42 },
        "zh",
      ),
    ).toBe("不计群众满意率：42个单位名次改变，平均变化1.3位，最多9位");
    const lines = robustnessMethodWords(
      {
        kind: "done",
        band: 0.1,
        draws: 500,
        seed: 42,
        ranges: [],
        bounds: "computed",
        leaveOneOut: [],
      },
      "zh",
    );
    expect(lines[0]).toContain("±10%");
    expect(lines[0]).toContain("抽样500次，随机种子42");
  });
});
