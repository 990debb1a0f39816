import { BULLETIN_WORDS } from "../../../src/core/bulletin/bulletin-words";

describe("the bulletin's words", () => {
  it("number headings in each language's way", () => {
    expect(BULLETIN_WORDS.zh.numbered(0, "运行情况")).toBe("一、运行情况");
    expect(BULLETIN_WORDS.zh.numbered(5, "数据说明")).toBe("六、数据说明");
    expect(BULLETIN_WORDS.en.numbered(1, "Overview")).toBe("2. Overview");
  });

  it("say a volume's change with 增加/减少 and the growth, or 持平", () => {
    expect(BULLETIN_WORDS.zh.volumeChange("应办理数", "yoy", 7181, "7181", "11.2%")).toBe(
      "；应办理数同比增加7181，增幅11.2%",
    );
    expect(BULLETIN_WORDS.zh.volumeChange("应办理数", "mom", -20, "20")).toBe(
      "；应办理数环比减少20",
    );
    expect(BULLETIN_WORDS.zh.volumeSame("任务总数", undefined)).toBe("；任务总数较上期持平");
    expect(BULLETIN_WORDS.en.volumeChange("tasks", "yoy", 5, "5", "1.0%")).toBe(
      "; tasks up 5 year on year (+1.0%)",
    );
  });
});
