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
  zh: boolean;
  evaluation: Evaluation;
  scheme: Scheme;
  options: BulletinOptions;
  rate: (x: number) => string;
  share: (x: number) => string;
  growth: (x: number) => string;
  listed: number;
}

const count = (x: number) => formatFixed(x, 0);

function join(ctx: Context, items: readonly string[]): string {
  return items.join(ctx.zh ? "、" : ", ");
}

function scoreText(ctx: Context, u: ScoredUnit): string {
  return u.score === null ? "" : formatFixed(u.score, ctx.scheme.index?.precision ?? 2);
}

/** The first count field: the volume the bulletins lead with (应办理数, 任务总数, 信件总数 …). */
function volumeId(scheme: Scheme): string | undefined {
  return scheme.fields.find((f) => f.kind === "count")?.id;
}

function basisWord(ctx: Context): string {
  const basis = ctx.options.basis;
  if (!ctx.zh) return basis === "yoy" ? "year on year" : "on the previous period";
  return basis === "yoy" ? "同比" : basis === "mom" ? "环比" : "较上期";
}

function operation(ctx: Context): BulletinSection {
  const { evaluation, scheme, zh, lang } = ctx;
  const { overall } = evaluation;
  const period = ctx.options.period;
  const paragraphs: string[] = [];
  const who = zh
    ? `${period ? `${period}，` : ""}参与排名的单位${overall.scoredCount}个` +
      (overall.noTicketCount ? `，另有${overall.noTicketCount}个单位无工单` : "") +
      (overall.invalidCount ? `，${overall.invalidCount}个单位数据有误未参评` : "") +
      "。"
    : `${period ? `${period}: ` : ""}${overall.scoredCount} units ranked` +
      (overall.noTicketCount ? `, ${overall.noTicketCount} with no tickets` : "") +
      (overall.invalidCount ? `, ${overall.invalidCount} not ranked (data to fix)` : "") +
      ".";
  paragraphs.push(who);
  const totals = Object.entries(overall.totals);
  if (totals.length > 0) {
    const parts = totals.map(([id, v]) => {
      const approx = overall.approximateTotals.includes(id)
        ? zh
          ? "（含近似值）"
          : " (approximate)"
        : "";
      return zh
        ? `${labelOf(scheme, id, lang)}${count(v)}${approx}`
        : `${labelOf(scheme, id, lang)} ${count(v)}${approx}`;
    });
    let sentence = zh ? `合计：${join(ctx, parts)}` : `Totals: ${join(ctx, parts)}`;
    const volume = ctx.options.previous?.volumes.find((v) => v.id === volumeId(scheme));
    if (volume) {
      const what = labelOf(scheme, volume.id, lang);
      if (volume.change === 0)
        sentence += zh ? `；${what}${basisWord(ctx)}持平` : `; ${what} unchanged ${basisWord(ctx)}`;
      else if (zh)
        sentence +=
          `；${what}${basisWord(ctx)}${volume.change > 0 ? "增加" : "减少"}${count(Math.abs(volume.change))}` +
          (volume.growth === null
            ? ""
            : `，${volume.change > 0 ? "增幅" : "降幅"}${ctx.growth(Math.abs(volume.growth))}`);
      else
        sentence +=
          `; ${what} ${volume.change > 0 ? "up" : "down"} ${count(Math.abs(volume.change))} ${basisWord(ctx)}` +
          (volume.growth === null
            ? ""
            : ` (${volume.change > 0 ? "+" : "−"}${ctx.growth(Math.abs(volume.growth))})`);
    }
    paragraphs.push(`${sentence}${zh ? "。" : "."}`);
  }
  const rates = Object.entries(overall.rates).filter(([, r]) => r.value !== null);
  if (rates.length > 0) {
    const parts = rates.map(([id, r]) =>
      zh
        ? `${labelOf(scheme, id, lang)}${ctx.rate(r.value ?? 0)}（${count(r.numerator)}/${count(r.denominator)}）`
        : `${labelOf(scheme, id, lang).toLowerCase()} ${ctx.rate(r.value ?? 0)} (${count(r.numerator)}/${count(r.denominator)})`,
    );
    paragraphs.push(zh ? `总体${join(ctx, parts)}。` : `Overall ${join(ctx, parts)}.`);
  }
  return { heading: zh ? "一、运行情况" : "1. Overview", paragraphs };
}

function volumes(ctx: Context): BulletinSection | undefined {
  const { evaluation, scheme, zh, lang } = ctx;
  const id = volumeId(scheme);
  if (!id) return undefined;
  const what = labelOf(scheme, id, lang);
  const groups = [...new Set(evaluation.units.map((u) => u.group))];
  const paragraphs = groups.map((group) => {
    const top = evaluation.units
      .filter((u) => u.group === group && (u.measures[id] ?? null) !== null)
      .map((u, i) => ({ u, i }))
      .sort((a, b) => (b.u.measures[id] ?? 0) - (a.u.measures[id] ?? 0) || a.i - b.i)
      .slice(0, ctx.listed)
      .map(({ u }) =>
        zh
          ? `${u.unit}（${count(u.measures[id] ?? 0)}）`
          : `${u.unit} (${count(u.measures[id] ?? 0)})`,
      );
    const scope = group === null ? "" : zh ? `${group}中，` : `${group}: `;
    const most = `${group === null ? "M" : "m"}ost ${what.toLowerCase()}`;
    return zh
      ? `${scope}${what}较多的单位依次为${join(ctx, top)}。`
      : `${scope}${most}: ${join(ctx, top)}.`;
  });
  return { heading: zh ? "二、部门办理" : "2. Units' workload", paragraphs };
}

function feedback(ctx: Context): BulletinSection | undefined {
  const { evaluation, scheme, zh, lang } = ctx;
  const measure = scheme.measures.find((m) => /satisfaction/i.test(m.id));
  if (!measure) return undefined;
  const rated = evaluation.units.filter((u) => (u.measures[measure.id] ?? null) !== null);
  if (rated.length === 0) return undefined;
  const full = rated.filter((u) => (u.measures[measure.id] ?? 0) >= 1).length;
  const lowest = rated
    .map((u, i) => ({ u, i }))
    .sort((a, b) => (a.u.measures[measure.id] ?? 0) - (b.u.measures[measure.id] ?? 0) || a.i - b.i)
    .slice(0, Math.min(3, rated.length))
    .map(({ u }) =>
      zh
        ? `${u.unit}（${ctx.rate(u.measures[measure.id] ?? 0)}）`
        : `${u.unit} (${ctx.rate(u.measures[measure.id] ?? 0)})`,
    );
  const what = labelOf(scheme, measure.id, lang);
  return {
    heading: zh ? "三、群众反馈" : "3. Public feedback",
    paragraphs: [
      zh
        ? `${what}为100%的单位${full}个；${what}最低的单位为${join(ctx, lowest)}。`
        : `${full} units had a ${what.toLowerCase()} of 100 %; the lowest: ${join(ctx, lowest)}.`,
    ],
  };
}

function evaluationSection(ctx: Context): BulletinSection {
  const { evaluation, scheme, zh, lang } = ctx;
  const { overall } = evaluation;
  const paragraphs: string[] = [];
  if (overall.grades.length > 0) {
    const parts = overall.grades.map((g) =>
      zh
        ? `${g.label}类${g.count}家，占比${ctx.share(g.share)}`
        : `${g.label}: ${g.count} (${ctx.share(g.share)})`,
    );
    paragraphs.push(
      zh
        ? `综合评价结果：${parts.join("；")}（占比以全部${overall.population}个单位计，含无工单单位${overall.noTicketCount}个）。`
        : `Grades: ${parts.join("; ")} (shares of all ${overall.population} units, including ${overall.noTicketCount} with no tickets).`,
    );
    const previous = ctx.options.previous;
    if (previous) {
      const moved = (way: "up" | "down") =>
        previous.units
          .filter((c) => c.gradeChange === way)
          .map((c) =>
            zh
              ? `${c.unit}（${c.previousGrade}→${c.grade}）`
              : `${c.unit} (${c.previousGrade}→${c.grade})`,
          );
      const up = moved("up");
      const down = moved("down");
      paragraphs.push(
        zh
          ? `与上期相比，等级上升的单位${up.length}个${up.length ? `：${join(ctx, up)}` : ""}；等级下降的单位${down.length}个${down.length ? `：${join(ctx, down)}` : ""}。`
          : `On the previous period, ${up.length} units moved up a grade${up.length ? ` (${join(ctx, up)})` : ""} and ${down.length} moved down${down.length ? ` (${join(ctx, down)})` : ""}.`,
      );
    }
    const low = new Set((scheme.grades ?? []).slice(2).map((b) => b.label));
    const lowUnits = evaluation.units
      .filter((u) => u.grade !== null && low.has(u.grade))
      .map((u) =>
        zh
          ? `${u.unit}（${u.grade}，${scoreText(ctx, u)}）`
          : `${u.unit} (${u.grade}, ${scoreText(ctx, u)})`,
      );
    const third = scheme.grades?.[2]?.label;
    if (third)
      paragraphs.push(
        lowUnits.length
          ? zh
            ? `${third}类及以下的单位：${join(ctx, lowUnits)}。`
            : `Units at ${third} or below: ${join(ctx, lowUnits)}.`
          : zh
            ? `没有${third}类及以下的单位。`
            : `No unit is at ${third} or below.`,
      );
  } else {
    const valueId = scheme.index ? "score" : (evaluation.order[0]?.key ?? "score");
    const valueOf = (u: ScoredUnit) =>
      valueId === "score" ? scoreText(ctx, u) : count(u.measures[valueId] ?? 0);
    const ranked = evaluation.units.filter((u) => u.rank !== null);
    const head = ranked
      .slice(0, Math.min(3, ranked.length))
      .map((u) => (zh ? `${u.unit}（${valueOf(u)}）` : `${u.unit} (${valueOf(u)})`));
    paragraphs.push(
      zh
        ? `按${labelOf(scheme, valueId, lang)}排名，前${head.length}位依次为${join(ctx, head)}。`
        : `By ${labelOf(scheme, valueId, lang)}, the top ${head.length}: ${join(ctx, head)}.`,
    );
  }
  const previous = ctx.options.previous;
  if (previous) {
    const risers = previous.units
      .filter((c) => c.status === "up")
      .sort((a, b) => (b.rankChange ?? 0) - (a.rankChange ?? 0))
      .slice(0, 3)
      .map((c) => `${c.unit}（↑${c.rankChange}）`);
    if (risers.length && zh) paragraphs.push(`名次上升最多的单位：${join(ctx, risers)}。`);
    if (risers.length && !zh)
      paragraphs.push(
        `Biggest climbers: ${join(
          ctx,
          risers.map((r) => r.replace("（", " (").replace("）", ")")),
        )}.`,
      );
  }
  const graded = overall.grades.length > 0;
  return {
    heading: zh
      ? graded
        ? "四、综合评价"
        : "四、排名情况"
      : graded
        ? "4. Evaluation"
        : "4. Ranking",
    paragraphs,
  };
}

function zeros(ctx: Context): BulletinSection | undefined {
  const { evaluation, scheme, zh, lang } = ctx;
  const entries = Object.entries(evaluation.overall.zeroUnits).filter(
    ([, names]) => names.length > 0,
  );
  if (entries.length === 0) return undefined;
  return {
    heading: zh ? "五、指标为零的单位" : "5. Rates of zero",
    paragraphs: entries.map(([id, names]) =>
      zh
        ? `${labelOf(scheme, id, lang)}为零的单位：${join(ctx, names)}。`
        : `${labelOf(scheme, id, lang)} of 0: ${join(ctx, names)}.`,
    ),
  };
}

function dataNote(ctx: Context): BulletinSection {
  const { evaluation, zh } = ctx;
  const paragraphs: string[] = [];
  const approximate = evaluation.units.filter((u) => u.approximate);
  if (approximate.length)
    paragraphs.push(
      zh
        ? `${approximate.length}个单位的结果依据截断值或替代值计算，为近似值（见排名表备注）。`
        : `${approximate.length} units' results rest on truncated or stand-in values and are approximate (see the notes on the ranking).`,
    );
  const inconsistent = evaluation.units.filter((u) => u.inconsistent).map((u) => u.unit);
  if (inconsistent.length)
    paragraphs.push(
      zh
        ? `以下单位原表数字与其计数不符，已按计数重新计算，请核实：${join(ctx, inconsistent)}。`
        : `The printed figures of these units contradict their counts; recomputed from the counts, please check: ${join(ctx, inconsistent)}.`,
    );
  const invalid = evaluation.excluded
    .filter((e) => e.reason === "invalid-input")
    .map((e) => e.unit || e.cell);
  if (invalid.length)
    paragraphs.push(
      zh
        ? `以下单位数据有误，未参与排名：${join(ctx, invalid)}。`
        : `These units have data to fix and were not ranked: ${join(ctx, invalid)}.`,
    );
  const unmatched = ctx.options.previous?.unmatched;
  if (unmatched && (unmatched.current.length || unmatched.previous.length))
    paragraphs.push(
      zh
        ? `与上期名单不一致：本期新增${join(ctx, unmatched.current) || "无"}；上期有而本期无${join(ctx, unmatched.previous) || "无"}（如系更名，请指定对应关系）。`
        : `Names not matched with the previous period: new ${join(ctx, unmatched.current) || "none"}; gone ${join(ctx, unmatched.previous) || "none"} (if renamed, give the mapping).`,
    );
  if (paragraphs.length === 0)
    paragraphs.push(
      zh ? "本期数据未发现需要说明的问题。" : "Nothing in this period's data needs a note.",
    );
  return { heading: zh ? "六、数据说明" : "6. Data note", paragraphs };
}

export function buildBulletin(evaluation: Evaluation, options: BulletinOptions = {}): Bulletin {
  const lang = options.lang ?? "zh";
  const ctx: Context = {
    lang,
    zh: lang === "zh",
    evaluation,
    scheme: evaluation.scheme,
    options,
    rate: (x) => formatPercent(x, options.ratePrecision ?? 2),
    share: (x) => formatPercent(x, options.sharePrecision ?? 1),
    growth: (x) => formatPercent(x, options.growthPrecision ?? 1),
    listed: options.listed ?? 5,
  };
  const sections = [
    operation(ctx),
    volumes(ctx),
    feedback(ctx),
    evaluationSection(ctx),
    zeros(ctx),
    dataNote(ctx),
  ].filter((s): s is BulletinSection => s !== undefined);
  // Number the headings as they come (a scheme without satisfaction has no 群众反馈).
  const numerals = ["一", "二", "三", "四", "五", "六", "七"];
  sections.forEach((s, i) => {
    s.heading = s.heading.replace(
      /^[一二三四五六七]、|^\d\. /,
      ctx.zh ? `${numerals[i]}、` : `${i + 1}. `,
    );
  });
  const title =
    options.title ??
    (ctx.zh
      ? `${evaluation.scheme.name.zh}情况通报（草稿）`
      : `${evaluation.scheme.name.en}: bulletin draft`);
  return { title, sections };
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
    title: options.title ?? (lang === "zh" ? `${base}通报（草稿）` : `${base}: bulletin draft`),
    period: reading.period ? periodLabel(reading.period, lang) : undefined,
  });
}
