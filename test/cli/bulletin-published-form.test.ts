/**
 * The draft in the published bulletins' form (issue: publishable output). Figures by hand from
 * the published tables: Yueyang prints 72 A rows, and 市长江修防处's own counts (1 due, 1 handled,
 * 0 late, 0 rework, 100 %) give 100.0, an A too (schemes.md §1): 73 A. Of the 92 units the
 * bulletin assesses, 73 / 92 = 79.35 % → 79.3 %. Below 90: 市金融办 89.5, 岳阳海事局 88.0,
 * 岳阳高速公路管理处 86.2, 长岭炼化公司 80.0 (C) and 市审计局 40.0 (E): five.
 */
import { readInputGrid } from "../../src/cli/read-input";
import { bulletinFor, bulletinText } from "../../src/core/bulletin/bulletin";
import { compareEvaluations } from "../../src/core/compare/compare";
import { parseGradeBands } from "../../src/core/grade/grade";
import { scoreGrid, type ScoreOptions } from "../../src/core/score/score-grid";
import { fixturePath } from "../helpers/fixtures";

/** A published workbook as the clerk selects it: its title row, its section rows. */
async function published(name: string, options: ScoreOptions = {}) {
  const grid = await readInputGrid(fixturePath(`${name}.xlsx`));
  const { reading, evaluation } = scoreGrid(grid, options);
  if (!evaluation) throw new Error(`${name} was not scored`);
  return { reading, evaluation };
}

const YUEYANG = "yueyang-2017-q2-hotline-composite";

function bands(text: string) {
  const parsed = parseGradeBands(text);
  if (!("bands" in parsed)) throw new Error(parsed.error);
  return parsed.bands;
}

describe("the draft in the published form", () => {
  let now: Awaited<ReturnType<typeof published>>;
  let text: string;
  beforeAll(async () => {
    now = await published(YUEYANG, { population: 92 });
    text = bulletinText(bulletinFor(now.reading, now.evaluation));
  });

  it("opens the grades as the Yueyang bulletin does, with shares of the units assessed", () => {
    expect(text).toContain("综合评价为A类的责任单位73家，占比79.3%");
    // 4 / 92 = 4.35 % → 4.3 %; 1 / 92 = 1.09 % → 1.1 %.
    expect(text).toContain("B类4家，占比4.3%");
    expect(text).toContain("E类1家，占比1.1%（占比以参评单位总数92家计，含无工单单位8家）");
    expect(text).toContain("纳入考核的责任单位92家，其中参与排名82家，本期无工单8家，表中未列2家");
  });

  it("names C and below with their count", () => {
    expect(text).toContain(
      "考核等级在C类及以下的责任单位5家，分别是：市金融办（C类，89.5分）、岳阳海事局（C类，88.0分）、岳阳高速公路管理处（C类，86.2分）、长岭炼化公司（C类，80.0分）、市审计局（E类，40.0分）。",
    );
  });

  it("says the change in C and below on last quarter", async () => {
    // Last quarter graded with C from 60 and D from 40: below 80 only 市审计局 (40.0) was at C
    // or below; now five are: 较上季度增加4家.
    const before = await published(YUEYANG, { grades: bands("A:95,B:80,C:60,D:40,E") });
    const comparison = compareEvaluations(now.evaluation, before.evaluation);
    const compared = bulletinText(
      bulletinFor(now.reading, now.evaluation, { previous: comparison }),
    );
    expect(compared).toContain("考核等级在C类及以下的责任单位5家，较上季度增加4家，分别是：");
  });

  it("adds up counts with 件, leaves blanks for the opening figures, ends with 下一步 and the attachment", () => {
    // Σ 应办理数 over the 82 scored rows of the published table.
    expect(text).toContain("各责任单位共承办工单38742件、办结38695件");
    expect(text).toContain("共受理群众诉求【待填：受理总量】件");
    expect(text).toMatch(/、下一步工作\n下一步，各责任单位要/);
    expect(text.trimEnd().split("\n").pop()).toBe(
      "附件：2017年二季度12345公众服务热线综合评价排名表",
    );
    expect(text.split("\n")[0]).toBe("2017年二季度12345公众服务热线综合评价情况通报");
  });

  it("does not name a unit on the 黑榜 that ties one on the 红榜, and says a long tie as a count", () => {
    expect(text).toMatch(/红榜：综合指标值并列第1（100\.0）的有\d+家，包括/);
    expect(text).toContain("黑榜（综合指标值后5名）：市审计局（40.0）、长岭炼化公司（80.0）");
  });
});

describe("the new-media drafts", () => {
  it.each(["jingzhou-2021-02-weibo-bci", "jingzhou-2021-02-wechat-wci-city"])(
    "%s speaks of posts and reach, never of 办理, and adds up no maxima or averages",
    async (fixture) => {
      const { reading, evaluation } = await published(fixture);
      const text = bulletinText(bulletinFor(reading, evaluation));
      expect(text).not.toMatch(/办理|办结|工单|责任单位|满意/);
      expect(text).not.toMatch(/最大|平均|头条/);
      expect(text).toContain("传播力");
      expect(text).toContain("、发文情况");
    },
  );

  it("adds the Weibo list's posts as the table prints them", async () => {
    const { reading, evaluation } = await published("jingzhou-2021-02-weibo-bci");
    const text = bulletinText(bulletinFor(reading, evaluation));
    // Σ 发博数 of the 20 published rows.
    expect(text).toContain("本期共发博3529条");
    expect(text.split("\n")[0]).toBe("荆州市政务微博2021年2月传播力情况通报");
  });
});

describe("a list where every unit ties", () => {
  it("has no 黑榜", async () => {
    const { reading, evaluation } = await published("shiyan-county-2020-q1-petition-towns");
    const text = bulletinText(bulletinFor(reading, evaluation));
    // All 18 towns closed every letter: 100.00 %.
    expect(text).toContain("18家办结率均为100.00%，并列第1。");
    expect(text).not.toContain("黑榜");
  });
});
