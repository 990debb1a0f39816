/**
 * Every sentence of the bulletin draft, once per language: bulletin.ts decides what to say from
 * the results and the scheme's bulletin roles; this table says it. A new sentence is an entry in
 * both languages here (the type makes the English one required) and a call in bulletin.ts.
 */
import type { Language } from "../i18n";

export type Basis = "yoy" | "mom" | undefined;

export interface BulletinWords {
  numbered(index: number, heading: string): string;
  headings: {
    overview: string;
    workload: string;
    feedback: string;
    evaluation: string;
    ranking: string;
    zeros: string;
    dataNote: string;
  };
  list(items: readonly string[]): string;
  sentence(text: string): string;
  basis(basis: Basis): string;
  /** A unit with a figure in brackets: "岳阳县政府（4195）". */
  withFigure(unit: string, figure: string): string;
  who(period: string | undefined, ranked: number, noTickets: number, invalid: number): string;
  total(label: string, value: string, approximate: boolean): string;
  totals(items: readonly string[]): string;
  volumeSame(what: string, basis: Basis): string;
  volumeChange(what: string, basis: Basis, change: number, count: string, growth?: string): string;
  /** The set the change is over, when it is not every unit of both periods. */
  volumeOver(units: number): string;
  setAsideNow(names: readonly string[]): string;
  rate(label: string, rate: string, numerator: string, denominator: string): string;
  overall(items: readonly string[]): string;
  busiest(group: string | null, what: string, items: readonly string[]): string;
  feedback(what: string, full: number, lowest: readonly string[]): string;
  grade(label: string, count: number, share: string): string;
  grades(parts: readonly string[], population: number, noTickets: number): string;
  movement(unit: string, from: string, to: string): string;
  movements(up: readonly string[], down: readonly string[]): string;
  low(unit: string, grade: string, score: string): string;
  lowUnits(from: string, units: readonly string[]): string;
  noLowUnits(from: string): string;
  top(by: string, head: readonly string[]): string;
  riser(unit: string, places: number): string;
  risers(items: readonly string[]): string;
  zero(label: string, names: readonly string[]): string;
  approximate(count: number): string;
  inconsistent(names: readonly string[]): string;
  invalid(names: readonly string[]): string;
  unmatched(current: readonly string[], previous: readonly string[]): string;
  nothingToNote: string;
  title(base: string): string;
}

const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

const zh: BulletinWords = {
  numbered: (i, heading) => `${NUMERALS[i] ?? String(i + 1)}、${heading}`,
  headings: {
    overview: "运行情况",
    workload: "部门办理",
    feedback: "群众反馈",
    evaluation: "综合评价",
    ranking: "排名情况",
    zeros: "指标为零的单位",
    dataNote: "数据说明",
  },
  list: (items) => items.join("、"),
  sentence: (text) => `${text}。`,
  basis: (basis) => (basis === "yoy" ? "同比" : basis === "mom" ? "环比" : "较上期"),
  withFigure: (unit, figure) => `${unit}（${figure}）`,
  who: (period, ranked, noTickets, invalid) =>
    `${period ? `${period}，` : ""}参与排名的单位${ranked}个` +
    (noTickets ? `，另有${noTickets}个单位无工单` : "") +
    (invalid ? `，${invalid}个单位数据有误未参评` : "") +
    "。",
  total: (label, value, approximate) => `${label}${value}${approximate ? "（含近似值）" : ""}`,
  totals: (items) => `合计：${zh.list(items)}`,
  volumeSame: (what, basis) => `；${what}${zh.basis(basis)}持平`,
  volumeChange: (what, basis, change, count, growth) =>
    `；${what}${zh.basis(basis)}${change > 0 ? "增加" : "减少"}${count}` +
    (growth === undefined ? "" : `，${change > 0 ? "增幅" : "降幅"}${growth}`),
  rate: (label, rate, numerator, denominator) => `${label}${rate}（${numerator}/${denominator}）`,
  overall: (items) => `总体${zh.list(items)}。`,
  busiest: (group, what, items) =>
    `${group === null ? "" : `${group}中，`}${what}较多的单位依次为${zh.list(items)}。`,
  feedback: (what, full, lowest) =>
    `${what}为100%的单位${full}个；${what}最低的单位为${zh.list(lowest)}。`,
  grade: (label, count, share) => `${label}类${count}家，占比${share}`,
  grades: (parts, population, noTickets) =>
    `综合评价结果：${parts.join("；")}（占比以全部${population}个单位计，含无工单单位${noTickets}个）。`,
  movement: (unit, from, to) => `${unit}（${from}→${to}）`,
  movements: (up, down) =>
    `与上期相比，等级上升的单位${up.length}个${up.length ? `：${zh.list(up)}` : ""}；等级下降的单位${down.length}个${down.length ? `：${zh.list(down)}` : ""}。`,
  low: (unit, grade, score) => `${unit}（${grade}，${score}）`,
  lowUnits: (from, units) => `${from}类及以下的单位：${zh.list(units)}。`,
  noLowUnits: (from) => `没有${from}类及以下的单位。`,
  top: (by, head) => `按${by}排名，前${head.length}位依次为${zh.list(head)}。`,
  riser: (unit, places) => `${unit}（↑${places}）`,
  risers: (items) => `名次上升最多的单位：${zh.list(items)}。`,
  zero: (label, names) => `${label}为零的单位：${zh.list(names)}。`,
  approximate: (count) => `${count}个单位的结果依据截断值或替代值计算，为近似值（见排名表备注）。`,
  inconsistent: (names) =>
    `以下单位原表数字与其计数不符，已按计数重新计算，请核实：${zh.list(names)}。`,
  invalid: (names) => `以下单位数据有误，未参与排名：${zh.list(names)}。`,
  volumeOver: (units) => `（按两期均参评的${units}个单位计）`,
  setAsideNow: (names) => `${zh.list(names)}上期参评，本期未参评（见上），未与上期比较。`,
  unmatched: (current, previous) =>
    `与上期名单不一致：本期新增${zh.list(current) || "无"}；上期有而本期无${zh.list(previous) || "无"}（如系更名，请指定对应关系）。`,
  nothingToNote: "本期数据未发现需要说明的问题。",
  title: (base) => `${base}通报（草稿）`,
};

const en: BulletinWords = {
  numbered: (i, heading) => `${i + 1}. ${heading}`,
  headings: {
    overview: "Overview",
    workload: "Units' workload",
    feedback: "Public feedback",
    evaluation: "Evaluation",
    ranking: "Ranking",
    zeros: "Rates of zero",
    dataNote: "Data note",
  },
  list: (items) => items.join(", "),
  sentence: (text) => `${text}.`,
  basis: (basis) => (basis === "yoy" ? "year on year" : "on the previous period"),
  withFigure: (unit, figure) => `${unit} (${figure})`,
  who: (period, ranked, noTickets, invalid) =>
    `${period ? `${period}: ` : ""}${ranked} units ranked` +
    (noTickets ? `, ${noTickets} with no tickets` : "") +
    (invalid ? `, ${invalid} not ranked (data to fix)` : "") +
    ".",
  total: (label, value, approximate) => `${label} ${value}${approximate ? " (approximate)" : ""}`,
  totals: (items) => `Totals: ${en.list(items)}`,
  volumeSame: (what, basis) => `; ${what} unchanged ${en.basis(basis)}`,
  volumeChange: (what, basis, change, count, growth) =>
    `; ${what} ${change > 0 ? "up" : "down"} ${count} ${en.basis(basis)}` +
    (growth === undefined ? "" : ` (${change > 0 ? "+" : "−"}${growth})`),
  rate: (label, rate, numerator, denominator) =>
    `${label.toLowerCase()} ${rate} (${numerator}/${denominator})`,
  overall: (items) => `Overall ${en.list(items)}.`,
  busiest: (group, what, items) =>
    `${group === null ? "M" : `${group}: m`}ost ${what.toLowerCase()}: ${en.list(items)}.`,
  feedback: (what, full, lowest) =>
    `${full} units had a ${what.toLowerCase()} of 100 %; the lowest: ${en.list(lowest)}.`,
  grade: (label, count, share) => `${label}: ${count} (${share})`,
  grades: (parts, population, noTickets) =>
    `Grades: ${parts.join("; ")} (shares of all ${population} units, including ${noTickets} with no tickets).`,
  movement: (unit, from, to) => `${unit} (${from}→${to})`,
  movements: (up, down) =>
    `On the previous period, ${up.length} units moved up a grade${up.length ? ` (${en.list(up)})` : ""} and ${down.length} moved down${down.length ? ` (${en.list(down)})` : ""}.`,
  low: (unit, grade, score) => `${unit} (${grade}, ${score})`,
  lowUnits: (from, units) => `Units at ${from} or below: ${en.list(units)}.`,
  noLowUnits: (from) => `No unit is at ${from} or below.`,
  top: (by, head) => `By ${by}, the top ${head.length}: ${en.list(head)}.`,
  riser: (unit, places) => `${unit} (↑${places})`,
  risers: (items) => `Biggest climbers: ${en.list(items)}.`,
  zero: (label, names) => `${label} of 0: ${en.list(names)}.`,
  approximate: (count) =>
    `${count} units' results rest on truncated or stand-in values and are approximate (see the notes on the ranking).`,
  inconsistent: (names) =>
    `The printed figures of these units contradict their counts; recomputed from the counts, please check: ${en.list(names)}.`,
  invalid: (names) => `These units have data to fix and were not ranked: ${en.list(names)}.`,
  volumeOver: (units) => ` (over the ${units} units ranked in both periods)`,
  setAsideNow: (names) =>
    `${en.list(names)} ranked last period but not this period (see above): not compared.`,
  unmatched: (current, previous) =>
    `Names not matched with the previous period: new ${en.list(current) || "none"}; gone ${en.list(previous) || "none"} (if renamed, give the mapping).`,
  nothingToNote: "Nothing in this period's data needs a note.",
  title: (base) => `${base}: bulletin draft`,
};

export const BULLETIN_WORDS: Record<Language, BulletinWords> = { zh, en };
