/** The bulletin's improvement paragraph: what lifts each unit at C and below one grade. */
import { bulletinFor, bulletinText } from "../../../src/core/bulletin/bulletin";
import { BULLETIN_WORDS } from "../../../src/core/bulletin/bulletin-words";
import { analyse } from "../../../src/core/gap/analysis";
import { publishedEvaluation } from "../../helpers/fixtures";

describe("the improvement paragraph", () => {
  const { reading, evaluation } = publishedEvaluation("yueyang-2017-q2-hotline-composite");
  const analysis = analyse(reading, evaluation, { draws: 10 });
  const gaps = analysis.kind === "done" ? analysis.gaps : undefined;

  it("follows the C-and-below list, naming 长岭炼化公司's one ticket", () => {
    const text = bulletinText(bulletinFor(reading, evaluation, { lang: "zh", gaps }));
    const lines = text.split("\n");
    const list = lines.findIndex((l) => l.startsWith("考核等级在C类及以下的责任单位"));
    expect(list).toBeGreaterThan(0);
    const paragraph = lines[list + 1] ?? "";
    expect(paragraph.startsWith("从单项指标看，")).toBe(true);
    expect(paragraph).toContain("长岭炼化公司再按期办结1件即可达到B类");
    // Every unit at C or below is in it, each once.
    const low = evaluation.units.filter((u) => u.grade !== null && "CDE".includes(u.grade));
    expect(low.length).toBeGreaterThan(0);
    for (const u of low) expect(paragraph.split(u.unit).length - 1).toBeGreaterThanOrEqual(1);
  });

  it("is left out without the gaps, and reads in English", () => {
    const plain = bulletinText(bulletinFor(reading, evaluation, { lang: "zh" }));
    expect(plain).not.toContain("从单项指标看");
    const en = bulletinText(bulletinFor(reading, evaluation, { lang: "en", gaps }));
    expect(en).toContain("长岭炼化公司: 1 more handled on time reaches B");
  });

  it("words the list as a sentence", () => {
    expect(BULLETIN_WORDS.zh.improvement(["甲再办结2件即可达到B类", "乙单项改进达不到C类"])).toBe(
      "从单项指标看，甲再办结2件即可达到B类；乙单项改进达不到C类。",
    );
  });
});
