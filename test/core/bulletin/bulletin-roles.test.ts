/**
 * The bulletin reads the results by the roles the scheme declares, not by convention, and its
 * Chinese text carries no scheme id or English code.
 */
import { bulletinFor, bulletinText } from "../../../src/core/bulletin/bulletin";
import { builtinScheme } from "../../../src/core/schemes/builtin";
import type { Scheme } from "../../../src/core/schemes/scheme";
import { scoreGrid } from "../../../src/core/score/score-grid";
import { publishedGrid } from "../../helpers/fixtures";

const composite = builtinScheme("hotline-composite") as Scheme;

function draft(scheme: Scheme | undefined, fixture = "yueyang-2017-q2-hotline-composite") {
  const grid = publishedGrid(fixture);
  const { reading, evaluation } = scoreGrid(grid, { scheme });
  if (!evaluation) throw new Error("not scored");
  return bulletinText(bulletinFor(reading, evaluation, { lang: "zh" }));
}

describe("bulletin roles", () => {
  it("finds the satisfaction paragraph by the role, whatever the measure is called", () => {
    const renamed: Scheme = {
      ...composite,
      measures: composite.measures.map((m) =>
        m.id === "satisfactionRate" ? { ...m, id: "publicRating" } : m,
      ),
      index: composite.index && {
        ...composite.index,
        nodes: composite.index.nodes.map((n) =>
          n.leaf?.value === "satisfactionRate"
            ? { ...n, leaf: { ...n.leaf, value: "publicRating" } }
            : n,
        ),
      },
      bulletin: { ...composite.bulletin, satisfaction: "publicRating" },
    };
    expect(draft(renamed)).toContain("三、群众满意情况");
    expect(draft(renamed)).toMatch(/群众满意率为100%的责任单位\d+家/);
  });

  it("leaves out what the scheme does not declare, numbering the rest without a gap", () => {
    const text = draft({
      ...composite,
      bulletin: { lowFrom: "C", vocabulary: "handling", totals: [] },
    });
    expect(text).not.toContain("、群众满意情况");
    expect(text).not.toContain("较多的单位依次为");
    expect(text).toContain("二、综合评价情况");
  });

  it("names units from the declared grade down: lowFrom D names fewer than lowFrom C", () => {
    expect(draft(composite)).toMatch(/考核等级在C类及以下的责任单位\d+家，分别是：/);
    const fromD = draft({ ...composite, bulletin: { ...composite.bulletin, lowFrom: "D" } });
    expect(fromD).toMatch(/考核等级在D类及以下的责任单位\d+家，分别是：/);
    expect(fromD).not.toContain("考核等级在C类及以下");
  });

  it.each([
    ["yueyang-2017-q2-hotline-composite", "hotline-composite"],
    ["jingzhou-2021-02-weibo-bci", "weibo-bci"],
    ["shiyan-county-2020-q1-petition-towns", "petition-completion"],
  ])("the Chinese draft of %s has no scheme id or measure id", (fixture, id) => {
    const scheme = builtinScheme(id) as Scheme;
    const text = draft(undefined, fixture);
    expect(text).not.toContain(id);
    for (const m of scheme.measures) expect(text).not.toMatch(new RegExp(`\\b${m.id}\\b`));
  });
});
