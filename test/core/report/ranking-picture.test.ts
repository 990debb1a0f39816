/**
 * The ranking's picture as SVG text: the title, the grade counts (73 A, 4 B, 4 C, 1 E in the
 * published Yueyang table with 市长江修防处 recomputed, see schemes.md §1), the top five by score and
 * the bottom five ending with 市审计局 (40.0), names escaped, no NaN.
 */
import { rankingPicture } from "../../../src/core/report/ranking-picture";
import { scoreGrid } from "../../../src/core/score/score-grid";
import { publishedEvaluation } from "../../helpers/fixtures";

describe("the ranking's picture", () => {
  const { evaluation } = publishedEvaluation("yueyang-2017-q2-hotline-composite");
  const svg = rankingPicture(evaluation, {
    title: "2017年二季度12345公众服务热线综合评价",
    period: "2017年第二季度",
    lang: "zh",
  });
  const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

  it("says the title, the period and each grade's count", () => {
    expect(texts).toContain("2017年二季度12345公众服务热线综合评价");
    expect(texts.some((t) => t?.startsWith("2017年第二季度"))).toBe(true);
    expect(texts).toEqual(expect.arrayContaining(["A类 73家", "B类 4家", "C类 4家", "E类 1家"]));
    expect(texts).not.toContain("D类 0家");
  });

  it("lists the top and the bottom five with their scores, the last one last", () => {
    expect(texts).toContain("综合指标值前5名");
    expect(texts).toContain("综合指标值后5名");
    const bottom = texts.slice(texts.indexOf("综合指标值后5名"));
    expect(bottom).toContain("市审计局");
    expect(bottom).toContain("40.0  E");
    expect(bottom.indexOf("市审计局")).toBeGreaterThan(bottom.indexOf("市金融办"));
    expect(svg).not.toMatch(/NaN|Infinity/);
  });

  it("escapes names, and breaks a long title into two lines", () => {
    const { evaluation: hostile } = scoreGrid({
      sheet: "表",
      top: 0,
      left: 0,
      values: [
        ["部门名称", "应办理数", "办理数", "超期办理数", "返工数", "群众满意率"],
        ["<img src=x onerror=alert(1)>", 10, 10, 0, 0, 1],
        ["市水务局 & 市民政局", 10, 9, 0, 0, 1],
      ],
    });
    if (!hostile) throw new Error("not scored");
    const picture = rankingPicture(hostile, { title: "很长的标题".repeat(12), lang: "zh" });
    expect(picture).not.toContain("<img");
    expect(picture).toContain("&lt;img src=x onerror");
    expect(picture).toContain("市水务局&amp;市民政局");
    const titleLines = [...picture.matchAll(/font-size="40"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(titleLines).toHaveLength(2);
    expect(titleLines[1]?.endsWith("…")).toBe(true);
  });
});
