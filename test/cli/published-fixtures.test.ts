/** (Moved from test/core: these read the published .xlsx through the command line's reader.) */
/**
 * The library against the published bulletins: every printed value reproduced to its printed
 * precision, and the rows that contradict their own counts flagged.
 */
import { readInputGrid } from "../../src/cli/read-input";
import { builtinScheme } from "../../src/core/schemes/builtin";
import { indexValue } from "../../src/core/score/index-value";
import { scoreGrid, type ScoreOutcome } from "../../src/core/score/score-grid";
import { roundHalfUp } from "../../src/core/values/decimal-round";
import { fixturePath, percentPoints, publishedRows } from "../helpers/fixtures";

async function score(file: string): Promise<Required<ScoreOutcome>> {
  const outcome = scoreGrid(await readInputGrid(fixturePath(file)));
  if (!outcome.evaluation) throw new Error(`${file} was not scored`);
  return outcome as Required<ScoreOutcome>;
}

const CONTRADICTORY = ["华容县政府", "市长江修防处"];

describe.each(["xlsx", "csv"])("hotline comprehensive evaluation (%s)", (ext) => {
  const published = publishedRows("yueyang-2017-q2-hotline-composite");
  const printedScored = published.filter((r) => r["综合指标值"] !== "");
  let outcome: Required<ScoreOutcome>;
  beforeAll(async () => {
    outcome = await score(`yueyang-2017-q2-hotline-composite.${ext}`);
  });

  it("detects the scheme, scores 82 units and lists the 8 without tickets", () => {
    expect(outcome.reading.scheme?.id).toBe("hotline-composite");
    expect(outcome.reading.detected).toBe(true);
    expect(printedScored).toHaveLength(82);
    expect(outcome.evaluation.units).toHaveLength(82);
    expect(outcome.evaluation.excluded.map((e) => [e.unit, e.reason])).toEqual(
      published.filter((r) => r["应办理数"] === "").map((r) => [r["部门名称"], "no-tickets"]),
    );
  });

  it("reproduces every printed score and grade computed from the counts, except the two contradictory rows", () => {
    const byName = new Map(outcome.evaluation.units.map((u) => [u.unit, u]));
    for (const row of printedScored) {
      const unit = byName.get(row["部门名称"] ?? "");
      if (CONTRADICTORY.includes(row["部门名称"] ?? "")) continue;
      expect([row["部门名称"], unit?.score]).toEqual([row["部门名称"], Number(row["综合指标值"])]);
      expect([row["部门名称"], unit?.grade]).toEqual([row["部门名称"], row["等级评价"]]);
      expect(roundHalfUp((unit?.measures["completionRate"] ?? NaN) * 100, 2)).toBe(
        percentPoints(row["办结率"] ?? ""),
      );
      expect(roundHalfUp((unit?.measures["onTimeRate"] ?? NaN) * 100, 2)).toBe(
        percentPoints(row["按期办结率"] ?? ""),
      );
      expect(roundHalfUp((unit?.measures["reworkRate"] ?? NaN) * 100, 2)).toBe(
        percentPoints(row["返工率"] ?? ""),
      );
    }
  });

  it("reproduces all 82 printed scores from the printed rates (the formula itself)", () => {
    const index = builtinScheme("hotline-composite")?.index;
    if (!index) throw new Error("no index");
    for (const row of printedScored) {
      const rates: Record<string, number> = {
        completionRate: percentPoints(row["办结率"] ?? "") / 100,
        onTimeRate: percentPoints(row["按期办结率"] ?? "") / 100,
        reworkRate: percentPoints(row["返工率"] ?? "") / 100,
        satisfactionRate: percentPoints(row["群众满意率"] ?? "") / 100,
      };
      const outcomeForRow = indexValue(index, { value: (id) => rates[id], days: 0 });
      expect(outcomeForRow.ok && roundHalfUp(outcomeForRow.raw, 1)).toBe(Number(row["综合指标值"]));
    }
  });

  it("flags the two rows that contradict their own counts, with printed and recomputed values", () => {
    const flagged = outcome.evaluation.problems.filter((p) => p.code.startsWith("inconsistent-"));
    expect([...new Set(flagged.map((p) => p.unit))].sort()).toEqual([...CONTRADICTORY].sort());
    const huarong = flagged.find((p) => p.unit === "华容县政府" && p.code === "inconsistent-rate");
    expect(huarong?.printed).toBeCloseTo(0.9735, 6);
    expect(roundHalfUp(Number(huarong?.recomputed) * 100, 2)).toBe(99.61);
    const score = flagged.find((p) => p.unit === "华容县政府" && p.code === "inconsistent-score");
    expect([score?.printed, score?.recomputed]).toEqual([98.5, 99.1]);
    const grade = flagged.find((p) => p.unit === "市长江修防处" && p.code === "inconsistent-grade");
    expect([grade?.printed, grade?.recomputed]).toEqual(["D", "A"]);
    // Addresses point at the printed cells; a CSV's sheet is named after the file, cut to 31 characters as Excel does.
    expect(huarong?.cell).toBe(
      ext === "xlsx" ? "Sheet1!F11" : "'yueyang-2017-q2-hotline-composi'!G9",
    );
  });

  it("computes overall rates as Σ/Σ and grade shares over every unit, no-ticket units included", () => {
    const { overall } = outcome.evaluation;
    const due = printedScored.reduce((s, r) => s + Number(r["应办理数"]), 0);
    const handled = printedScored.reduce((s, r) => s + Number(r["办理数"]), 0);
    expect(overall.rates["completionRate"]).toEqual({
      value: handled / due,
      numerator: handled,
      denominator: due,
    });
    expect(overall.population).toBe(90);
    const a = overall.grades.find((g) => g.label === "A");
    expect(a?.share).toBeCloseTo((a?.count ?? 0) / 90, 12);
  });

  it("gives 市审计局 (1 due, none handled) the bulletin's 40 and E", () => {
    const audit = outcome.evaluation.units.find((u) => u.unit === "市审计局");
    expect([audit?.score, audit?.grade]).toEqual([40, "E"]);
    expect(outcome.evaluation.overall.zeroUnits["completionRate"]).toEqual(["市审计局"]);
  });
});

describe.each(["xlsx", "csv"])("Weibo BCI (%s)", (ext) => {
  it("reproduces all 20 printed BCI values and their order", async () => {
    const { evaluation, reading } = await score(`jingzhou-2021-02-weibo-bci.${ext}`);
    expect(reading.scheme?.id).toBe("weibo-bci");
    const published = publishedRows("jingzhou-2021-02-weibo-bci");
    expect(evaluation.units.map((u) => [u.unit, u.score])).toEqual(
      published.map((r) => [r["微博号"], Number(r["BCI"])]),
    );
    expect(evaluation.units.map((u) => u.rank)).toEqual(published.map((_, i) => i + 1));
    expect(evaluation.units.every((u) => !u.approximate)).toBe(true);
  });
});

describe.each(["xlsx", "csv"])("WeChat WCI (%s)", (ext) => {
  it("lands within ±2.5 % of every printed value and marks every result approximate", async () => {
    const { evaluation } = await score(`jingzhou-2021-02-wechat-wci-city.${ext}`);
    const published = publishedRows("jingzhou-2021-02-wechat-wci-city");
    expect(evaluation.units).toHaveLength(20);
    expect(evaluation.days).toBe(ext === "xlsx" ? 28 : 30); // the CSV has no title row to read the period from
    if (ext === "csv") return;
    // Units are matched by row, not by name: two different accounts are both named 荆州公安.
    const byRow = [...evaluation.units].sort((a, b) => a.sheetRow - b.sheetRow);
    byRow.forEach((u, i) => {
      const printed = Number(published[i]?.["WCI"]);
      expect(u.unit).toBe(published[i]?.["公众号"]);
      expect(Math.abs((u.score ?? 0) - printed) / printed).toBeLessThanOrEqual(0.025);
      expect(u.approximate).toBe(true);
    });
  });

  it("reads W+ as a lower bound, estimates it from the average where it can, and flags the duplicate name", async () => {
    const { evaluation } = await score("jingzhou-2021-02-wechat-wci-city.xlsx");
    const fabu = evaluation.units.find((u) => u.unit === "荆州发布");
    expect(fabu?.measures["reads"]).toBe(159 * 4074); // 64W+ and 平均阅读量 4074 × 159 articles
    expect(fabu?.measures["headlineReads"]).toBe(360000); // 36W+, no average to refine it
    expect(
      evaluation.problems.filter((p) => p.code === "lower-bound").map((p) => p.cell),
    ).toContain("Sheet1!C3");
    expect(evaluation.problems.find((p) => p.code === "duplicate-unit")?.unit).toBe("荆州公安");
  });
});

describe.each(["xlsx", "csv"])("online petition completion (%s)", (ext) => {
  it("reproduces the printed 办结率 and order (序号)", async () => {
    const { evaluation } = await score(`shiyan-county-2020-q1-petition-towns.${ext}`);
    const published = publishedRows("shiyan-county-2020-q1-petition-towns");
    const bySequence = [...published].sort((a, b) => Number(a["序号"]) - Number(b["序号"]));
    expect(evaluation.units.map((u) => u.unit)).toEqual(bySequence.map((r) => r["部门名称"]));
    expect(evaluation.units.map((u) => u.score)).toEqual(
      bySequence.map((r) => percentPoints(r["办结率"] ?? "")),
    );
  });
});

describe.each(["xlsx", "csv"])("12345 monthly table, side by side (%s)", (ext) => {
  it("yields 60 units, left block first, with the printed rates as inputs", async () => {
    const { evaluation, reading } = await score(`jingzhou-2021-02-hotline-side-by-side.${ext}`);
    expect(reading.scheme?.id).toBe("hotline-monthly");
    const published = publishedRows("jingzhou-2021-02-hotline-side-by-side");
    expect(reading.rows.all().map((r) => r.unit)).toEqual(published.map((r) => r["部门名称"]));
    expect(evaluation.units).toHaveLength(60);
    const chengfa = evaluation.units.find((u) => u.unit === "市城发集团");
    expect(chengfa?.measures["timelyAcceptanceRate"]).toBeCloseTo(0.905, 10);
    expect(evaluation.overall.zeroUnits["timelyAcceptanceRate"]).toEqual(["中石油荆州分公司"]);
  });
});
