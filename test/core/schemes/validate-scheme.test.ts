import { builtinSchemes } from "../../../src/core/schemes/builtin";
import { hotlineComposite } from "../../../src/core/schemes/builtin/hotline-composite";
import { validateScheme } from "../../../src/core/schemes/validate-scheme";

describe("validateScheme", () => {
  it("accepts every built-in scheme", () => {
    for (const scheme of builtinSchemes())
      expect(validateScheme(scheme)).toEqual({ ok: true, scheme });
  });

  it("explains a wrong shape in the clerk's words, naming the part", () => {
    const broken = structuredClone(hotlineComposite) as Record<string, unknown> & {
      index: { nodes: { weight: unknown }[] };
    };
    broken.index.nodes[1] = { ...broken.index.nodes[1], weight: "三十" };
    delete broken["name"];
    const result = validateScheme(broken);
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.problems.map((p) => p.message.zh);
    expect(messages).toContain("方案中“综合指数 › 权重项 › 第2项 › 权重”类型不对，需要数字。");
    expect(messages).toContain("方案中“方案名称”缺少这一项。");
  });

  it("checks references between parts: measures, index leaves, sort keys and grade bands", () => {
    const broken = structuredClone(hotlineComposite) as typeof hotlineComposite;
    broken.index = {
      ...broken.index!,
      nodes: [{ weight: 100, leaf: { value: "speed", transform: "identity" } }],
    };
    broken.grades = [{ min: 80, label: "A" }, { min: 90, label: "B" }, { label: "C" }];
    broken.ranking = { order: [{ key: "volume", direction: "desc" }] };
    const result = validateScheme(broken);
    const messages = result.ok ? [] : result.problems.map((p) => p.message.zh).join("\n");
    expect(messages).toContain("“speed”既不是指标也不是输入列");
    expect(messages).toContain("排序依据“volume”");
    expect(messages).toContain("等级下限应从高到低");
  });

  it("asks advice words for {n} and for an input the scheme has", () => {
    const broken = structuredClone(hotlineComposite) as typeof hotlineComposite;
    broken.advice = [
      { input: "late", words: { zh: "再按期办结一件", en: "{n} more on time" } },
      { input: "speed", words: { zh: "提速{n}", en: "{n} faster" } },
    ];
    const shape = validateScheme(broken);
    const messages = shape.ok ? [] : shape.problems.map((p) => p.message.zh);
    expect(messages).toContain(
      "方案中“改进说法 › 第1项 › 说法 › 中文”要写上 {n}，代表需要改变的数量。",
    );
    broken.advice = [{ input: "speed", words: { zh: "提速{n}", en: "{n} faster" } }];
    const reference = validateScheme(broken);
    const texts = reference.ok ? "" : reference.problems.map((p) => p.message.zh).join("\n");
    expect(texts).toContain("“speed”在方案中不存在");
  });
});
