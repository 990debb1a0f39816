/**
 * The bulletin draft (通报), in the published bulletins' form: 总体情况 (the opening figures a
 * ticket log holds, as blanks to fill; the units under assessment; totals with 件/篇 and Σ/Σ rates;
 * the change on the previous period over like units), 办理情况 or 发文情况 (the busiest units),
 * 群众满意情况, 综合评价情况 (each grade's count and share, "C类及以下" with count, change and
 * names, grade movements), 红黑榜 (top and bottom N per group), units at 0, 下一步工作 (a template
 * with blanks) and a data note. A new-media list speaks of 发文 and 传播力, never of 办理, and
 * adds up only the figures its scheme says may be added. Every figure comes from the computed
 * results, at the precision of schemes.md §6.
 */
import { labelOf } from "../schemes/label-of";
import type { Comparison } from "../compare/compare";
import type { Language } from "../i18n";
import type { Evaluation } from "../score/evaluate";
import { formatFixed, formatPercent } from "../score/format";
import type { Scheme } from "../schemes/scheme";
import { periodFromTitle, periodLabel, type Period } from "../table/period";
import { gradeGapWords } from "../gap/gap-words";
import type { Gaps } from "../gap/gaps";
import { bulletinBase } from "./bulletin-title";
import { openingParagraphs, type OpeningInput } from "./opening";
import {
  BULLETIN_WORDS,
  type BulletinWords,
  type PeriodKind,
  type Vocabulary,
} from "./bulletin-words";

export interface BulletinOptions {
  lang?: Language | undefined;
  /** The title as she typed it; otherwise made from the subject ("…情况通报"). */
  title?: string | undefined;
  /** What the bulletin is about: "2017年二季度12345公众服务热线综合评价" (default: period + scheme). */
  subject?: string | undefined;
  /** "2017年第二季度" — how the period is named in the text. */
  period?: string | undefined;
  /** The period's kind, for "较上季度" / "较上月". */
  periodKind?: PeriodKind;
  previous?: Comparison | undefined;
  /** 同比 (on the same period a year before) or 环比 (on the period before); default 较上期. */
  basis?: "yoy" | "mom" | undefined;
  /** Decimals of rates (2), shares (1) and growth (1) in the text. */
  ratePrecision?: number | undefined;
  sharePrecision?: number | undefined;
  growthPrecision?: number | undefined;
  /** How many units the lists and the 红黑榜 name, at the top and at the bottom (5). */
  listed?: number | undefined;
  /** The opening figures counted from a ticket or message log; without them they are blanks. */
  opening?: Omit<OpeningInput, "against"> | undefined;
  /** Each unit's gap to the next grade: the low units' improvement paragraph reads it. */
  gaps?: Gaps | undefined;
}

export interface BulletinSection {
  heading: string;
  paragraphs: string[];
}

export interface Bulletin {
  title: string;
  /** What it is about, without "情况通报": the picture's and the attachment's titles start from it. */
  subject: string;
  sections: BulletinSection[];
  /** The ranked table goes with the bulletin as its attachment: its title ("…排名表") and the line naming it ("附件：…"). */
  attachment: { title: string; line: string };
}

interface Context {
  lang: Language;
  w: BulletinWords;
  evaluation: Evaluation;
  scheme: Scheme;
  options: BulletinOptions;
  vocabulary: Vocabulary;
  unitWord: string;
  against: string;
  rate: (x: number) => string;
  share: (x: number) => string;
  growth: (x: number) => string;
  listed: number;
}

type SectionKey = keyof BulletinWords["headings"];
type Section = { key: SectionKey; paragraphs: string[] };

const count = (x: number) => formatFixed(x, 0);

function scoreText(ctx: Context, score: number | null): string {
  return score === null || Number.isNaN(score)
    ? ""
    : formatFixed(score, ctx.scheme.index?.precision ?? 2);
}

/** The groups in the order their first unit is ranked (null: the table is not grouped). */
function groupsOf(evaluation: Evaluation): (string | null)[] {
  const { codes, names } = evaluation.columns.group;
  const groups: (string | null)[] = [...names];
  // Units without a group (code -1) are ranked after every group: the last place says if any.
  if (codes.length > 0 && codes[codes.length - 1] === -1) groups.push(null);
  return groups;
}

/**
 * The places (in the evaluation's order) of a group's units that pass a test, read from the
 * columns: the bulletin names a few units of 10^6 and makes no object for the rest (#21).
 */
function placesWhere(
  evaluation: Evaluation,
  group: string | null | undefined,
  keep: (at: number) => boolean,
): number[] {
  const { codes, names } = evaluation.columns.group;
  // Every unit when no group is asked for; else the group's code.
  const code = group === undefined ? undefined : codeOf(names, group);
  const places: number[] = [];
  for (let at = 0; at < codes.length; at++)
    if ((code === undefined || codes[at] === code) && keep(at)) places.push(at);
  return places;
}

/** A group's code among the names: -1 for the units without one, -2 (no unit's) for a group not there. */
function codeOf(names: readonly string[], group: string | null): number {
  if (group === null) return -1;
  const code = names.indexOf(group);
  return code >= 0 ? code : -2;
}

/**
 * A count as the text names it: the scheme's words for it ("承办工单") and its counting word
 * ("件"), or its label and no counting word where the scheme names none.
 */
function namedCount(ctx: Context, id: string): { what: string; counter: string } {
  const total = ctx.scheme.bulletin.totals.find((t) => t.field === id);
  return {
    what: total ? total.words[ctx.lang] : labelOf(ctx.scheme, id, ctx.lang),
    counter: total?.counter ?? "",
  };
}

/** The figure and its counting word where the language has one: "4195件" / "4195". */
function volumeFigure(ctx: Context, id: string, value: number): string {
  return ctx.w.figure(count(value), namedCount(ctx, id).counter);
}

function operation(ctx: Context): Section {
  const { evaluation, scheme, lang, w, vocabulary } = ctx;
  const { overall } = evaluation;
  const paragraphs: string[] = [];
  // The opening figures (受理总量, 热点诉求) are in the ticket log, not in a department table:
  // counted from it when she gave the log, else blanks to fill.
  const opening = ctx.options.opening;
  if (opening) {
    const { basis, periodKind } = ctx.options;
    const against =
      basis === undefined ? w.against("yoy", periodKind) : w.against(basis, periodKind);
    paragraphs.push(...openingParagraphs({ ...opening, against }, ctx.options.period, lang));
  } else if (vocabulary === "handling")
    paragraphs.push(w.opening(ctx.options.period, ctx.options.basis, ctx.options.periodKind));
  const who = w.who(
    vocabulary,
    ctx.unitWord,
    overall.population,
    overall.scoredCount,
    overall.noTicketCount,
    overall.invalidCount,
  );
  paragraphs.push(vocabulary === "media" ? w.inPeriod(ctx.options.period, who) : who);
  const parts = scheme.bulletin.totals
    .filter((t) => overall.totals[t.field] !== undefined)
    .map((t) =>
      w.counted({
        words: t.words[lang],
        value: count(overall.totals[t.field] ?? 0),
        counter: t.counter,
        approximate: overall.approximateTotals.includes(t.field),
      }),
    );
  let sentence = parts.length ? w.totals(vocabulary, ctx.unitWord, parts) : "";
  const volumeId = scheme.bulletin.volume;
  const volume = ctx.options.previous?.volumes.find((v) => v.id === volumeId);
  if (sentence && volume && volumeId) {
    const { what, counter } = namedCount(ctx, volumeId);
    sentence +=
      volume.change === 0
        ? w.volumeSame(what, ctx.against)
        : w.volumeChange(
            what,
            ctx.against,
            volume.change,
            w.figure(count(Math.abs(volume.change)), counter),
            volume.growth === null ? undefined : ctx.growth(Math.abs(volume.growth)),
          );
    // Over the same units in both periods: say which when that is not all of them.
    if (!volume.allUnits) sentence += w.volumeOver(volume.units, w.unitCounter(vocabulary));
  }
  const rates = Object.entries(overall.rates).filter(([, r]) => r.value !== null);
  const clauses = [
    sentence,
    rates.length > 0
      ? w.overall(rates.map(([id, r]) => w.rate(labelOf(scheme, id, lang), ctx.rate(r.value ?? 0))))
      : "",
  ].filter(Boolean);
  if (clauses.length) paragraphs.push(w.sentence(w.clauses(clauses)));
  return { key: "overview", paragraphs };
}

function workload(ctx: Context): Section | undefined {
  const { evaluation, scheme, w } = ctx;
  const id = scheme.bulletin.volume;
  if (!id) return undefined;
  const { what } = namedCount(ctx, id);
  const values = evaluation.columns.measures[id];
  const names = evaluation.columns.unit;
  const paragraphs = groupsOf(evaluation).map((group) => {
    const value = (at: number) => values?.[at] as number;
    const top = placesWhere(evaluation, group, (at) => !Number.isNaN(value(at)))
      .sort((a, b) => value(b) - value(a) || a - b)
      .slice(0, ctx.listed)
      .map((at) => w.withFigure(names[at] as string, volumeFigure(ctx, id, value(at))));
    return w.busiest(ctx.vocabulary, ctx.unitWord, group, what, top);
  });
  return { key: "workload", paragraphs };
}

function feedback(ctx: Context): Section | undefined {
  const { evaluation, scheme, lang, w } = ctx;
  const id = scheme.bulletin.satisfaction;
  if (!id) return undefined;
  const values = evaluation.columns.measures[id];
  const value = (at: number) => values?.[at] as number;
  const rated = placesWhere(evaluation, undefined, (at) => !Number.isNaN(value(at)));
  if (rated.length === 0) return undefined;
  const full = rated.filter((at) => value(at) >= 1).length;
  const lowest = rated
    .filter((at) => value(at) < 1)
    .sort((a, b) => value(a) - value(b) || a - b)
    .slice(0, 3)
    .map((at) => w.withFigure(evaluation.columns.unit[at] as string, ctx.rate(value(at))));
  return {
    key: "feedback",
    paragraphs: [w.feedback(labelOf(scheme, id, lang), ctx.unitWord, full, lowest)],
  };
}

function evaluationSection(ctx: Context): Section | undefined {
  const { evaluation, scheme, w } = ctx;
  const { overall } = evaluation;
  if (overall.grades.length === 0) return undefined;
  const paragraphs: string[] = [];
  const previous = ctx.options.previous;
  // As the bulletins write it: the grades units have, not "D类0家，占比0.0%".
  const present = overall.grades.filter((g) => g.count > 0);
  const parts = present.map((g, i) =>
    i === 0
      ? w.firstGrade(ctx.unitWord, g.label, g.count, ctx.share(g.share))
      : w.grade(g.label, g.count, ctx.share(g.share)),
  );
  const note =
    overall.noTicketCount > 0 || overall.populationSource === "setting"
      ? w.population(
          overall.population,
          overall.noTicketCount,
          overall.populationSource === "setting",
        )
      : "";
  paragraphs.push(w.grades(parts, note));
  // The grades named from `lowFrom` down (the scheme says which: "C类及以下").
  const from = scheme.bulletin.lowFrom;
  const bands = scheme.grades ?? [];
  const at = bands.findIndex((b) => b.label === from);
  if (from !== undefined && at >= 0) {
    const low = new Set(bands.slice(at).map((b) => b.label));
    // Only the units named are made as objects (the improvement paragraph matches them to gaps).
    const grades = evaluation.columns.grade;
    const lowCode = Uint8Array.from(grades.names, (name) => (low.has(name) ? 1 : 0));
    const lowUnits = placesWhere(evaluation, undefined, (at) => {
      const code = grades.codes[at] as number;
      return code >= 0 && lowCode[code] === 1;
    }).map((at) => evaluation.unitAt(at));
    const change = previous
      ? {
          against: ctx.against,
          by:
            lowUnits.length -
            previous.previousGrades
              .filter((g) => low.has(g.label))
              .reduce((sum, g) => sum + g.count, 0),
        }
      : undefined;
    paragraphs.push(
      lowUnits.length
        ? w.lowUnits(
            ctx.unitWord,
            from,
            lowUnits.length,
            change,
            lowUnits.map((u) => w.low(u.unit, u.grade ?? "", scoreText(ctx, u.score))),
          )
        : w.noLowUnits(ctx.unitWord, from, change),
    );
    // What would lift each of them one grade, one input at a time (the gap analysis).
    const gaps = ctx.options.gaps;
    if (gaps && lowUnits.length > 0) {
      const low = new Set(lowUnits);
      const items = gaps.units.flatMap((g) =>
        low.has(g.unit) && g.grade?.kind === "next"
          ? [
              `${g.unit.unit}${ctx.lang === "zh" ? "" : ": "}${gradeGapWords(scheme, g.grade, ctx.lang)}`,
            ]
          : [],
      );
      if (items.length > 0) paragraphs.push(w.improvement(items));
    }
  }
  if (previous) {
    const moved = (way: "up" | "down") =>
      previous.units
        .filter((c) => c.gradeChange === way)
        .map((c) => w.movement(c.unit, c.previousGrade ?? "", c.grade ?? ""));
    paragraphs.push(w.movements(ctx.against, moved("up"), moved("down")));
  }
  return { key: "evaluation", paragraphs };
}

/** The value a unit is ranked by, as the lists print it. */
function rankedValue(ctx: Context): {
  label: string;
  /** The value of the unit at a place, as the lists print it. */
  of: (at: number) => string;
  /** A volume (任务总数): a list by it is no 红黑榜 — few tickets are not a fault. */
  volume: boolean;
} {
  const { evaluation, scheme, lang } = ctx;
  const { columns } = evaluation;
  const key = evaluation.order[0]?.key ?? "score";
  if (key === "score") {
    const label = labelOf(scheme, "score", lang);
    const score = (at: number) => scoreText(ctx, columns.score[at] as number);
    // "办结率（%）" 100.00 reads in a sentence as 办结率 100.00%.
    const percent = /\s*[（(]%[）)]$/;
    return percent.test(label)
      ? { label: label.replace(percent, ""), of: (at) => `${score(at)}%`, volume: false }
      : { label, of: score, volume: false };
  }
  const measure = scheme.measures.find((m) => m.id === key);
  const values = columns.measures[key];
  return {
    volume: measure?.format !== "percent",
    label: labelOf(scheme, key, lang),
    of: (at) => {
      const figure = values?.[at];
      const v = figure === undefined || Number.isNaN(figure) ? 0 : figure;
      return measure?.format === "percent"
        ? formatPercent(v, measure.precision)
        : volumeFigure(ctx, key, v);
    },
  };
}

/**
 * 红黑榜: the top and bottom N of each group by rank, ties kept together. A unit tied with one on
 * the 红榜 is never on the 黑榜; when more share first place than a list can name, the count is
 * said instead; when all share it, there is no 黑榜.
 */
function board(ctx: Context): Section | undefined {
  const { evaluation, w } = ctx;
  const { label, of, volume } = rankedValue(ctx);
  if (volume) return undefined;
  const paragraphs: string[] = [];
  let bottoms = 0;
  const { columns } = evaluation;
  const named = (at: number) => w.withFigure(columns.unit[at] as string, of(at));
  const name = (at: number) => columns.unit[at] as string;
  for (const group of groupsOf(evaluation)) {
    const ranked = placesWhere(
      evaluation,
      group,
      (at) => !Number.isNaN(columns.rank[at] as number),
    );
    const first = ranked[0];
    if (first === undefined) continue;
    // The rank a list gives: within the group where there are groups.
    const rankOf = (at: number) => {
      const overall = columns.rank[at] as number;
      const within = columns.groupRank[at] as number;
      return group === null || Number.isNaN(within) ? overall : within;
    };
    if (ranked.every((at) => rankOf(at) === rankOf(first))) {
      paragraphs.push(w.allTied(group, label, of(first), ranked.length));
      continue;
    }
    if (ranked.length <= ctx.listed) {
      paragraphs.push(w.ranked(group, label, ranked.map(named)));
      continue;
    }
    const top = ranked.filter((at) => rankOf(at) <= ctx.listed);
    let last = 0;
    for (const at of top) last = Math.max(last, rankOf(at));
    const bottom = ranked
      .filter((at) => rankOf(at) > last)
      .slice(-ctx.listed)
      .reverse();
    const tied = ranked.filter((at) => rankOf(at) === rankOf(first));
    const red =
      top.length > ctx.listed
        ? w.tiedTop(ctx.vocabulary, label, of(first), tied.length, tied.slice(0, 3).map(name))
        : w.red(ctx.vocabulary, label, top.map(named));
    bottoms += bottom.length;
    paragraphs.push(w.board(ctx.vocabulary, group, red, label, bottom.map(named)));
  }
  const previous = ctx.options.previous;
  if (previous) {
    const risers = previous.units
      .filter((c) => c.status === "up")
      .sort((a, b) => (b.rankChange ?? 0) - (a.rankChange ?? 0))
      .slice(0, 3)
      .map((c) => w.riser(c.unit, c.rankChange ?? 0));
    if (risers.length) paragraphs.push(w.risers(ctx.against, risers));
  }
  if (paragraphs.length === 0) return undefined;
  return { key: bottoms > 0 || ctx.vocabulary === "media" ? "board" : "ranking", paragraphs };
}

function zeros(ctx: Context): Section | undefined {
  const { evaluation, scheme, lang, w } = ctx;
  const entries = Object.entries(evaluation.overall.zeroUnits).filter(
    ([, names]) => names.length > 0,
  );
  if (entries.length === 0) return undefined;
  return {
    key: "zeros",
    paragraphs: entries.map(([id, names]) => w.zero(labelOf(scheme, id, lang), names)),
  };
}

function nextSteps(ctx: Context): Section {
  const { scheme, lang } = ctx;
  // The rates to raise: the scheme's percentages where higher is better (not 返工率).
  const rates = scheme.measures
    .filter((m) => m.format === "percent" && m.direction !== "lower")
    .map((m) => labelOf(scheme, m.id, lang));
  return {
    key: "nextSteps",
    paragraphs: [ctx.w.nextSteps(ctx.vocabulary, ctx.unitWord, scheme.bulletin.lowFrom, rates)],
  };
}

function dataNote(ctx: Context): Section {
  const { evaluation, w } = ctx;
  const paragraphs: string[] = [];
  // Only a unit made while scoring (flagged) can be approximate or inconsistent.
  const flagged = placesWhere(
    evaluation,
    undefined,
    (at) => evaluation.columns.flagged[at] === 1,
  ).map((at) => evaluation.unitAt(at));
  const approximate = flagged.filter((u) => u.approximate);
  if (approximate.length) paragraphs.push(w.approximate(approximate.length));
  const inconsistent = flagged.filter((u) => u.inconsistent).map((u) => u.unit);
  if (inconsistent.length) paragraphs.push(w.inconsistent(inconsistent));
  const invalid = evaluation.excluded
    .filter((e) => e.reason === "invalid-input")
    .map((e) => e.unit || e.cell);
  if (invalid.length) paragraphs.push(w.invalid(invalid));
  const setAsideNow = ctx.options.previous?.setAsideNow ?? [];
  if (setAsideNow.length) paragraphs.push(w.setAsideNow(setAsideNow));
  const unmatched = ctx.options.previous?.unmatched;
  if (unmatched && (unmatched.current.length || unmatched.previous.length))
    paragraphs.push(w.unmatched(unmatched.current, unmatched.previous));
  if (paragraphs.length === 0) paragraphs.push(w.nothingToNote);
  return { key: "dataNote", paragraphs };
}

function headingOf(w: BulletinWords, key: SectionKey, vocabulary: Vocabulary): string {
  const heading = w.headings[key];
  return typeof heading === "string" ? heading : heading[vocabulary];
}

export function buildBulletin(evaluation: Evaluation, options: BulletinOptions = {}): Bulletin {
  const lang = options.lang ?? "zh";
  const w = BULLETIN_WORDS[lang];
  const scheme = evaluation.scheme;
  const vocabulary = scheme.bulletin.vocabulary;
  const ctx: Context = {
    lang,
    w,
    evaluation,
    scheme,
    options,
    vocabulary,
    unitWord: scheme.bulletin.unitWord?.[lang] ?? w.unitWordFor[vocabulary],
    against: w.against(options.basis, options.periodKind),
    rate: (x) => formatPercent(x, options.ratePrecision ?? 2),
    share: (x) => formatPercent(x, options.sharePrecision ?? 1),
    growth: (x) => formatPercent(x, options.growthPrecision ?? 1),
    listed: options.listed ?? 5,
  };
  const present = [
    operation(ctx),
    workload(ctx),
    feedback(ctx),
    evaluationSection(ctx),
    board(ctx),
    zeros(ctx),
    nextSteps(ctx),
    dataNote(ctx),
  ].filter((s): s is Section => s !== undefined);
  // Numbered as they come: a scheme without satisfaction has no 群众满意情况, and no gap.
  const sections = present.map((s, i) => ({
    heading: w.numbered(i, headingOf(w, s.key, vocabulary)),
    paragraphs: s.paragraphs,
  }));
  const subject = options.subject ?? `${options.period ?? ""}${scheme.name[lang]}`;
  const attachment = w.rankingTitle(subject);
  return {
    title: options.title ?? w.title(subject),
    subject,
    sections,
    attachment: { title: attachment, line: w.attachment(attachment) },
  };
}

export function bulletinText(bulletin: Bulletin): string {
  return [
    bulletin.title,
    "",
    ...bulletin.sections.flatMap((s) => [s.heading, ...s.paragraphs, ""]),
    bulletin.attachment.line,
  ]
    .join("\n")
    .trimEnd()
    .concat("\n");
}

/** A title naming its period without the year ("二季度", "10月份") keeps it so. */
const NAMES_A_PERIOD = /[一二三四1-4]\s*季度|\d{1,2}\s*月|[上下]半年|\d{4}\s*年/;

/** The bulletin for a scored table, titled and dated from the table's own title row. */
export function bulletinFor(
  reading: { title?: string | undefined; period?: Period | undefined },
  evaluation: Evaluation,
  options: Omit<BulletinOptions, "period" | "periodKind"> & {
    reportTitle?: string | undefined;
  } = {},
): Bulletin {
  const lang = options.lang ?? "zh";
  const period = reading.period ? periodLabel(reading.period, lang) : undefined;
  const given = options.reportTitle || reading.title;
  // The table's title is in its own language: a Chinese title gets a Chinese topic, or none.
  const topic = lang === "zh" ? evaluation.scheme.bulletin.topic?.zh : undefined;
  const subject = given
    ? bulletinBase(given, {
        period,
        // A title that names its period its own way ("2017年二季度") keeps it as it is.
        periodInTitle: periodFromTitle(given) !== undefined || NAMES_A_PERIOD.test(given),
        topic,
      })
    : undefined;
  return buildBulletin(evaluation, {
    ...options,
    lang,
    subject,
    period,
    periodKind: reading.period?.kind,
  });
}
