import { scoringFromSettings } from "../../../src/core/run/scoring-from-settings";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/run-settings";

describe("scoringFromSettings", () => {
  it("turns a request into the scoring options", () => {
    const { options, problems } = scoringFromSettings({
      ...DEFAULT_SETTINGS,
      schemeId: "hotline-composite",
      mapping: { rework: "G" },
      rankMethod: "dense",
      days: 28,
      grades: "A:90,B:80,C",
    });
    expect(problems).toEqual([]);
    expect(options.scheme?.id).toBe("hotline-composite");
    expect(options).toMatchObject({ mapping: { rework: "G" }, rankMethod: "dense", days: 28 });
    expect(options.grades).toEqual([
      { min: 90, label: "A" },
      { min: 80, label: "B" },
      { label: "C" },
    ]);
  });

  it("sets aside what cannot be used, with a message, and goes on", () => {
    const { options, problems } = scoringFromSettings({
      ...DEFAULT_SETTINGS,
      schemeId: "gone-scheme",
      grades: "A:90,B:95",
      customScheme: { id: "bad" },
    });
    expect(options.scheme).toBeUndefined();
    expect(options.grades).toBeUndefined();
    expect(problems.map((p) => p.zh)).toEqual([
      expect.stringContaining("保存的自定义方案有误"),
      expect.stringContaining("找不到保存的方案“gone-scheme”"),
      expect.stringContaining("等级标准“A:90,B:95”有误"),
    ]);
  });
});
