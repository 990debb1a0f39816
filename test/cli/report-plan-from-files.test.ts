/**
 * The ReportPlan for each built-in scheme on the published tables: which sheets, which columns,
 * how many rows, which formats, tables, conditional formats, print settings and charts — with the
 * numbers checked against the published tables, not against the code that made them.
 */
import { readInputGrid } from "../../src/cli/read-input";
import { buildReport, type ReportOptions } from "../../src/core/report/build-report";
import type { PlanCell, PlanSheet, ReportPlan } from "../../src/core/report/plan";
import { isLegalSheetName } from "../../src/core/report/sheet-names";
import { scoreGrid } from "../../src/core/score/score-grid";
import { columnLetters } from "../../src/core/table/address";
import type { CellGrid } from "../../src/core/table/cell-grid";
import { roundHalfUp } from "../../src/core/values/decimal-round";
import { fixturePath, percentPoints, publishedRows } from "../helpers/fixtures";

const STAMP = { generatedAt: "2026-11-21T08:00:00.000Z", generator: "govrank test" };

function planFor(grid: CellGrid, options: Partial<ReportOptions> = {}): ReportPlan {
  const { reading, evaluation } = scoreGrid(grid);
  if (!evaluation) throw new Error("not scored");
  return buildReport({ grid, reading, evaluation }, { ...STAMP, ...options });
}

async function fixturePlan(file: string, options: Partial<ReportOptions> = {}) {
  return planFor(await readInputGrid(fixturePath(file)), options);
}

function sheet(plan: ReportPlan, key: string): PlanSheet {
  const found = plan.sheets.find((s) => s.key === key);
  if (!found) throw new Error(`no sheet ${key}`);
  return found;
}

function shown(cell: PlanCell | null | undefined): string | number | null {
  if (!cell) return null;
  const v = cell.value;
  if (v.kind === "text" || v.kind === "link") return v.text;
  if (v.kind === "number") return v.value;
  return v.cached;
}

/** The ranked rows as header → cell, read from the plan the way a clerk reads the sheet. */
/** The ranked table's rows: from under the header to the first empty row (units not ranked follow). */
function rankedRecords(s: PlanSheet): Record<string, PlanCell | null>[] {
  const header = (s.rows[2] ?? []).map((c) => String(shown(c)));
  const body = s.rows.slice(3);
  const end = body.findIndex((row) => row.every((c) => c === null));
  return body.slice(0, end < 0 ? body.length : end).map((row) => {
    const record: Record<string, PlanCell | null> = {};
    header.forEach((h, i) => (record[h] = row[i] ?? null));
    return record;
  });
}

function headerOf(s: PlanSheet): string[] {
  return (s.rows[2] ?? []).map((c) => String(shown(c)));
}

describe("hotline comprehensive evaluation", () => {
  const published = publishedRows("yueyang-2017-q2-hotline-composite");
  const printed = new Map(published.map((r) => [r["部门名称"], r]));
  let plan: ReportPlan;
  beforeAll(async () => {
    plan = await fixturePlan("yueyang-2017-q2-hotline-composite.xlsx");
  });

  it("has the summary, one ranking, charts, the analysis, problems and method, in that order, named in Chinese", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual([
      "汇总",
      "排名",
      "图表",
      "分析",
      "问题清单",
      "计算方法",
    ]);
    for (const s of plan.sheets) expect(isLegalSheetName(s.name)).toBe(true);
  });

  it("lists the 82 scored units with the bulletin's columns, scores and grades", () => {
    const ranking = sheet(plan, "ranking");
    expect(headerOf(ranking)).toEqual([
      "名次",
      "单位",
      "类别",
      "应办理数",
      "办理数",
      "超期办理数",
      "返工数",
      "抽查不满意数",
      "办结率",
      "按期办结率",
      "返工率",
      "群众满意率",
      "综合指标值",
      "等级",
      "距上一等级",
      "备注",
    ]);
    const records = rankedRecords(ranking);
    expect(records).toHaveLength(82);
    let agreeing = 0;
    for (const r of records) {
      const row = printed.get(String(shown(r["单位"])));
      expect(row).toBeDefined();
      if (Number(row?.["综合指标值"]) === shown(r["综合指标值"])) agreeing++;
    }
    // All but the two rows whose printed figures contradict their own counts.
    expect(agreeing).toBe(80);
  });

  it("formats rates as 0.00 %, the score at one decimal and counts as whole numbers", () => {
    const records = rankedRecords(sheet(plan, "ranking"));
    const first = records[0] ?? {};
    expect(first["办结率"]?.format).toBe("0.00%");
    expect(first["返工率"]?.format).toBe("0.00%");
    expect(first["综合指标值"]?.format).toBe("0.0");
    expect(first["应办理数"]?.format).toBe("0");
    expect(first["单位"]?.format).toBe("@");
  });

  it("ranks competition-style: equal scores share a rank and the next rank skips", () => {
    const records = rankedRecords(sheet(plan, "ranking"));
    const scores = records.map((r) => Number(shown(r["综合指标值"])));
    const ranks = records.map((r) => Number(shown(r["名次"])));
    for (let i = 0; i < records.length; i++) {
      const better = scores.filter((s) => s > (scores[i] ?? 0)).length;
      expect(ranks[i]).toBe(better + 1);
    }
  });

  it("marks the two contradictory rows in the note column", () => {
    const records = rankedRecords(sheet(plan, "ranking"));
    const noted = records
      .filter((r) => String(shown(r["备注"]) ?? "").includes("不符"))
      .map((r) => shown(r["单位"]));
    expect(noted.sort()).toEqual(["华容县政府", "市长江修防处"].sort());
  });

  it("freezes the header and unit, makes an Excel table, fills grades and puts a data bar on the score", () => {
    const ranking = sheet(plan, "ranking");
    expect(ranking.freeze).toEqual({ rows: 3, columns: 2 });
    expect(ranking.tables).toEqual([
      { name: "GovRank_Ranking1", range: "A3:P85", style: "TableStyleMedium2" },
    ]);
    const equals = ranking.conditionalFormats.filter((f) => f.kind === "equals");
    expect(equals.map((f) => (f.kind === "equals" ? f.text : ""))).toEqual([
      "A",
      "B",
      "C",
      "D",
      "E",
    ]);
    for (const f of equals) expect(f.range).toBe("N4:N85");
    expect(ranking.conditionalFormats).toContainEqual(
      expect.objectContaining({ kind: "dataBar", range: "M4:M85" }),
    );
    expect(ranking.print).toMatchObject({
      orientation: "landscape",
      fitToWidth: true,
      repeatRows: { first: 2, last: 2 },
    });
  });

  it("summarises overall rates as Σ numerators over Σ denominators, computed here from the printed counts", () => {
    const summary = sheet(plan, "summary");
    const scored = published.filter((r) => r["综合指标值"] !== "");
    const sum = (h: string) => scored.reduce((s, r) => s + Number(r[h] || 0), 0);
    const row = (label: string) => summary.rows.find((r) => shown(r[0]) === label);
    expect(shown(row("应办理数")?.[1])).toBe(sum("应办理数"));
    expect(shown(row("办结率")?.[1])).toBeCloseTo(sum("办理数") / sum("应办理数"), 12);
    expect(shown(row("按期办结率")?.[1])).toBeCloseTo(
      (sum("办理数") - sum("超期办理数")) / sum("应办理数"),
      12,
    );
    expect(shown(row("单位总数（含无工单、数据有误单位）")?.[1])).toBe(published.length);
  });

  it("gives the grade distribution with shares over every unit, no-ticket units included", () => {
    const summary = sheet(plan, "summary");
    const start = summary.rows.findIndex((r) => shown(r[0]) === "等级分布");
    const rows = summary.rows.slice(start + 2, start + 7);
    expect(rows.map((r) => shown(r[0]))).toEqual(["A", "B", "C", "D", "E"]);
    const counts = rows.map((r) => Number(shown(r[1])));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(82);
    for (const r of rows)
      expect(shown(r[2])).toBeCloseTo(Number(shown(r[1])) / published.length, 12);
    expect(rows[0]?.[2]?.format).toBe("0.0%");
  });

  it("lists top and bottom units, units not ranked with links to their cells, and the run record", () => {
    const summary = sheet(plan, "summary");
    const texts = summary.rows.flatMap((r) => r.map((c) => shown(c)));
    expect(texts).toContain("前10名");
    expect(texts).toContain("后10名");
    const excludedLinks = summary.rows
      .flatMap((r) => r)
      .filter((c) => c?.value.kind === "link")
      .map((c) => (c?.value.kind === "link" ? c.value.target : ""));
    expect(excludedLinks).toHaveLength(8);
    // The run record in words: the scheme by name, 08:00 UTC as 16:00 China time.
    expect(texts).toContain("12345热线综合评价");
    expect(texts).toContain("2026年11月21日 16:00");
    expect(texts).not.toContain("hotline-composite");
    expect(texts).not.toContain("2026-11-21T08:00:00.000Z");
    expect(texts.some((t) => typeof t === "string" && /^[0-9a-f]{64}$/.test(t))).toBe(false);
  });

  it("keeps the record for checking on the method sheet, outside its print area", () => {
    const method = sheet(plan, "method");
    const rowOf = (needle: string) =>
      method.rows.findIndex((r) => r.some((c) => shown(c) === needle));
    const id = rowOf("hotline-composite");
    const time = rowOf("2026-11-21T08:00:00.000Z");
    const hash = method.rows.findIndex((r) =>
      r.some((c) => typeof shown(c) === "string" && /^[0-9a-f]{64}$/.test(String(shown(c)))),
    );
    expect(Math.min(id, time, hash)).toBeGreaterThan(0);
    // The print area ends above the record: "A1:D20" ends at Excel row 20, zero-based 19.
    const lastPrinted = Number(/\d+$/.exec(method.print.area ?? "")?.[0]) - 1;
    expect(lastPrinted).toBeLessThan(Math.min(id, time, hash));
    expect(method.print.area).toMatch(/^A1:[A-Z]+\d+$/);
  });

  it("lists every problem with a link to its source cell, errors first", () => {
    const problems = sheet(plan, "problems");
    const header = (problems.rows[2] ?? []).map((c) => shown(c));
    // In the clerk's words only: no internal code column on a sheet she prints.
    expect(header).toEqual(["序号", "级别", "单位", "单元格", "说明", "原表值", "重算值"]);
    const body = problems.rows.slice(3);
    const links = body.map((r) => r[3]?.value);
    expect(links).toContainEqual({ kind: "link", text: "Sheet1!F11", target: "Sheet1!F11" });
    const rate = body.find(
      (r) => String(shown(r[4])).includes("按期办结率") && shown(r[2]) === "华容县政府",
    );
    expect(body.flat().map((c) => shown(c))).not.toContain("inconsistent-rate");
    expect(rate?.[5]?.format).toBe("0.00%");
    expect(roundHalfUp(Number(shown(rate?.[5])) * 100, 2)).toBe(
      percentPoints(printed.get("华容县政府")?.["按期办结率"] ?? ""),
    );
    expect(problems.tables[0]?.range).toBe(`A3:G${3 + body.length}`);
  });

  it("charts the top 10 and the bottom 10 of a long list, rank 1 on top, and the grade distribution", () => {
    const charts = sheet(plan, "charts");
    expect(charts.charts.map((c) => c.kind)).toEqual(["bar", "bar", "column"]);
    const [bar, , column] = charts.charts;
    expect(bar?.title).toBe("综合指标值排名：前10名");
    expect(bar?.firstCategoryOnTop).toBe(true);
    const [from, to] = (bar?.categories ?? "").split(":").map((a) => Number(a.slice(1)));
    expect((to ?? 0) - (from ?? 0) + 1).toBe(10);
    expect(column?.categories).toMatch(/^A\d+:A\d+$/);
    const [gFrom, gTo] = (column?.values ?? "").split(":").map((a) => Number(a.slice(1)));
    expect((gTo ?? 0) - (gFrom ?? 0) + 1).toBe(5);
  });

  it("states the method: formula, weights, grade bands, zero rule and source", () => {
    const texts = sheet(plan, "method").rows.flatMap((r) => r.map((c) => shown(c)));
    expect(texts).toContain(
      "综合指标值 = 30×办结率 + 30×按期办结率 + 20×(1 − 返工率) + 20×群众满意率",
    );
    expect(texts).toEqual(expect.arrayContaining([30, 20, 95, 90, 80, 60, "按0计"]));
    expect(texts).toContain("岳阳市12345公众服务热线2017年二季度综合评价情况通报");
  });
});

describe("live formulas", () => {
  let plan: ReportPlan;
  beforeAll(async () => {
    plan = await fixturePlan("yueyang-2017-q2-hotline-composite.xlsx", { liveFormulas: true });
  });

  it("writes the published score formula over the sheet's own rate cells, rounded as printed", () => {
    const ranking = sheet(plan, "ranking");
    const header = headerOf(ranking);
    const col = (h: string) => columnLetters(header.indexOf(h));
    const score = ranking.rows[3]?.[header.indexOf("综合指标值")]?.value;
    expect(score).toEqual({
      kind: "formula",
      formula: `=ROUND(30*${col("办结率")}4+30*${col("按期办结率")}4+20*(1-${col("返工率")}4)+20*${col("群众满意率")}4,1)`,
      // The first row printed: the A class by volume, so 岳阳县政府 (4195 due), published 99.2.
      cached: 99.2,
    });
    const onTime = ranking.rows[3]?.[header.indexOf("按期办结率")]?.value;
    expect(onTime).toMatchObject({
      formula: `=(${col("办理数")}4-${col("超期办理数")}4)/${col("应办理数")}4`,
    });
    const rework = ranking.rows[3]?.[header.indexOf("返工率")]?.value;
    expect(rework).toMatchObject({
      formula: `=IF(${col("应办理数")}4=0,0,${col("返工数")}4/${col("应办理数")}4)`,
    });
    const grade = ranking.rows[3]?.[header.indexOf("等级")]?.value;
    expect(grade).toMatchObject({
      formula: `=IF(${col("综合指标值")}4>=95,"A",IF(${col("综合指标值")}4>=90,"B",IF(${col("综合指标值")}4>=80,"C",IF(${col("综合指标值")}4>=60,"D","E"))))`,
    });
    const rank = ranking.rows[3]?.[0]?.value;
    expect(rank).toMatchObject({ formula: `=RANK.EQ(${col("综合指标值")}4,$M$4:$M$85,0)` });
  });

  it("ranks across group sheets with COUNTIF and within a group with RANK.EQ", async () => {
    const grouped = await fixturePlan("yueyang-2017-q2-hotline-composite.csv", {
      liveFormulas: true,
    });
    const rankings = grouped.sheets.filter((s) => s.role === "ranking");
    expect(rankings.map((s) => s.name)).toEqual([
      "排名-综合评价A类单位",
      "排名-综合评价B类单位",
      "排名-综合评价C类及以下单位",
    ]);
    const second = rankings[1];
    const header = second ? headerOf(second) : [];
    expect(header.slice(0, 3)).toEqual(["组内名次", "总名次", "单位"]);
    const overall = second?.rows[3]?.[1]?.value;
    expect(overall?.kind).toBe("formula");
    if (overall?.kind !== "formula") return;
    expect(
      overall.formula.match(/COUNTIF\('排名-综合评价[ABC][^']*'!\$M\$4:\$M\$\d+,">"&M4\)/g),
    ).toHaveLength(3);
    // The cached overall rank is one more than the units that scored higher on any sheet.
    const scoreAt = header.indexOf("综合指标值");
    const all = rankings.flatMap((s) => s.rows.slice(3).map((r) => Number(shown(r[scoreAt]))));
    const own = Number(shown(second?.rows[3]?.[scoreAt]));
    expect(overall.cached).toBe(all.filter((x) => x > own).length + 1);
  });

  it("keeps dense ranks across groups as values: no single formula gives them", async () => {
    const grid = await readInputGrid(fixturePath("yueyang-2017-q2-hotline-composite.csv"));
    const { reading, evaluation } = scoreGrid(grid, { rankMethod: "dense" });
    if (!evaluation) throw new Error("not scored");
    const dense = buildReport({ grid, reading, evaluation }, { ...STAMP, liveFormulas: true });
    const second = dense.sheets.filter((s) => s.role === "ranking")[1];
    expect(second?.rows[3]?.[1]?.value.kind).toBe("number");
    expect(second?.rows[3]?.[0]?.value).toMatchObject({ kind: "formula" });
  });
});

describe.each([
  {
    file: "jingzhou-2021-02-weibo-bci.xlsx",
    scheme: "weibo-bci",
    units: 20,
    scoreHeader: "BCI",
    scoreFormat: "0.00",
    published: "jingzhou-2021-02-weibo-bci",
    printedScore: "BCI",
  },
  {
    file: "jingzhou-2021-02-wechat-wci-city.xlsx",
    scheme: "wechat-wci",
    units: 20,
    scoreHeader: "WCI",
    scoreFormat: "0.00",
    published: null,
    printedScore: null,
  },
  {
    file: "shiyan-county-2020-q1-petition-towns.xlsx",
    scheme: "petition-completion",
    units: null,
    scoreHeader: "办结率（%）",
    scoreFormat: "0.00",
    published: null,
    printedScore: null,
  },
  {
    file: "jingzhou-2021-02-hotline-side-by-side.xlsx",
    scheme: "hotline-monthly",
    units: 60,
    scoreHeader: null,
    scoreFormat: null,
    published: null,
    printedScore: null,
  },
])("$scheme", ({ file, scheme, units, scoreHeader, scoreFormat, published, printedScore }) => {
  let plan: ReportPlan;
  beforeAll(async () => {
    plan = await fixturePlan(file);
  });

  it("has one legal, unique sheet per part and a row per unit", () => {
    expect(plan.stamp.schemeId).toBe(scheme);
    const names = plan.sheets.map((s) => s.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    const ranking = sheet(plan, "ranking");
    if (units !== null) expect(ranking.rows.length - 3).toBe(units);
    const header = headerOf(ranking);
    expect(header[0]).toBe("名次");
    expect(header[1]).toBe("单位");
    expect(header.at(-1)).toBe("备注");
    if (scoreHeader) {
      const i = header.indexOf(scoreHeader);
      expect(i).toBeGreaterThan(1);
      expect(ranking.rows[3]?.[i]?.format).toBe(scoreFormat);
    }
  });

  it("charts the charted value of every unit when the list is short", () => {
    const charts = sheet(plan, "charts").charts;
    const bar = charts[0];
    expect(bar?.kind).toBe("bar");
    const count = sheet(plan, "ranking").rows.length - 3;
    const [from, to] = (bar?.values ?? "").split(":").map((a) => Number(a.slice(1)));
    expect((to ?? 0) - (from ?? 0) + 1).toBe(Math.min(count, count > 30 ? 10 : count));
  });

  if (published && printedScore)
    it("carries the published index values", () => {
      const rows = publishedRows(published);
      const records = rankedRecords(sheet(plan, "ranking"));
      let matched = 0;
      for (const r of rows) {
        const record = records.find((x) => shown(x["单位"]) === r["微博号"]);
        expect(record).toBeDefined();
        expect(shown(record?.[scoreHeader ?? ""])).toBe(Number(r[printedScore]));
        matched++;
      }
      expect(matched).toBe(20);
    });
});

describe("names, languages and hostile text", () => {
  const grid = (names: string[], sheetName = "Sheet1"): CellGrid => ({
    sheet: sheetName,
    top: 0,
    left: 0,
    values: [
      ["部门名称", "分组", "信件总数", "终审总数"],
      ...names.map((n, i) => [n, i % 2 === 0 ? "县直/部门:[一]" : "乡镇*?", 10 + i, 9]),
    ],
  });

  it("writes English sheet names and headers with lang en", async () => {
    const plan = await fixturePlan("jingzhou-2021-02-weibo-bci.xlsx", { lang: "en" });
    expect(plan.sheets.map((s) => s.name)).toEqual([
      "Summary",
      "Ranking",
      "Charts",
      "Analysis",
      "Problems",
      "Method",
    ]);
    expect(headerOf(sheet(plan, "ranking")).slice(0, 2)).toEqual(["Rank", "Unit"]);
  });

  it("makes group names legal sheet names and keeps clear of the workbook's own sheets", () => {
    const plan = planFor(grid(["甲", "乙", "丙", "丁"], "汇总"), {
      reservedSheetNames: ["排名-县直-部门-(一)", "Method"],
    });
    const names = plan.sheets.map((s) => s.name);
    for (const n of names) expect(isLegalSheetName(n)).toBe(true);
    expect(names).not.toContain("汇总");
    expect(names).toContain("汇总-2");
    expect(names.filter((n) => n.startsWith("排名-"))).toEqual([
      "排名-县直-部门--一-",
      "排名-乡镇--",
    ]);
  });

  it("keeps names that look like formulas or markup as text cells", () => {
    const hostile = [
      '=HYPERLINK("http://x","y")',
      "+cmd|' /C calc'!A0",
      "-2+3",
      "@SUM(1)",
      "<img src=x onerror=alert(1)>",
    ];
    const plan = planFor(grid(hostile));
    const cells = plan.sheets
      .filter((s) => s.role === "ranking")
      .flatMap((s) => s.rows.slice(3).map((r) => r[2]));
    expect(cells.map((c) => c?.value)).toEqual(
      expect.arrayContaining(hostile.map((text) => ({ kind: "text", text }))),
    );
    for (const c of cells) expect(c?.format).toBe("@");
  });
});
