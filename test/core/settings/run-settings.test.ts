import { DEFAULT_SETTINGS, parseRunSettings } from "../../../src/core/settings/run-settings";

describe("parseRunSettings", () => {
  it("reads saved settings back, filling the defaults", () => {
    const { settings, warnings } = parseRunSettings({
      version: 1,
      schemeId: "weibo-bci",
      basis: "yoy",
    });
    expect(warnings).toEqual([]);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, schemeId: "weibo-bci", basis: "yoy" });
    expect(DEFAULT_SETTINGS).toEqual({
      version: 1,
      mapping: {},
      previousMapping: {},
      renames: {},
      liveFormulas: false,
      charts: true,
      analysis: true,
    });
  });

  it("falls back to nothing, with a warning, on settings of another version or edited by hand", () => {
    for (const bad of [{ version: 2 }, { version: 1, days: -3 }, "garbage"]) {
      const { settings, warnings } = parseRunSettings(bad);
      expect(settings).toBeNull();
      expect(warnings[0]?.zh).toContain("无法识别");
    }
    expect(parseRunSettings(undefined)).toEqual({ settings: null, warnings: [] });
  });
});
