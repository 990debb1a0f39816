/** 排名 sheets of the Yueyang report, one per group, with the published scores and grades. */
import { planTexts, publishedPlan } from "../../helpers/fixtures";

describe("ranked sheets", () => {
  const { plan } = publishedPlan("yueyang-2017-q2-hotline-composite");
  const ranked = plan.sheets.filter((s) => s.role === "ranking");

  it("writes one sheet per group, named after it", () => {
    expect(ranked.map((s) => s.name)).toEqual([
      "排名-综合评价A类单位",
      "排名-综合评价B类单位",
      "排名-综合评价C类及以下单位",
    ]);
  });

  it("gives each unit its group rank, overall rank, counts, rates, score and grade", () => {
    const a = planTexts(ranked[0]!);
    const first = a.indexOf("市自来水公司");
    expect(a.slice(first - 2, first + 13)).toEqual([
      1,
      1,
      "市自来水公司",
      663,
      663,
      0,
      0,
      0,
      1,
      1,
      0,
      1,
      100,
      "A",
      // 距上一等级: 100 is 5.0 above A's floor of 95, the line to B.
      "领先B类分界5.0分",
    ]);
    const b = planTexts(ranked[1]!);
    // 市洞庭新城公司: 5 due, 1 late → on-time 80 %, 综合指标值 94.0, B, 74th overall.
    const unit = b.indexOf("市洞庭新城公司");
    expect(b.slice(unit - 2, unit + 1)).toEqual([1, 74, "市洞庭新城公司"]);
    expect(b.slice(unit + 1, unit + 12)).toEqual([5, 5, 1, 0, 0, 1, 0.8, 0, 1, 94, "B"]);
  });

  it("says in 距上一等级 what takes a C unit to B: 长岭炼化公司, one late ticket fewer", () => {
    const c = planTexts(ranked[2]!);
    const header = (ranked[2]!.rows[2] ?? []).map((x) =>
      x?.value.kind === "text" ? x.value.text : "",
    );
    const gapColumn = header.indexOf("距上一等级");
    expect(gapColumn).toBeGreaterThan(0);
    const row = ranked[2]!.rows.find((r) =>
      r.some((x) => x?.value.kind === "text" && x.value.text === "长岭炼化公司"),
    );
    const cell = row?.[gapColumn];
    expect(cell?.value.kind === "text" && cell.value.text).toBe("再按期办结1件即可达到B类");
    expect(c).toContain("长岭炼化公司");
  });

  it("prints as a ruled table: names left, ranks and grades centred, figures right", () => {
    const sheet = ranked[0]!;
    const header = (sheet.rows[2] ?? []).map((c) => (c?.value.kind === "text" ? c.value.text : ""));
    // Header row (2) to the last unit: the 72 A-class rows of the published table end at row 74.
    expect(sheet.rules).toEqual([{ top: 2, left: 0, bottom: 74, right: header.length - 1 }]);
    const row = sheet.rows[3] ?? [];
    expect(row[header.indexOf("部门名称")]?.style ?? row[header.indexOf("单位")]?.style).toBe(
      "cell",
    );
    expect(row[header.indexOf("组内名次")]?.style).toBe("centred");
    expect(row[header.indexOf("等级评价")]?.style ?? row[header.indexOf("等级")]?.style).toBe(
      "centred",
    );
    expect(row[header.indexOf("综合指标值")]?.style).toBe("figure");
    expect(row[header.indexOf("办结率")]?.style).toBe("figure");
  });

  it("notes a row whose printed figures contradict its counts", () => {
    expect(planTexts(ranked[2]!)).toContain("原表数字与其计数不符，见问题清单");
  });
});
