/**
 * Every sentence of the bulletin draft, once per language, in the published bulletins' forms
 * ("综合评价为A类的责任单位72家，占比78.3%"; "考核等级在C类及以下的责任单位6家，较上季度增加2家，分别是：…").
 * bulletin.ts decides what to say from the results and the scheme's bulletin roles; this table
 * says it. A new sentence is an entry in both languages here (the type makes the English one
 * required) and a call in bulletin.ts. Figures arrive formatted; counting words (件, 家, 篇) are
 * added here, because only Chinese has them.
 */
import type { Language } from "../i18n";

export type Basis = "yoy" | "mom" | undefined;
export type Vocabulary = "handling" | "media";
/** The period's kind, for "较上季度" / "较上月". */
export type PeriodKind = "month" | "months" | "half" | "quarter" | "year" | undefined;

/** A figure with its counting word: "38742件". */
export interface Counted {
  words: string;
  value: string;
  counter: string;
  approximate: boolean;
}

export interface BulletinWords {
  numbered(index: number, heading: string): string;
  headings: {
    overview: string;
    workload: Record<Vocabulary, string>;
    feedback: string;
    evaluation: string;
    board: Record<Vocabulary, string>;
    /** The board's heading when no group has a 黑榜 (all tied, or short lists). */
    ranking: string;
    zeros: string;
    nextSteps: string;
    dataNote: string;
  };
  list(items: readonly string[]): string;
  /** A sentence closed as the language closes it. */
  sentence(text: string): string;
  /** Clauses of one sentence: "…件；总体办结率…". */
  clauses(parts: readonly string[]): string;
  /** What a unit is called when the scheme does not say: 单位 / 账号. */
  unitWordFor: Record<Vocabulary, string>;
  /** A marked blank for the clerk to fill: 【待填：受理总量】. */
  blank(what: string): string;
  /** "较上季度", "同比": what a change is measured against. */
  against(basis: Basis, period: PeriodKind): string;
  /** The opening figures the table does not hold, as blanks to fill. */
  opening(period: string | undefined, basis: Basis, period2: PeriodKind): string;
  /** A sentence led by its period: "2021年2月，…". */
  inPeriod(period: string | undefined, sentence: string): string;
  /** 家 for units, 个 for accounts. */
  unitCounter(vocabulary: Vocabulary): string;
  who(
    vocabulary: Vocabulary,
    unitWord: string,
    population: number,
    ranked: number,
    noTickets: number,
    invalid: number,
  ): string;
  counted(item: Counted): string;
  /** A figure with its counting word (件, 篇): Chinese has them, English not. */
  figure(value: string, counter: string): string;
  totals(vocabulary: Vocabulary, unitWord: string, items: readonly string[]): string;
  volumeSame(what: string, against: string): string;
  volumeChange(
    what: string,
    against: string,
    change: number,
    count: string,
    growth?: string,
  ): string;
  /** The set the change is over, when it is not every unit of both periods. */
  volumeOver(units: number, counter: string): string;
  rate(label: string, rate: string): string;
  overall(items: readonly string[]): string;
  /** A unit with a figure in brackets: "岳阳县政府（4195件）". */
  withFigure(unit: string, figure: string): string;
  busiest(
    vocabulary: Vocabulary,
    unitWord: string,
    group: string | null,
    what: string,
    items: readonly string[],
  ): string;
  feedback(what: string, unitWord: string, full: number, lowest: readonly string[]): string;
  /** The first grade as the bulletins open it, the others shorter. */
  firstGrade(unitWord: string, label: string, count: number, share: string): string;
  grade(label: string, count: number, share: string): string;
  /** The grades in one sentence, with the note on what the shares are of (may be ""). */
  grades(parts: readonly string[], note: string): string;
  population(population: number, noTickets: number, fromSetting: boolean): string;
  low(unit: string, grade: string, score: string): string;
  lowUnits(
    unitWord: string,
    from: string,
    count: number,
    change: { against: string; by: number } | undefined,
    units: readonly string[],
  ): string;
  noLowUnits(
    unitWord: string,
    from: string,
    change: { against: string; by: number } | undefined,
  ): string;
  /** What lifts each low unit one grade ("长岭炼化公司再按期办结1件即可达到B类"), from the gap analysis. */
  improvement(items: readonly string[]): string;
  movement(unit: string, from: string, to: string): string;
  movements(against: string, up: readonly string[], down: readonly string[]): string;
  /** The 红榜: the first N by rank. */
  red(vocabulary: Vocabulary, by: string, top: readonly string[]): string;
  /** The 红榜 when more units share first place than a list can name. */
  tiedTop(
    vocabulary: Vocabulary,
    by: string,
    value: string,
    count: number,
    first: readonly string[],
  ): string;
  /** A group's 红黑榜: its 红榜 (red or tiedTop) and the last N, worst first. */
  board(
    vocabulary: Vocabulary,
    group: string | null,
    red: string,
    by: string,
    bottom: readonly string[],
  ): string;
  ranked(group: string | null, by: string, all: readonly string[]): string;
  /** Every unit shares first place: no 黑榜 to name. */
  allTied(group: string | null, by: string, value: string, count: number): string;
  riser(unit: string, places: number): string;
  risers(against: string, items: readonly string[]): string;
  zero(label: string, names: readonly string[]): string;
  /** The 下一步 template: what to improve is the scheme's own rates. */
  nextSteps(
    vocabulary: Vocabulary,
    unitWord: string,
    lowFrom: string | undefined,
    rates: readonly string[],
  ): string;
  approximate(count: number): string;
  inconsistent(names: readonly string[]): string;
  invalid(names: readonly string[]): string;
  setAsideNow(names: readonly string[]): string;
  unmatched(current: readonly string[], previous: readonly string[]): string;
  nothingToNote: string;
  /** The title: "{period}{subject}{topic}情况通报". */
  title(subject: string): string;
  /** The attachment's own title: "{subject}排名表". */
  rankingTitle(subject: string): string;
  /** The line that names the attachment at the end of the text: "附件：…". */
  attachment(title: string): string;
}

const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

function againstZh(basis: Basis, period: PeriodKind): string {
  if (basis === "yoy") return "同比";
  if (basis === "mom") return "环比";
  switch (period) {
    case "quarter":
      return "较上季度";
    case "month":
      return "较上月";
    case "year":
      return "较上年";
    case "half":
      return "较上半年度";
    default:
      return "较上期";
  }
}

const zh: BulletinWords = {
  numbered: (i, heading) => `${NUMERALS[i] ?? String(i + 1)}、${heading}`,
  headings: {
    overview: "总体情况",
    workload: { handling: "办理情况", media: "发文情况" },
    feedback: "群众满意情况",
    evaluation: "综合评价情况",
    board: { handling: "红黑榜", media: "传播力排名" },
    ranking: "排名情况",
    zeros: "需要关注的单位",
    nextSteps: "下一步工作",
    dataNote: "数据说明",
  },
  list: (items) => items.join("、"),
  sentence: (text) => `${text}。`,
  clauses: (parts) => parts.join("；"),
  unitWordFor: { handling: "单位", media: "账号" },
  blank: (what) => `【待填：${what}】`,
  against: againstZh,
  opening: (period, basis, kind) => {
    const against =
      basis === undefined
        ? kind === "quarter" || kind === "month"
          ? "同比"
          : "较上期"
        : againstZh(basis, kind);
    return (
      `${period ? `${period}，` : ""}共受理群众诉求${zh.blank("受理总量")}件，` +
      `${against}${zh.blank("增加或减少")}${zh.blank("增减量")}件，${zh.blank("增幅或降幅")}；` +
      `热点诉求主要为${zh.blank("诉求类别、件数及占比")}。`
    );
  },
  inPeriod: (period, sentence) => (period ? `${period}，${sentence}` : sentence),
  unitCounter: (v) => (v === "media" ? "个" : "家"),
  who: (v, unitWord, population, ranked, noTickets, invalid) => {
    const c = zh.unitCounter(v);
    if (v === "media") return `纳入监测的${unitWord}${ranked}${c}。`;
    const parts = [`纳入考核的${unitWord}${population}${c}`];
    const others = population - ranked - noTickets - invalid;
    if (noTickets || invalid || others)
      parts.push(
        `其中参与排名${ranked}${c}` +
          (noTickets ? `，本期无工单${noTickets}${c}` : "") +
          (invalid ? `，数据有误暂未参评${invalid}${c}` : "") +
          (others > 0 ? `，表中未列${others}${c}` : ""),
      );
    return `${parts.join("，")}。`;
  },
  counted: (item) =>
    `${item.words}${item.approximate ? "约" : ""}${zh.figure(item.value, item.counter)}`,
  figure: (value, counter) => `${value}${counter}`,
  totals: (v, unitWord, items) =>
    v === "media" ? `本期共${zh.list(items)}` : `各${unitWord}共${zh.list(items)}`,
  volumeSame: (what, against) => `，${what}${against}持平`,
  volumeChange: (what, against, change, count, growth) =>
    `，${what}${against}${change > 0 ? "增加" : "减少"}${count}` +
    (growth === undefined ? "" : `，${change > 0 ? "增幅" : "降幅"}${growth}`),
  volumeOver: (units, counter) => `（按两期均参评的${units}${counter}计）`,
  rate: (label, rate) => `${label}${rate}`,
  overall: (items) => `总体${zh.list(items)}`,
  withFigure: (unit, figure) => `${unit}（${figure}）`,
  busiest: (v, unitWord, group, what, items) =>
    `${group === null ? "" : `${group}中，`}${what}较多的${v === "media" ? "账号" : unitWord}依次为：${zh.list(items)}。`,
  feedback: (what, unitWord, full, lowest) =>
    `${what}为100%的${unitWord}${full}家` +
    (lowest.length ? `；${what}较低的是${zh.list(lowest)}` : "") +
    "。",
  firstGrade: (unitWord, label, count, share) =>
    `综合评价为${label}类的${unitWord}${count}家，占比${share}`,
  grade: (label, count, share) => `${label}类${count}家，占比${share}`,
  grades: (parts, note) => `${parts.join("；")}${note}。`,
  population: (population, noTickets, fromSetting) =>
    `（占比以${fromSetting ? "参评单位总数" : "全部"}${population}家计${noTickets ? `，含无工单单位${noTickets}家` : ""}）`,
  low: (unit, grade, score) => `${unit}（${grade}类，${score}分）`,
  lowUnits: (unitWord, from, count, change, units) =>
    `考核等级在${from}类及以下的${unitWord}${count}家` +
    (change
      ? change.by === 0
        ? `，与${change.against.replace(/^较/, "")}持平`
        : `，${change.against}${change.by > 0 ? "增加" : "减少"}${Math.abs(change.by)}家`
      : "") +
    `，分别是：${zh.list(units)}。`,
  noLowUnits: (unitWord, from, change) =>
    `本期没有考核等级在${from}类及以下的${unitWord}` +
    (change && change.by < 0 ? `，${change.against}减少${-change.by}家` : "") +
    "。",
  improvement: (items) => `从单项指标看，${items.join("；")}。`,
  movement: (unit, from, to) => `${unit}（${from}类→${to}类）`,
  movements: (against, up, down) =>
    up.length + down.length === 0
      ? `${against.replace(/^较/, "与")}相比，各单位等级均无变化。`
      : `${against.replace(/^较/, "与")}相比，等级上升的${up.length}家${up.length ? `：${zh.list(up)}` : ""}；等级下降的${down.length}家${down.length ? `：${zh.list(down)}` : ""}。`,
  red: (v, by, top) =>
    v === "media"
      ? `${by}前${top.length}名依次为${zh.list(top)}`
      : `红榜（${by}前${top.length}名）：${zh.list(top)}`,
  tiedTop: (v, by, value, count, first) =>
    `${v === "media" ? "" : "红榜："}${by}并列第1（${value}）的有${count}${zh.unitCounter(v)}，包括${zh.list(first)}等`,
  board: (v, group, red, by, bottom) =>
    `${group === null ? "" : `${group}：`}${red}` +
    (bottom.length
      ? v === "media"
        ? `；排名靠后的${bottom.length}个为${zh.list(bottom)}`
        : `；黑榜（${by}后${bottom.length}名）：${zh.list(bottom)}`
      : "") +
    "。",
  ranked: (group, by, all) =>
    `${group === null ? "" : `${group}：`}按${by}排名依次为${zh.list(all)}。`,
  allTied: (group, by, value, count) =>
    `${group === null ? "" : `${group}：`}${count}家${by}均为${value}，并列第1。`,
  riser: (unit, places) => `${unit}（上升${places}位）`,
  risers: (against, items) =>
    `${against.replace(/^较/, "与")}相比，名次上升较多的是${zh.list(items)}。`,
  zero: (label, names) => `${label}为零的单位：${zh.list(names)}，请相关单位高度重视。`,
  nextSteps: (v, unitWord, lowFrom, rates) =>
    v === "media"
      ? `下一步，各单位要围绕中心工作，提高原创内容的质量和更新频次，增强政务新媒体的传播力和影响力；${zh.blank("其他工作要求")}。`
      : `下一步，各${unitWord}要对照本期通报，认真分析${lowFrom ? `考核等级在${lowFrom}类及以下、` : ""}排名靠后的原因，限期整改` +
        (rates.length
          ? `，切实提高${rates.length > 1 ? `${rates.slice(0, -1).join("、")}和${rates[rates.length - 1]}` : rates[0]}`
          : "") +
        `；${zh.blank("其他工作要求")}。`,
  approximate: (count) => `${count}个单位的结果依据截断值或替代值计算，为近似值（见排名表备注）。`,
  inconsistent: (names) =>
    `以下单位原表数字与其计数不符，已按计数重新计算，请核实：${zh.list(names)}。`,
  invalid: (names) => `以下单位数据有误，未参与排名：${zh.list(names)}。`,
  setAsideNow: (names) => `${zh.list(names)}上期参评，本期未参评（见上），未与上期比较。`,
  unmatched: (current, previous) =>
    `与上期名单不一致：${[
      current.length ? `本期新增${zh.list(current)}` : "",
      previous.length ? `上期有而本期无${zh.list(previous)}` : "",
    ]
      .filter(Boolean)
      .join("；")}（如系更名，请指定对应关系）。`,
  nothingToNote: "本期数据未发现需要说明的问题。",
  title: (subject) => `${subject}情况通报`,
  rankingTitle: (subject) => `${subject}排名表`,
  attachment: (title) => `附件：${title}`,
};

function againstEn(basis: Basis, period: PeriodKind): string {
  if (basis === "yoy") return "year on year";
  switch (period) {
    case "quarter":
      return "on the previous quarter";
    case "month":
      return "on the previous month";
    default:
      return "on the previous period";
  }
}

const en: BulletinWords = {
  numbered: (i, heading) => `${i + 1}. ${heading}`,
  headings: {
    overview: "Overview",
    workload: { handling: "Units' workload", media: "Posting" },
    feedback: "Public satisfaction",
    evaluation: "Evaluation",
    board: { handling: "Top and bottom", media: "Reach ranking" },
    ranking: "Ranking",
    zeros: "Units to watch",
    nextSteps: "Next steps",
    dataNote: "Data note",
  },
  list: (items) => items.join(", "),
  sentence: (text) => `${text}.`,
  clauses: (parts) => parts.join("; "),
  unitWordFor: { handling: "units", media: "accounts" },
  blank: (what) => `[to fill: ${what}]`,
  against: againstEn,
  opening: (period, basis, kind) =>
    `${period ? `${period}: ` : ""}${en.blank("requests received")} requests received, ` +
    `${en.blank("change")} ${againstEn(basis ?? "yoy", kind)}; the main topics were ${en.blank("topics, counts and shares")}.`,
  inPeriod: (period, sentence) => (period ? `${period}: ${sentence}` : sentence),
  unitCounter: () => "",
  who: (v, unitWord, population, ranked, noTickets, invalid) => {
    if (v === "media") return `${ranked} ${unitWord} monitored.`;
    const others = population - ranked - noTickets - invalid;
    return (
      `${population} ${unitWord} under assessment` +
      (noTickets || invalid || others
        ? `: ${ranked} ranked` +
          (noTickets ? `, ${noTickets} with no tickets` : "") +
          (invalid ? `, ${invalid} not ranked (data to fix)` : "") +
          (others > 0 ? `, ${others} not in the table` : "")
        : "") +
      "."
    );
  },
  counted: (item) => `${item.approximate ? "about " : ""}${item.value} ${item.words}`,
  figure: (value) => value,
  totals: (v, unitWord, items) =>
    v === "media" ? `In all: ${en.list(items)}` : `The ${unitWord} had ${en.list(items)}`,
  volumeSame: (what, against) => `; ${what} unchanged ${against}`,
  volumeChange: (what, against, change, count, growth) =>
    `; ${what} ${change > 0 ? "up" : "down"} ${count} ${against}` +
    (growth === undefined ? "" : ` (${change > 0 ? "+" : "−"}${growth})`),
  volumeOver: (units) => ` (over the ${units} units ranked in both periods)`,
  rate: (label, rate) => `${label.toLowerCase()} ${rate}`,
  overall: (items) => `overall ${en.list(items)}`,
  withFigure: (unit, figure) => `${unit} (${figure})`,
  busiest: (_v, _unitWord, group, what, items) =>
    `${group === null ? "M" : `${group}: m`}ost ${what.toLowerCase()}: ${en.list(items)}.`,
  feedback: (what, unitWord, full, lowest) =>
    `${full} ${unitWord} had a ${what.toLowerCase()} of 100 %` +
    (lowest.length ? `; the lowest: ${en.list(lowest)}` : "") +
    ".",
  firstGrade: (unitWord, label, count, share) => `${count} ${unitWord} graded ${label} (${share})`,
  grade: (label, count, share) => `${label}: ${count} (${share})`,
  grades: (parts, note) => `${parts.join("; ")}${note}.`,
  population: (population, noTickets, fromSetting) =>
    ` (shares of ${fromSetting ? "the" : "all"} ${population} units under assessment${noTickets ? `, ${noTickets} of them with no tickets` : ""})`,
  low: (unit, grade, score) => `${unit} (${grade}, ${score})`,
  lowUnits: (unitWord, from, count, change, units) =>
    `${count} ${unitWord} at ${from} or below` +
    (change
      ? change.by === 0
        ? `, as many as ${change.against.replace(/^on /, "in ")}`
        : `, ${Math.abs(change.by)} ${change.by > 0 ? "more" : "fewer"} than ${change.against.replace(/^on /, "in ")}`
      : "") +
    `: ${en.list(units)}.`,
  noLowUnits: (unitWord, from) => `No ${unitWord} at ${from} or below.`,
  improvement: (items) => `One change at a time: ${items.join("; ")}.`,
  movement: (unit, from, to) => `${unit} (${from}→${to})`,
  movements: (against, up, down) =>
    up.length + down.length === 0
      ? `No unit changed grade ${against}.`
      : `${against[0]?.toUpperCase() ?? ""}${against.slice(1)}, ${up.length} units moved up a grade${up.length ? ` (${en.list(up)})` : ""} and ${down.length} moved down${down.length ? ` (${en.list(down)})` : ""}.`,
  red: (_v, by, top) => `top ${top.length} by ${by}: ${en.list(top)}`,
  tiedTop: (_v, by, value, count, first) =>
    `${count} share first place by ${by} (${value}), among them ${en.list(first)}`,
  board: (_v, group, red, _by, bottom) =>
    `${group === null ? "" : `${group}: `}${red}` +
    (bottom.length ? `; bottom ${bottom.length}: ${en.list(bottom)}` : "") +
    ".",
  ranked: (group, by, all) => `${group === null ? "" : `${group}: `}by ${by}: ${en.list(all)}.`,
  allTied: (group, by, value, count) =>
    `${group === null ? "" : `${group}: `}all ${count} share first place by ${by} (${value}).`,
  riser: (unit, places) => `${unit} (up ${places})`,
  risers: (against, items) => `Biggest climbers ${against}: ${en.list(items)}.`,
  zero: (label, names) => `${label} of 0: ${en.list(names)}.`,
  nextSteps: (v, _unitWord, _lowFrom, rates) =>
    v === "media"
      ? `Next, accounts are to post more original content more often and widen their reach; ${en.blank("further requirements")}.`
      : `Next, units are to look into why they ranked low and put it right${rates.length ? `, raising their ${en.list(rates.map((r) => r.toLowerCase()))}` : ""}; ${en.blank("further requirements")}.`,
  approximate: (count) =>
    `${count} units' results rest on truncated or stand-in values and are approximate (see the notes on the ranking).`,
  inconsistent: (names) =>
    `The printed figures of these units contradict their counts; recomputed from the counts, please check: ${en.list(names)}.`,
  invalid: (names) => `These units have data to fix and were not ranked: ${en.list(names)}.`,
  setAsideNow: (names) =>
    `${en.list(names)} ranked last period but not this period (see above): not compared.`,
  unmatched: (current, previous) =>
    `Names not matched with the previous period: new ${en.list(current) || "none"}; gone ${en.list(previous) || "none"} (if renamed, give the mapping).`,
  nothingToNote: "Nothing in this period's data needs a note.",
  title: (subject) => `${subject}: bulletin`,
  rankingTitle: (subject) => `${subject}: ranking`,
  attachment: (title) => `Attachment: ${title}`,
};

export const BULLETIN_WORDS: Record<Language, BulletinWords> = { zh, en };
