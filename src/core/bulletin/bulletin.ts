/**
 * The bulletin draft (通报), modelled on the published ones: 运行情况 (totals and Σ/Σ rates, with
 * the change on the previous period), 部门办理 (the busiest units), 群众反馈 (satisfaction),
 * 综合评价 (grade counts and shares over every unit, no-ticket units included; grade movements;
 * units at C and below) or the ranking's head and tail, units with a 0 rate, and a data note.
 * Every figure comes from the computed results, at the precision of schemes.md §6.
 */
import { labelOf } from "../schemes/label-of";
import type { Comparison } from "../compare/compare";
import type { Language } from "../i18n";
import type { Evaluation } from "../score/evaluate";
import { formatFixed, formatPercent } from "../score/format";
import type { ScoredUnit } from "../score/scored-unit";
import type { Scheme } from "../schemes/scheme";
import { periodLabel, type Period } from "../table/period";
import { BULLETIN_WORDS, type BulletinWords } from "./bulletin-words";

export interface BulletinOptions {
  lang?: Language | undefined;
  title?: string | undefined;
  /** "2017年第二季度" — how the period is named in the text. */
  period?: string | undefined;
  previous?: Comparison | undefined;
  /** 同比 (on the same period a year before) or 环比 (on the period before); default 较上期. */
  basis?: "yoy" | "mom" | undefined;
  /** Decimals of rates (2), shares (1) and growth (1) in the text. */
  ratePrecision?: number | undefined;
  sharePrecision?: number | undefined;
  growthPrecision?: number | undefined;
  /** How many units the lists name (5). */
  listed?: number | undefined;
}

export interface BulletinSection {
  heading: string;
  paragraphs: string[];
}

export interface Bulletin {
  title: string;
  sections: BulletinSection[];
}

interface Context {
  lang: Language;
  w: BulletinWords;
  evaluation: Evaluation;
  scheme: Scheme;
  options: BulletinOptions;
  rate: (x: number) => string;
  share: (x: number) => string;
  growth: (x: number) => string;
  listed: number;
}

type Section = { key: keyof BulletinWords["headings"]; paragraphs: string[] };

const count = (x: number) => formatFixed(x, 0);

function scoreText(ctx: Context, u: ScoredUnit): string {
  return u.score === null ? "" : formatFixed(u.score, ctx.scheme.index?.precision ?? 2);
}

function operation(ctx: Context): Section {
  const { evaluation, scheme, lang, w } = ctx;
  const { overall } = evaluation;
  const paragraphs = [
    w.who(ctx.options.period, overall.scoredCount, overall.noTicketCount, overall.invalidCount),
  ];
  const totals = Object.entries(overall.totals);
  if (totals.length > 0) {
    const parts = totals.map(([id, v]) =>
      w.total(labelOf(scheme, id, lang), count(v), overall.approximateTotals.includes(id)),
    );
    let sentence = w.totals(parts);
    const volumeId = scheme.bulletin.volume;
    const volume = ctx.options.previous?.volumes.find((v) => v.id === volumeId);
    if (volume) {
      const what = labelOf(scheme, volume.id, lang);
      const basis = ctx.options.basis;
      sentence +=
        volume.change === 0
          ? w.volumeSame(what, basis)
          : w.volumeChange(
              what,
              basis,
              volume.change,
              count(Math.abs(volume.change)),
              volume.growth === null ? undefined : ctx.growth(Math.abs(volume.growth)),
            );
      // Over the same units in both periods: say which when that is not all of them.
      if (!volume.allUnits) sentence += w.volumeOver(volume.units);
    }
    paragraphs.push(w.sentence(sentence));
  }
  const rates = Object.entries(overall.rates).filter(([, r]) => r.value !== null);
  if (rates.length > 0)
    paragraphs.push(
      w.overall(
        rates.map(([id, r]) =>
          w.rate(
            labelOf(scheme, id, lang),
            ctx.rate(r.value ?? 0),
            count(r.numerator),
            count(r.denominator),
          ),
        ),
      ),
    );
  return { key: "overview", paragraphs };
}

function volumes(ctx: Context): Section | undefined {
  const { evaluation, scheme, lang, w } = ctx;
  const id = scheme.bulletin.volume;
  if (!id) return undefined;
  const what = labelOf(scheme, id, lang);
  const groups = [...new Set(evaluation.units.map((u) => u.group))];
  const paragraphs = groups.map((group) => {
    const top = evaluation.units
      .filter((u) => u.group === group && (u.measures[id] ?? null) !== null)
      .map((u, i) => ({ u, i }))
      .sort((a, b) => (b.u.measures[id] ?? 0) - (a.u.measures[id] ?? 0) || a.i - b.i)
      .slice(0, ctx.listed)
      .map(({ u }) => w.withFigure(u.unit, count(u.measures[id] ?? 0)));
    return w.busiest(group, what, top);
  });
  return { key: "workload", paragraphs };
}

function feedback(ctx: Context): Section | undefined {
  const { evaluation, scheme, lang, w } = ctx;
  const id = scheme.bulletin.satisfaction;
  if (!id) return undefined;
  const rated = evaluation.units.filter((u) => (u.measures[id] ?? null) !== null);
  if (rated.length === 0) return undefined;
  const full = rated.filter((u) => (u.measures[id] ?? 0) >= 1).length;
  const lowest = rated
    .map((u, i) => ({ u, i }))
    .sort((a, b) => (a.u.measures[id] ?? 0) - (b.u.measures[id] ?? 0) || a.i - b.i)
    .slice(0, Math.min(3, rated.length))
    .map(({ u }) => w.withFigure(u.unit, ctx.rate(u.measures[id] ?? 0)));
  return { key: "feedback", paragraphs: [w.feedback(labelOf(scheme, id, lang), full, lowest)] };
}

function evaluationSection(ctx: Context): Section {
  const { evaluation, scheme, lang, w } = ctx;
  const { overall } = evaluation;
  const paragraphs: string[] = [];
  const previous = ctx.options.previous;
  if (overall.grades.length > 0) {
    // As the bulletins write it: the grades units have, not "D类0家，占比0.0%".
    const parts = overall.grades
      .filter((g) => g.count > 0)
      .map((g) => w.grade(g.label, g.count, ctx.share(g.share)));
    paragraphs.push(w.grades(parts, overall.population, overall.noTicketCount));
    if (previous) {
      const moved = (way: "up" | "down") =>
        previous.units
          .filter((c) => c.gradeChange === way)
          .map((c) => w.movement(c.unit, c.previousGrade ?? "", c.grade ?? ""));
      paragraphs.push(w.movements(moved("up"), moved("down")));
    }
    // The grades named from `lowFrom` down (the scheme says which: "C类及以下").
    const from = scheme.bulletin.lowFrom;
    const bands = scheme.grades ?? [];
    const at = bands.findIndex((b) => b.label === from);
    if (from !== undefined && at >= 0) {
      const low = new Set(bands.slice(at).map((b) => b.label));
      const lowUnits = evaluation.units
        .filter((u) => u.grade !== null && low.has(u.grade))
        .map((u) => w.low(u.unit, u.grade ?? "", scoreText(ctx, u)));
      paragraphs.push(lowUnits.length ? w.lowUnits(from, lowUnits) : w.noLowUnits(from));
    }
  } else {
    const valueId = scheme.index ? "score" : (evaluation.order[0]?.key ?? "score");
    const valueOf = (u: ScoredUnit) =>
      valueId === "score" ? scoreText(ctx, u) : count(u.measures[valueId] ?? 0);
    const ranked = evaluation.units.filter((u) => u.rank !== null);
    const head = ranked
      .slice(0, Math.min(3, ranked.length))
      .map((u) => w.withFigure(u.unit, valueOf(u)));
    paragraphs.push(w.top(labelOf(scheme, valueId, lang), head));
  }
  if (previous) {
    const risers = previous.units
      .filter((c) => c.status === "up")
      .sort((a, b) => (b.rankChange ?? 0) - (a.rankChange ?? 0))
      .slice(0, 3)
      .map((c) => w.riser(c.unit, c.rankChange ?? 0));
    if (risers.length) paragraphs.push(w.risers(risers));
  }
  return { key: overall.grades.length > 0 ? "evaluation" : "ranking", paragraphs };
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

function dataNote(ctx: Context): Section {
  const { evaluation, w } = ctx;
  const paragraphs: string[] = [];
  const approximate = evaluation.units.filter((u) => u.approximate);
  if (approximate.length) paragraphs.push(w.approximate(approximate.length));
  const inconsistent = evaluation.units.filter((u) => u.inconsistent).map((u) => u.unit);
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

export function buildBulletin(evaluation: Evaluation, options: BulletinOptions = {}): Bulletin {
  const lang = options.lang ?? "zh";
  const w = BULLETIN_WORDS[lang];
  const ctx: Context = {
    lang,
    w,
    evaluation,
    scheme: evaluation.scheme,
    options,
    rate: (x) => formatPercent(x, options.ratePrecision ?? 2),
    share: (x) => formatPercent(x, options.sharePrecision ?? 1),
    growth: (x) => formatPercent(x, options.growthPrecision ?? 1),
    listed: options.listed ?? 5,
  };
  const present = [
    operation(ctx),
    volumes(ctx),
    feedback(ctx),
    evaluationSection(ctx),
    zeros(ctx),
    dataNote(ctx),
  ].filter((s): s is Section => s !== undefined);
  // Numbered as they come: a scheme without satisfaction has no 群众反馈, and no gap.
  const sections = present.map((s, i) => ({
    heading: w.numbered(i, w.headings[s.key]),
    paragraphs: s.paragraphs,
  }));
  return { title: options.title ?? w.title(evaluation.scheme.name[lang]), sections };
}

export function bulletinText(bulletin: Bulletin): string {
  return [bulletin.title, "", ...bulletin.sections.flatMap((s) => [s.heading, ...s.paragraphs, ""])]
    .join("\n")
    .trimEnd()
    .concat("\n");
}

/** The bulletin for a scored table, titled and dated from the table's own title row. */
export function bulletinFor(
  reading: { title?: string | undefined; period?: Period | undefined },
  evaluation: Evaluation,
  options: Omit<BulletinOptions, "period"> & { reportTitle?: string | undefined } = {},
): Bulletin {
  const lang = options.lang ?? "zh";
  const base = options.reportTitle || reading.title || evaluation.scheme.name[lang];
  return buildBulletin(evaluation, {
    ...options,
    lang,
    title: options.title ?? BULLETIN_WORDS[lang].title(base),
    period: reading.period ? periodLabel(reading.period, lang) : undefined,
  });
}
