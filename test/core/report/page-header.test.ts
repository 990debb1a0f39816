import { PAGE_HEADER_LIMIT, pageHeaderText } from "../../../src/core/report/page-header";

describe("pageHeaderText", () => {
  it("doubles each & so Excel prints it instead of reading a code", () => {
    expect(pageHeaderText("A&B 市直单位")).toBe("A&&B 市直单位");
    expect(pageHeaderText("&P&&")).toBe("&&P&&&&");
  });

  it("leaves a title that fits as it is", () => {
    const title = "岳".repeat(PAGE_HEADER_LIMIT - 2);
    expect(pageHeaderText(title)).toBe(title);
  });

  it("cuts a long title to fit Excel's 255 characters with the section code, ending in …", () => {
    const cut = pageHeaderText("岳".repeat(300));
    // 253 characters of room: 252 of the title and the ellipsis.
    expect(cut).toBe(`${"岳".repeat(252)}…`);
    expect(cut.length + 2).toBeLessThanOrEqual(PAGE_HEADER_LIMIT);
  });

  it("never splits a && or a character outside the basic plane", () => {
    const ampersands = pageHeaderText(`${"a".repeat(251)}&&&`);
    // 251 + "&&" = 253 leaves no room for the ellipsis, so the pair is left out whole.
    expect(ampersands).toBe(`${"a".repeat(251)}…`);
    const emoji = pageHeaderText(`${"a".repeat(251)}𠀀𠀀`);
    expect(emoji).toBe(`${"a".repeat(251)}…`);
  });
});
