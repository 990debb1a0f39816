import { planTexts, publishedPlan } from "../../helpers/fixtures";
import type { PlanSheet } from "../../../src/core/report/plan";

const texts = (sheet: PlanSheet | undefined): string[] =>
  planTexts(sheet ?? { rows: [] }).filter((x): x is string => typeof x === "string");

describe("the 分析 sheet", () => {
  const { plan } = publishedPlan("yueyang-2017-q2-hotline-composite");
  const sheet = plan.sheets.find((s) => s.role === "analysis");

  it("lists each unit with its gap in words and per input, what passes the unit above, and its rank range", () => {
    expect(sheet?.name).toBe("分析");
    const rows = sheet?.rows ?? [];
    const header = rows.find((r) =>
      r.some((c) => c?.value.kind === "text" && c.value.text === "距上一等级"),
    );
    const headers = (header ?? []).map((c) => (c?.value.kind === "text" ? c.value.text : ""));
    expect(headers).toEqual([
      "分组",
      "组内名次",
      "单位",
      "综合指标值",
      "等级",
      "距上一等级",
      "办理数（件）",
      "超期办理数（件）",
      "返工数（件）",
      "群众满意率（百分点）",
      "距上一名",
      "权重变动时的名次",
      "名次界限",
    ]);
    const row =
      rows.find((r) => r[2]?.value.kind === "text" && r[2].value.text === "长岭炼化公司") ?? [];
    const shown = row.map((c) =>
      !c
        ? null
        : c.value.kind === "number"
          ? c.value.value
          : c.value.kind === "text"
            ? c.value.text
            : null,
    );
    // 80.0, C; one late ticket fewer reaches B; nothing else can (all handled, no rework, 100 %).
    expect(shown[0]).toBe("综合评价C类及以下单位");
    expect(shown.slice(3, 10)).toEqual([80, "C", "再按期办结1件即可达到B类", "—", -1, "—", "—"]);
    expect(String(shown[10])).toMatch(/即可超过|单项改进无法超过/);
    expect(String(shown[11])).toMatch(/^排名(稳定|受权重影响较大)（第\d+(–\d+)?名）$/);
    // The comprehensive evaluation is a one-level weighted sum: its ranks have bounds.
    expect(String(shown[12])).toMatch(/^第\d+(–\d+)?名(（精确）)?$/);
  });

  it("gives each indicator's leave-one-out effect and how it was found, seed and draws included", () => {
    const all = texts(sheet);
    expect(all.some((t) => t.startsWith("不计群众满意率："))).toBe(true);
    expect(all.some((t) => t.includes("抽样500次，随机种子20260101"))).toBe(true);
    expect(all).toContain("应办理数是比率的分母（工作量），保持不变");
    const method = texts(plan.sheets.find((s) => s.role === "method"));
    expect(method).toContain("随机种子");
    expect(method).toContain("±10%");
  });

  it("says a table ranked by volume has nothing to advise, instead of leaving it out", () => {
    const monthly = publishedPlan("jingzhou-2021-02-hotline-side-by-side").plan;
    const all = texts(monthly.sheets.find((s) => s.role === "analysis"));
    expect(all.some((t) => t.includes("没有可改进的指标"))).toBe(true);
    expect(all.some((t) => t.includes("权重不影响名次"))).toBe(true);
  });
});
