/**
 * The bulletin draft and the period comparison. The previous period is derived here from the
 * published comprehensive evaluation; every figure the draft states is computed again in this
 * file from the table's own cells (Σ counts, grade shares over all units, growth), and the grade
 * movements must be exactly the units whose independently computed grade changed.
 */
import { readInputGrid } from "../../src/cli/read-input";
import { bulletinFor, bulletinText } from "../../src/core/bulletin/bulletin";
import { compareEvaluations, movementText } from "../../src/core/compare/compare";
import { scoreGrid } from "../../src/core/score/score-grid";
import type { CellGrid } from "../../src/core/table/cell-grid";
import type { CellValue } from "../../src/core/values/parse-cell";
import { fixturePath } from "../helpers/fixtures";

const FILE = "yueyang-2017-q2-hotline-composite.csv";

/** Column positions in the fixture's CSV (header row 0). */
const C = { group: 0, unit: 1, due: 2, handled: 3, late: 5, rework: 7, satisfaction: 10 };

function num(v: CellValue): number {
  return v === null || v === undefined || v === "" ? 0 : Number(String(v).replace("%", ""));
}

/** The published method, written out again here: score, then A ≥ 95, B ≥ 90, C ≥ 80, D ≥ 60, E. */
function gradeOf(row: CellValue[]): string | null {
  const due = num(row[C.due]);
  if (due === 0) return null;
  const handled = num(row[C.handled]);
  const sat =
    row[C.satisfaction] === null || row[C.satisfaction] === "" ? 100 : num(row[C.satisfaction]);
  const score =
    (30 * handled) / due +
    (30 * (handled - num(row[C.late]))) / due +
    20 * (1 - num(row[C.rework]) / due) +
    (20 * sat) / 100;
  const rounded = Math.round(score * 10 + 1e-9) / 10;
  return rounded >= 95
    ? "A"
    : rounded >= 90
      ? "B"
      : rounded >= 80
        ? "C"
        : rounded >= 60
          ? "D"
          : "E";
}

/** Last period: some units fared differently, one was renamed since, one has gone, due lower. */
function previousOf(grid: CellGrid): CellGrid {
  const values = grid.values.map((r) => r.slice());
  for (const row of values.slice(1)) {
    const unit = String(row[C.unit]);
    if (unit === "市金融办") {
      row[C.late] = 0; // C now; last period perfect → went down
      row[C.rework] = 0;
      row[C.satisfaction] = "100%";
    }
    if (unit === "岳阳县政府") row[C.late] = 800; // A now; last period B (93.4) → went up
    if (unit === "市公路局") row[C.unit] = "市公路管理局"; // renamed since
    if (num(row[C.due]) > 1000) {
      const cut = 100;
      row[C.due] = num(row[C.due]) - cut;
      row[C.handled] = num(row[C.handled]) - cut;
    }
  }
  values.push([
    "综合评价A类单位",
    "市老干局",
    10,
    10,
    "100%",
    0,
    "100%",
    0,
    "0%",
    0,
    "100%",
    "100",
    "A",
  ]);
  return { ...grid, values };
}

describe("comparison and bulletin on the comprehensive evaluation", () => {
  let grid: CellGrid;
  let previous: CellGrid;
  beforeAll(async () => {
    grid = await readInputGrid(fixturePath(FILE));
    previous = previousOf(grid);
  });

  function run() {
    const now = scoreGrid(grid);
    const before = scoreGrid(previous);
    if (!now.evaluation || !before.evaluation) throw new Error("not scored");
    const comparison = compareEvaluations(now.evaluation, before.evaluation, {
      市公路管理局: "市公路局",
    });
    const bulletin = bulletinFor(now.reading, now.evaluation, {
      previous: comparison,
      basis: "yoy",
    });
    return { now, comparison, text: bulletinText(bulletin) };
  }

  it("lists as grade movements exactly the units whose grade changed", () => {
    const { comparison, text } = run();
    const gradeNow = new Map(grid.values.slice(1).map((r) => [String(r[C.unit]), gradeOf(r)]));
    const renamed = (u: string) => (u === "市公路管理局" ? "市公路局" : u);
    const changed = previous.values
      .slice(1)
      .filter((r) => gradeOf(r) !== null && gradeNow.has(renamed(String(r[C.unit]))))
      .filter((r) => gradeNow.get(renamed(String(r[C.unit]))) !== gradeOf(r))
      .map((r) => renamed(String(r[C.unit])))
      .filter((u) => gradeNow.get(u) !== null);
    const moved = comparison.units
      .filter((c) => c.gradeChange === "up" || c.gradeChange === "down")
      .map((c) => c.unit);
    expect(moved.sort()).toEqual(changed.sort());
    expect(moved.sort()).toEqual(["岳阳县政府", "市金融办"].sort());
    expect(text).toContain("等级上升的1家：岳阳县政府（B类→A类）");
    expect(text).toContain("等级下降的1家：市金融办（A类→C类）");
  });

  it("matches renamed units, and lists the names it could not match", () => {
    const { comparison, text } = run();
    const road = comparison.units.find((c) => c.unit === "市公路局");
    expect(road?.status).not.toBe("new");
    expect(comparison.unmatched).toEqual({ current: [], previous: ["市老干局"] });
    expect(text).toContain("上期有而本期无市老干局");
    const climber = comparison.units.find((c) => c.unit === "岳阳县政府");
    expect(climber && movementText(climber, "zh")).toMatch(/^↑\d+$/);
  });

  it("states Σ-based totals and rates, grade shares over all units, and growth, all as computed here", () => {
    const { text } = run();
    const rows = grid.values.slice(1).filter((r) => num(r[C.due]) > 0);
    const sum = (values: CellValue[][], c: number) =>
      values.slice(1).reduce((s, r) => s + num(r[c]), 0);
    const due = sum(grid.values, C.due);
    const handled = sum(grid.values, C.handled);
    const late = sum(grid.values, C.late);
    expect(text).toContain(`共承办工单${due}件、办结${handled}件、超期办理${late}件`);
    expect(text).toContain(`总体办结率${((handled / due) * 100).toFixed(2)}%`);
    expect(text).toContain(`按期办结率${((100 * (handled - late)) / due).toFixed(2)}%`);
    const population = grid.values.length - 1;
    const a = rows.filter((r) => gradeOf(r) === "A").length;
    expect(text).toContain(
      `综合评价为A类的责任单位${a}家，占比${((a / population) * 100).toFixed(1)}%`,
    );
    expect(text).toContain(`占比以全部${population}家计`);
    // Like with like: over the 82 units ranked in both periods — 市老干局 (10 tickets last
    // period, gone now) is left out of last period's side.
    const previousDue = sum(previous.values, C.due) - 10;
    const growth = (due - previousDue) / previousDue;
    expect(text).toContain(
      `承办工单同比增加${due - previousDue}件，增幅${(growth * 100).toFixed(1)}%（按两期均参评的82家计）`,
    );
  });

  it("puts the draft on the summary sheet and the movements on the ranking", async () => {
    const { buildReport } = await import("../../src/core/report/build-report");
    const { now, comparison } = run();
    if (!now.evaluation) throw new Error("not scored");
    const bulletin = bulletinFor(now.reading, now.evaluation, { previous: comparison });
    const plan = buildReport(
      { grid, reading: now.reading, evaluation: now.evaluation },
      { comparison, bulletin, generatedAt: "2026-11-21T08:00:00Z", generator: "test" },
    );
    const summary = plan.sheets.find((s) => s.role === "summary");
    const texts =
      summary?.rows.flatMap((r) => r.map((c) => (c?.value.kind === "text" ? c.value.text : ""))) ??
      [];
    expect(texts).toContain("通报草稿");
    expect(texts).toContain(bulletin.sections[0]?.paragraphs[0]);
    // Long paragraphs wrap: their rows are made tall enough for every line.
    const longRow = summary?.rows.findIndex((r) =>
      r.some((c) => c?.value.kind === "text" && c.value.text.startsWith("综合评价为A类")),
    );
    expect(summary?.rowHeights[longRow ?? -1]).toBeGreaterThanOrEqual(30);
    const ranking = plan.sheets.find(
      (s) =>
        s.role === "ranking" &&
        s.rows[2]?.some((c) => c?.value.kind === "text" && c.value.text === "名次变化"),
    );
    expect(ranking).toBeDefined();
  });
});

describe.each([
  {
    file: "yueyang-2017-q2-hotline-composite.xlsx",
    zh: [
      "纳入考核的责任单位90家，其中参与排名82家，本期无工单8家。",
      "各责任单位共承办工单38742件、办结38695件、超期办理270件、返工81件；总体办结率99.88%、按期办结率99.18%、返工率0.21%。",
      "承办工单较多的责任单位依次为：岳阳县政府（4195件）、岳阳楼区政府（3605件）、湘阴县政府（3438件）、临湘市政府（3068件）、汨罗市政府（2430件）。",
      "办结率为零的单位：市审计局，请相关单位高度重视。",
      "以下单位原表数字与其计数不符，已按计数重新计算，请核实：市长江修防处、华容县政府。",
    ],
    en: [
      "90 units under assessment: 82 ranked, 8 with no tickets.",
      "The units had 38742 tickets due, 38695 handled, 270 handled late, 81 sent back; overall completion rate 99.88%, on-time rate 99.18%, rework rate 0.21%.",
      "Completion rate of 0: 市审计局.",
    ],
  },
  {
    file: "jingzhou-2021-02-weibo-bci.xlsx",
    zh: [
      "2021年2月，纳入监测的微博账号20个。",
      "本期共发博3529条、被转发1925次、被评论20736条、获点赞14698次。",
      "BCI前5名依次为荆州市检察院（1218.42）、湖北荆州交警（1124.32）、长江大学（936.20）、荆州发布（877.44）、石首微博（647.55）；排名靠后的5个为今日孱陵（332.77）、青春荆州市（333.79）、平安监利（360.73）、平安荆州区（362.33）、平安洪湖（366.86）。",
      "本期数据未发现需要说明的问题。",
    ],
    en: [
      "2021-02: 20 accounts monitored.",
      "In all: 3529 posts, 1925 reposts, 20736 comments, 14698 likes.",
    ],
  },
  {
    file: "jingzhou-2021-02-wechat-wci-city.xlsx",
    zh: [
      "本期共发文810篇、阅读约1498539次、在看4904次。",
      "20个单位的结果依据截断值或替代值计算，为近似值（见排名表备注）。",
    ],
    en: [
      "20 units' results rest on truncated or stand-in values and are approximate (see the notes on the ranking).",
    ],
  },
  {
    file: "shiyan-county-2020-q1-petition-towns.xlsx",
    zh: [
      "纳入考核的单位18家。",
      "各单位共受理群众来信449件、终审办结449件；总体办结率100.00%。",
      "18家办结率均为100.00%，并列第1。",
    ],
    en: ["The units had 449 letters, 449 closed; overall completion rate 100.00%."],
  },
  {
    file: "jingzhou-2021-02-hotline-side-by-side.xlsx",
    zh: [
      "各单位共承办工单4152件。",
      "承办工单较多的单位依次为：洪湖市（666件）、监利市（587件）、沙市区（366件）、石首市（355件）、荆州区（309件）。",
      "及时签收率为零的单位：中石油荆州分公司，请相关单位高度重视。",
    ],
    en: [
      "Most tasks: 洪湖市 (666), 监利市 (587), 沙市区 (366), 石首市 (355), 荆州区 (309).",
      "Timely acceptance of 0: 中石油荆州分公司.",
    ],
  },
])("bulletin for $file", ({ file, zh, en }) => {
  it("says, in Chinese and English, what the published table gives", async () => {
    const grid = await readInputGrid(fixturePath(file));
    const { reading, evaluation } = scoreGrid(grid);
    if (!evaluation) throw new Error("not scored");
    const lines = (lang: "zh" | "en") =>
      bulletinText(bulletinFor(reading, evaluation, { lang })).split("\n");
    const zhLines = lines("zh");
    for (const line of zh) expect(zhLines).toContain(line);
    const enLines = lines("en");
    for (const line of en) expect(enLines).toContain(line);
    // Headings are numbered in order, with nothing left over from a skipped section.
    const headings = zhLines.filter((l) => /^[一二三四五六七八九]、/.test(l)).map((l) => l[0]);
    expect(headings).toEqual(
      ["一", "二", "三", "四", "五", "六", "七", "八", "九"].slice(0, headings.length),
    );
  });
});
