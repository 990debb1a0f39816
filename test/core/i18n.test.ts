import { isLanguage, LanguageSchema } from "../../src/core/i18n";

describe("isLanguage", () => {
  it("knows zh and en, exactly", () => {
    expect(isLanguage("zh")).toBe(true);
    expect(isLanguage("en")).toBe(true);
    expect(isLanguage("zh-CN")).toBe(false);
    expect(isLanguage("EN")).toBe(false);
    expect(LanguageSchema.options).toEqual(["zh", "en"]);
  });
});
