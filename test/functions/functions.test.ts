/**
 * GOVRANK.* against the published tables and hand-checked values: ties, blanks, text in ranges
 * and errors. The functions run as Excel calls them (plain values and 2-D arrays), with the
 * CustomFunctions global stood in for.
 */
import fc from "fast-check";
import { installCustomFunctionsGlobal, FakeCustomFunctionError } from "../fakes/custom-functions";
installCustomFunctionsGlobal();
import {
  bci,
  composite,
  gap,
  grade,
  groupRank,
  growth,
  hotlineScore,
  parse,
  rank,
  wci,
} from "../../src/functions/functions";
import { readInputGrid } from "../../src/cli/read-input";
import { scoreGrid } from "../../src/core/score/score-grid";
import { fixturePath, percentPoints, publishedRows } from "../helpers/fixtures";

const err = (v: unknown) => v as FakeCustomFunctionError;
const column = (values: (number | string)[]) => values.map((v) => [v]);

describe("GOVRANK.GROWTH", () => {
  it("gives the bulletin's growth (schemes.md §6: 71266 vs 64085 → 11.2 %)", () => {
    expect(Math.round((growth(71266, 64085) as number) * 1000) / 10).toBe(11.2);
    expect(growth(90, 100)).toBeCloseTo(-0.1, 12);
  });
  it("refuses a zero previous value", () => {
    expect(err(growth(5, 0)).code).toBe("#DIV/0!");
  });
});

describe("GOVRANK.HOTLINE_SCORE", () => {
  const rows = publishedRows("yueyang-2017-q2-hotline-composite").filter(
    (r) => r["综合指标值"] !== "",
  );

  it("reproduces every printed score from the printed counts, except the two rows that contradict them", () => {
    const wrong: string[] = [];
    for (const r of rows) {
      const satisfaction = r["群众满意率"] === "" ? "" : `${r["群众满意率"]}`;
      const score = hotlineScore(
        r["应办理数"],
        r["办理数"],
        r["超期办理数"],
        r["返工数"],
        satisfaction,
      );
      if (score !== Number(r["综合指标值"])) wrong.push(`${r["部门名称"]}: ${String(score)}`);
    }
    expect(wrong.map((w) => w.split(":")[0])).toEqual(["华容县政府", "市长江修防处"]);
  });

  it("scores a unit with tickets due but none handled (市审计局: 40)", () => {
    expect(hotlineScore(1, 0, 0, 0, "")).toBe(40);
  });

  it("says which argument is wrong", () => {
    const late = err(hotlineScore(10, 5, 6, 0, 1));
    expect(late.code).toBe("#VALUE!");
    expect(late.message).toContain("超期办理数");
    expect(err(hotlineScore(0, 0, 0, 0, 1)).code).toBe("#N/A");
    const percentPointsGiven = err(hotlineScore(10, 10, 0, 0, 96.54));
    expect(percentPointsGiven.message).toContain("96.54%");
    expect(err(hotlineScore("十", 10, 0, 0, 1)).message).toContain("due");
  });
});

describe("GOVRANK.GAP", () => {
  it("tells 长岭炼化公司 (3 due, 3 handled, 2 late, 80.0, C) what reaches B", () => {
    // 30·1 + 30·(3 − 1)/3 + 20 + 20 = 90.0 with one late ticket fewer.
    expect(gap(3, 3, 2, 0, "")).toBe("再按期办结1件即可达到B类");
    expect(gap(3, 3, 2, 0, "", undefined, "en")).toBe("1 more handled on time reaches B");
  });

  it("gives a top unit its margin, with the clerk's own bands too", () => {
    // 汨罗市政府: 2430 due, all on time, no rework, 97.76 % → 99.6, 4.6 above A's 95.
    expect(gap(2430, 2430, 0, 0, 0.9776)).toBe("领先B类分界4.6分");
    // Her bands put the top line at 98: 1.6 above it.
    expect(gap(2430, 2430, 0, 0, 0.9776, [["A:98,B:90,C:80,D:60,E"]])).toBe("领先B类分界1.6分");
  });

  it("offers every single change that reaches the grade, a rate in percentage points", () => {
    // 100 due, 100 handled, 0 late, 0 rework, 60 % satisfied: 30 + 30 + 20 + 12 = 92.0 (B).
    // A needs 95.0 as printed, and 94.95 prints as 95.0: 20·s ≥ 12.95, s ≥ 74.75 %, +14.75
    // points (74.74 % gives 94.948 → 94.9). Nothing else can move.
    expect(gap(100, 100, 0, 0, 0.6)).toBe("群众满意率提高14.75个百分点即可达到A类");
  });

  it("names the bad argument as an error value", () => {
    expect(err(gap(3, 4, 0, 0, 1)).code).toBe("#VALUE!");
    expect(err(gap("三", 3, 0, 0, 1)).message).toContain("due");
    expect(err(gap(3, 3, 0, 0, 1, undefined, "fr")).message).toContain("language");
  });
});

describe("GOVRANK.COMPOSITE", () => {
  it("adds value × weight", () => {
    expect(composite([[0.99, 0.98, 0.97]], [[30], [30], [40]])).toBeCloseTo(97.9, 10);
  });
  it("names the mismatch or the cell that is not a number", () => {
    expect(err(composite([[1, 2]], [[1]])).message).toContain("values 有 2 项而 weights 有 1 项");
    expect(err(composite([[1, "x"]], [[1, 2]])).message).toContain("values[2]");
    expect(err(composite([[1, 2]], [[1, ""]])).code).toBe("#N/A");
  });
});

describe("GOVRANK.GRADE", () => {
  it("gives every printed grade from its printed score with the default bands", () => {
    const rows = publishedRows("yueyang-2017-q2-hotline-composite").filter(
      (r) => r["综合指标值"] !== "",
    );
    for (const r of rows) expect(grade(Number(r["综合指标值"]))).toBe(r["等级评价"]);
  });

  it("takes bands as text or as a two-column range in any order", () => {
    expect(grade(94.99)).toBe("B");
    expect(grade(59.9)).toBe("E");
    expect(grade(85, [["A:90,B:80,C"]])).toBe("B");
    expect(
      grade(79, [
        ["", "差"],
        [90, "优"],
        [80, "良"],
      ]),
    ).toBe("差");
    expect(grade("")).toBe("");
  });

  it("says what is wrong with the bands", () => {
    expect(err(grade(90, [["A:80,B:90"]])).message).toContain("从高到低");
    expect(err(grade(90, [[1, 2, 3]])).code).toBe("#VALUE!");
    expect(err(grade(50, [["A:90,B:80"]])).code).toBe("#N/A");
  });
});

describe("GOVRANK.RANK", () => {
  const scores = [100, 100, 99.2, 98.9, 98.9, 97];

  it("ranks with ties: competition 1224 and dense 1223, one rank per cell of a range", () => {
    expect(rank(column(scores), column(scores))).toEqual(column([1, 1, 3, 4, 4, 6]));
    expect(rank(column(scores), column(scores), true, "dense")).toEqual(column([1, 1, 2, 3, 3, 4]));
    expect(rank(column(scores), column(scores), false)).toEqual(column([5, 5, 4, 2, 2, 1]));
    expect(rank([[99.2]], column(scores))).toEqual([[3]]);
    expect(rank([[98.9]], column(scores), "升序", "中国式")).toEqual([[2]]);
  });

  it("leaves text and blanks in the range out, and says when a value is not in it", () => {
    const range = column([100, "无", "", 99, "100"]);
    expect(rank([[99]], range)).toEqual([[2]]);
    expect(rank(column([100, ""]), range)).toEqual(column([1, ""]));
    expect(err(rank([[98]], range)[0]?.[0]).code).toBe("#N/A");
    expect(err(rank([["x"]], range)[0]?.[0]).code).toBe("#VALUE!");
    expect(err(rank([[1]], range, "sideways")[0]?.[0]).message).toContain("descending");
    expect(err(rank([[1]], range, true, "olympic")[0]?.[0]).message).toContain("method");
  });

  it("gives the published BCI list its printed order", () => {
    const values = publishedRows("jingzhou-2021-02-weibo-bci").map((r) => Number(r["BCI"]));
    expect(rank(column(values), column(values)).map((r) => r[0])).toEqual(
      values.map((_, i) => i + 1),
    );
  });

  it("agrees one cell at a time with the spilled ranks", () => {
    const values = publishedRows("yueyang-2017-q2-hotline-composite")
      .filter((r) => r["综合指标值"] !== "")
      .map((r) => Number(r["综合指标值"]));
    const spilled = rank(column(values), column(values)).map((r) => r[0]);
    expect(values.map((v) => rank([[v]], column(values))[0]?.[0])).toEqual(spilled);
  });

  it("ranks cell by cell on one shared range as on a fresh one, and follows the range when Excel recalculates", () => {
    const values = publishedRows("yueyang-2017-q2-hotline-composite")
      .filter((r) => r["综合指标值"] !== "")
      .map((r) => Number(r["综合指标值"]));
    const shared = column(values);
    const spilled = rank(column(values), column(values)).map((r) => r[0]);
    // The first call reads the range, the second sorts it, the rest search the sorted copy.
    for (let pass = 0; pass < 3; pass++)
      expect(values.map((v) => rank([[v]], shared)[0]?.[0])).toEqual(spilled);
    // A recalculation hands a new array: the first unit's score raised to 101 is now first alone,
    // and every other unit's rank is what a fresh range gives.
    const raised = [101, ...values.slice(1)];
    const edited = column(raised);
    const editedSpilled = rank(column(raised), column(raised)).map((r) => r[0]);
    expect(editedSpilled[0]).toBe(1);
    expect(editedSpilled).not.toEqual(spilled);
    for (let pass = 0; pass < 3; pass++)
      expect(raised.map((v) => rank([[v]], edited)[0]?.[0])).toEqual(editedSpilled);
    // The old range still gives its own ranks.
    expect(values.map((v) => rank([[v]], shared)[0]?.[0])).toEqual(spilled);
  });

  it("gives on any sequence of ranges and repeated calls what a fresh pass gives", () => {
    const cell = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom("无", "", 2.5));
    fc.assert(
      fc.property(
        fc.array(cell, { minLength: 1, maxLength: 12 }),
        fc.array(
          fc.record({
            at: fc.nat(11),
            to: cell,
            asks: fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 6 }),
          }),
          {
            maxLength: 8,
          },
        ),
        fc.constantFrom(true, false),
        fc.constantFrom("competition", "dense"),
        (first, edits, descending, method) => {
          let cells = first;
          for (const edit of edits) {
            // Each recalculation: a new array, as Excel hands it, with one cell changed.
            cells = cells.map((c, i) => (i === edit.at % cells.length ? edit.to : c));
            const range = column(cells);
            for (let repeat = 0; repeat < 3; repeat++)
              for (const v of edit.asks)
                expect(rank([[v]], range, descending, method)).toEqual(
                  rank([[v]], column(cells), descending, method),
                );
          }
        },
      ),
    );
  });
});

describe("GOVRANK.GROUPRANK", () => {
  it("ranks within each group: one more than the units of the same group that did better", () => {
    const rows = publishedRows("yueyang-2017-q2-hotline-composite").filter(
      (r) => r["综合指标值"] !== "",
    );
    const values = rows.map((r) => Number(r["综合指标值"]));
    const groups = rows.map((r) => r["分组"] ?? "");
    const expected = values.map(
      (v, i) => 1 + values.filter((w, j) => groups[j] === groups[i] && w > v).length,
    );
    expect(groupRank(column(values), column(groups)).map((r) => r[0])).toEqual(expected);
  });

  it("needs groups the size of the values", () => {
    expect(err(groupRank(column([1, 2]), column(["a"]))[0]?.[0]).message).toContain("same size");
  });
});

describe("GOVRANK.BCI", () => {
  it("reproduces all 20 printed indices", () => {
    for (const r of publishedRows("jingzhou-2021-02-weibo-bci")) {
      expect(
        bci(
          Number(r["发博数"]),
          Number(r["原创微博数"]),
          Number(r["转发数"]),
          Number(r["评论数"]),
          Number(r["原创转发"]),
          Number(r["原创评论"]),
          Number(r["总点赞数"]),
        ),
      ).toBe(Number(r["BCI"]));
    }
  });
  it("refuses a negative count, naming it", () => {
    expect(err(bci(-1, 0, 0, 0, 0, 0, 0)).message).toContain("发博数");
  });
});

describe("GOVRANK.WCI", () => {
  it("equals the library's WCI for each account of the published list, given the same inputs", async () => {
    const { evaluation } = scoreGrid(
      await readInputGrid(fixturePath("jingzhou-2021-02-wechat-wci-city.xlsx")),
    );
    expect(evaluation?.units).toHaveLength(20);
    for (const u of evaluation?.units ?? []) {
      const m = u.measures;
      expect(
        wci(
          m["articles"],
          m["reads"],
          m["wows"],
          m["likes"],
          m["headlineReads"],
          m["headlineWows"],
          m["headlineLikes"],
          m["maxReads"],
          m["maxWows"],
          m["maxLikes"],
          evaluation?.days,
        ),
      ).toBe(u.score);
    }
  });

  it("lands within 2.5 % of the printed value with likes = 在看 and 28 days (schemes.md §3)", () => {
    const first = publishedRows("jingzhou-2021-02-wechat-wci-city")[0] ?? {};
    // 荆州发布: 64W+ reads estimated as 平均阅读量 × 文章总数, 36W+ headline reads at the bound.
    const value = wci(159, 4074 * 159, 1360, 1360, 360000, 816, 816, 17903, 83, 83, 28) as number;
    expect(Math.abs(value / Number(first["WCI"]) - 1)).toBeLessThan(0.025);
  });

  it("says which input is missing", () => {
    const missing = err(wci(10, 100, 5, "", 50, 2, 2, 30, 1, 1, 28));
    expect(missing.code).toBe("#N/A");
    expect(missing.message).toContain("likes");
    expect(err(wci(10, 100, 5, 5, 50, 2, 2, 30, 1, 1, 0)).message).toContain("days");
  });
});

describe("GOVRANK.PARSE", () => {
  it("reads figures as bulletins print them", () => {
    expect(parse("64W+")).toBe(640000);
    expect(parse("1.2万")).toBe(12000);
    expect(parse("99.5%")).toBe(0.995);
    expect(parse("１２３")).toBe(123);
    expect(parse(percentPoints("99.59%"))).toBe(99.59);
    expect(parse("")).toBe("");
  });
  it("says when text is not a number", () => {
    expect(err(parse("暂无")).message).toContain("“暂无”不是数字");
    expect(err(parse("#N/A")).code).toBe("#VALUE!");
  });
});
