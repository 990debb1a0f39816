/**
 * The catalogue of bad inputs clerks' tables really have: each case states the problem code and
 * the cell govrank must point at (or, where nothing is wrong with how a value is written, what
 * it must make of it). The README's table of bad inputs is this list.
 */
import { scoreGrid, type ScoreOptions } from "../../../src/core/score/score-grid";
import type { CellValue } from "../../../src/core/values/parse-cell";

const HOTLINE = [
  "部门名称",
  "应办理数",
  "办理数",
  "超期办理数",
  "返工数",
  "抽查不满意数",
  "群众满意率",
];
const GOOD: CellValue[] = ["市公安局", 100, 98, 2, 1, 0, 0.95];
const OTHER: CellValue[] = ["市教育局", 50, 50, 0, 0, 0, 1];

function row(edit: Record<number, CellValue>, base: CellValue[] = GOOD): CellValue[] {
  const out = base.slice();
  for (const [i, v] of Object.entries(edit)) out[Number(i)] = v;
  return out;
}

function run(values: CellValue[][], options: ScoreOptions = {}) {
  return scoreGrid({ sheet: "表1", top: 0, left: 0, values }, options);
}

interface Case {
  name: string;
  values: CellValue[][];
  options?: ScoreOptions;
  code?: string;
  cell?: string;
  severity?: "error" | "warning" | "info";
  /** Units ranked, when that is the point. */
  units?: number;
  check?: (outcome: ReturnType<typeof run>) => void;
}

const CASES: Case[] = [
  {
    name: "text in a count column",
    values: [HOTLINE, row({ 1: "十二" })],
    code: "unreadable-number",
    cell: "表1!B2",
    severity: "error",
  },
  {
    name: "a negative count",
    values: [HOTLINE, row({ 2: -3 })],
    code: "negative-count",
    cell: "表1!C2",
    severity: "error",
  },
  {
    name: "a count with decimals",
    values: [HOTLINE, row({ 1: 12.5 })],
    code: "count-not-whole",
    cell: "表1!B2",
  },
  {
    name: "handled more than due",
    values: [HOTLINE, row({ 2: 120 })],
    code: "handled-exceeds-due",
    cell: "表1!C2",
    severity: "error",
  },
  {
    name: "late more than handled",
    values: [HOTLINE, row({ 3: 99 })],
    code: "late-exceeds-handled",
    cell: "表1!D2",
    severity: "error",
  },
  {
    name: "rework more than due",
    values: [HOTLINE, row({ 4: 101 })],
    code: "rework-exceeds-due",
    cell: "表1!E2",
    severity: "error",
  },
  {
    name: "a rate over 100 %",
    values: [HOTLINE, row({ 6: "105%" })],
    code: "rate-above-100",
    cell: "表1!G2",
    severity: "error",
  },
  {
    name: "a rate below 0",
    values: [HOTLINE, row({ 6: "-5%" })],
    code: "rate-below-zero",
    cell: "表1!G2",
    severity: "error",
  },
  {
    name: "a percent typed as 99.5",
    values: [HOTLINE, row({ 6: 99.5 })],
    code: "rate-as-number",
    cell: "表1!G2",
  },
  {
    name: "W+ in a rate column",
    values: [HOTLINE, row({ 6: "64W+" })],
    code: "rate-above-100",
    cell: "表1!G2",
  },
  {
    name: "a truncated count (W+)",
    values: [HOTLINE, row({ 1: "1W+", 2: 9000 })],
    code: "lower-bound",
    cell: "表1!B2",
    severity: "info",
    check: (o) => expect(o.evaluation?.units[0]?.approximate).toBe(true),
  },
  {
    name: "an Excel error in a count",
    values: [HOTLINE, row({ 2: "#DIV/0!" })],
    code: "excel-error",
    cell: "表1!C2",
    severity: "error",
  },
  {
    name: "an Excel error in a rate",
    values: [HOTLINE, row({ 6: "#N/A" })],
    code: "excel-error",
    cell: "表1!G2",
    severity: "error",
  },
  {
    name: "TRUE in a count",
    values: [HOTLINE, row({ 1: true })],
    code: "unreadable-number",
    cell: "表1!B2",
  },
  {
    name: "a blank unit name with data",
    values: [HOTLINE, row({ 0: null })],
    code: "blank-unit-name",
    cell: "表1!A2",
    severity: "error",
  },
  {
    name: "a duplicate unit name",
    values: [HOTLINE, GOOD, row({ 1: 80, 2: 80 })],
    code: "duplicate-unit",
    cell: "表1!A3",
    severity: "warning",
  },
  {
    name: "a totals row inside the table",
    values: [HOTLINE, GOOD, ["合计", 150, 148, 2, 1, 0, 0.96], OTHER],
    code: "totals-row",
    cell: "表1!A3",
    units: 2,
  },
  { name: "a header-only table", values: [HOTLINE], code: "no-units" },
  { name: "a single cell", values: [["部门名称"]], code: "no-header-row" },
  {
    name: "no unit column",
    values: [HOTLINE.slice(1), GOOD.slice(1)],
    code: "missing-column",
    cell: "表1!A1:F1",
    severity: "error",
  },
  {
    name: "a required column missing",
    values: [HOTLINE.filter((h) => h !== "超期办理数"), [GOOD[0], 100, 98, 1, 0, 0.95]],
    code: "missing-column",
    cell: "表1!A1:F1",
  },
  {
    name: "a mapping to a column that is not there",
    values: [HOTLINE, GOOD],
    options: { mapping: { due: "任务量" } },
    code: "mapping-not-found",
    severity: "error",
  },
  {
    name: "a mapping of a field the scheme has not",
    values: [HOTLINE, GOOD],
    options: { mapping: { posts: "B" } },
    code: "unknown-field",
  },
  {
    name: "the same column twice",
    values: [
      [...HOTLINE, "办理数"],
      [...GOOD, 98],
    ],
    code: "duplicate-column",
    cell: "表1!H1",
    severity: "warning",
  },
  {
    name: "a printed rate that contradicts the counts",
    values: [
      [...HOTLINE, "办结率"],
      [...GOOD, "90.00%"],
    ],
    code: "inconsistent-rate",
    cell: "表1!H2",
    severity: "warning",
  },
  {
    name: "a printed score that contradicts the counts",
    values: [
      [...HOTLINE, "综合指标值"],
      [...GOOD, 80],
    ],
    code: "inconsistent-score",
    cell: "表1!H2",
  },
  {
    name: "a printed grade that contradicts the score",
    values: [
      [...HOTLINE, "等级"],
      [...GOOD, "E"],
    ],
    code: "inconsistent-grade",
    cell: "表1!H2",
  },
  {
    name: "a completion rate of 0",
    values: [HOTLINE, row({ 2: 0, 3: 0 })],
    code: "zero-rate",
    severity: "info",
  },
  {
    name: "a petition town with more closed than received",
    values: [
      ["部门名称", "信件总数", "终审总数"],
      ["城关镇", 5, 6],
    ],
    code: "closed-exceeds-letters",
    cell: "表1!C2",
  },
  {
    name: "a Weibo account with more originals than posts",
    values: [
      ["微博名称", "发博数", "原创微博数", "转发数", "评论数", "原创转发", "原创评论", "总点赞数"],
      ["荆州发布", 10, 12, 1, 1, 1, 1, 1],
    ],
    code: "original-exceeds-total",
    cell: "表1!C2",
  },
  {
    name: "a WeChat account whose headline reads exceed its reads",
    values: [
      [
        "公众号",
        "文章总数",
        "阅读总数",
        "在看总数",
        "头条文章阅读量",
        "头条文章在看数",
        "最大阅读量",
        "最大在看数",
      ],
      ["荆州发布", 10, 100, 5, 200, 1, 50, 1],
    ],
    code: "headline-exceeds-total",
    cell: "表1!E2",
  },
  // Written oddly but readable: govrank reads them and says nothing, or says exactly what it did.
  {
    name: "full-width digits",
    values: [HOTLINE, row({ 1: "１００", 2: "９８" })],
    units: 1,
    check: (o) => expect(o.evaluation?.units[0]?.measures["due"]).toBe(100),
  },
  {
    name: "mixed full- and half-width digits",
    values: [HOTLINE, row({ 1: "1０0" })],
    units: 1,
    check: (o) => expect(o.evaluation?.units[0]?.measures["due"]).toBe(100),
  },
  {
    name: "thousands separators",
    values: [HOTLINE, row({ 1: "1,234", 2: "1,200" })],
    units: 1,
    check: (o) => expect(o.evaluation?.units[0]?.measures["due"]).toBe(1234),
  },
  {
    name: "万 in a count",
    values: [HOTLINE, row({ 1: "1.2万", 2: 12000 })],
    units: 1,
    check: (o) => expect(o.evaluation?.units[0]?.measures["due"]).toBe(12000),
  },
  {
    name: "a percent with a space",
    values: [HOTLINE, row({ 6: "95 %" })],
    units: 1,
    check: (o) => expect(o.evaluation?.units[0]?.measures["satisfactionRate"]).toBe(0.95),
  },
  {
    name: "stray spaces and line breaks in a name",
    values: [HOTLINE, row({ 0: " 市 公安局\n" })],
    units: 1,
    check: (o) => expect(o.evaluation?.units[0]?.unit).toBe("市公安局"),
  },
  {
    name: "line breaks and spaces in headers",
    values: [
      [
        "部门\n名称",
        "应办\n理数",
        " 办 理 数 ",
        "超期办理数",
        "返工数",
        "抽查不满意数",
        "群众满意率",
      ],
      GOOD,
    ],
    units: 1,
  },
  {
    name: "blank and all-blank rows",
    values: [HOTLINE, GOOD, [null, null, null], OTHER, [], [null, "", "  "]],
    units: 2,
  },
  {
    name: "a note row under the table",
    values: [HOTLINE, GOOD, ["注：数据截至6月30日。"]],
    units: 1,
    check: (o) => expect(o.reading.notes.join()).toContain("数据截至"),
  },
  {
    name: "a section row (综合评价A类单位)",
    values: [HOTLINE, ["综合评价A类单位", null, null, null, null, null, null], GOOD],
    units: 1,
    check: (o) => expect(o.evaluation?.units[0]?.section).toBe("综合评价A类单位"),
  },
  {
    name: "a unit with no tickets",
    values: [HOTLINE, GOOD, ["市盐务局", null, null, null, null, null, null]],
    units: 1,
    check: (o) => expect(o.evaluation?.excluded.map((e) => e.reason)).toEqual(["no-tickets"]),
  },
  {
    name: "no call-back (blank satisfaction)",
    values: [HOTLINE, row({ 6: null })],
    units: 1,
    check: (o) => expect(o.evaluation?.units[0]?.notes[0]?.zh).toContain("满意率按100%计"),
  },
  {
    name: "a name that looks like a formula",
    values: [HOTLINE, row({ 0: '=HYPERLINK("http://x","点")' })],
    units: 1,
    check: (o) => expect(o.evaluation?.units[0]?.unit).toBe('=HYPERLINK("http://x","点")'),
  },
  {
    name: "a very long name",
    values: [HOTLINE, row({ 0: "局".repeat(5000) })],
    units: 1,
    check: (o) => expect(o.evaluation?.units[0]?.unit).toHaveLength(5000),
  },
  {
    name: "columns of two schemes mixed",
    values: [
      [...HOTLINE, "发博数", "转发数"],
      [...GOOD, 10, 2],
    ],
    units: 1,
    check: (o) => expect(o.reading.scheme?.id).toBe("hotline-composite"),
  },
];

describe("bad inputs", () => {
  it("has at least 40 cases", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES)("$name", (c) => {
    const outcome = run(c.values, c.options);
    const problems = outcome.evaluation?.problems ?? outcome.reading.problems;
    if (c.code) {
      const found = problems.filter((p) => p.code === c.code);
      expect(found.map((p) => p.code)).toContain(c.code);
      if (c.cell) expect(found.map((p) => p.cell)).toContain(c.cell);
      if (c.severity) expect(found[0]?.severity).toBe(c.severity);
      // Every message says where and what, in both languages.
      for (const p of found) {
        expect(p.message.zh.length).toBeGreaterThan(5);
        expect(p.message.en.length).toBeGreaterThan(5);
      }
    }
    if (c.units !== undefined) expect(outcome.evaluation?.units).toHaveLength(c.units);
    c.check?.(outcome);
  });

  it("reads a whole-column selection (1 048 576 rows) without trouble", () => {
    const values: CellValue[][] = [HOTLINE, GOOD, OTHER];
    for (let i = values.length; i < 1_048_576; i++) values.push([]);
    const outcome = run(values);
    expect(outcome.evaluation?.units).toHaveLength(2);
  });
});
