/**
 * The analysis in a clerk's words (#22): "再按期办结1件即可达到B类", "领先B类分界4.6分",
 * "少返工2件即可超过市水务局", why an input is held ("应办理数是比率的分母，保持不变"), and how
 * robust a rank is ("排名稳定（第3–4名）" / "排名受权重影响较大（第3–9名）").
 * A change is worded by the scheme's own advice words where it has them, else from the input's label.
 */
import type { Language } from "../i18n";
import { labelOf } from "../schemes/label-of";
import type { Scheme } from "../schemes/scheme";
import { formatFixed } from "../score/format";
import type { GradeGap, PassGap } from "./gaps";
import type { HeldInput } from "./input-effects";
import { EXACT_LIMIT, type LeaveOneOut, type RankRange, type Robustness } from "./rank-robustness";
import { isRateInput, type InputGap } from "./unit-gap";

/** A grade's name in a sentence: a letter grade is "B类" (as the bulletins write it), any other as it is. */
export function gradeName(label: string, lang: Language): string {
  if (lang === "en") return label;
  return /^[A-Za-z]$/.test(label) ? `${label}类` : label;
}

/** The amount of a change: whole tickets, or percentage points to 0.01 without trailing zeros. */
function amount(scheme: Scheme, gap: InputGap & { reached: true }): string {
  const rate = isRateInput(scheme, gap.input);
  if (!rate) return String(Math.abs(gap.change));
  return formatFixed(gap.steps / 100, 2).replace(/\.?0+$/, "");
}

/** One change in words: "再按期办结1件", "群众满意率提高3.5个百分点", "原创微博数增加12". */
export function changeWords(
  scheme: Scheme,
  gap: InputGap & { reached: true },
  lang: Language,
): string {
  const n = amount(scheme, gap);
  const own = scheme.advice.find((a) => a.input === gap.input);
  if (own) return own.words[lang].replace("{n}", n);
  const label = labelOf(scheme, gap.input, lang);
  const rate = isRateInput(scheme, gap.input);
  const up = gap.change > 0;
  if (lang === "en") return `${label} ${up ? "+" : "−"}${n}${rate ? " points" : ""}`;
  if (rate) return `${label}${up ? "提高" : "降低"}${n}个百分点`;
  return `${label}${up ? "增加" : "减少"}${n}`;
}

function alternatives(scheme: Scheme, changes: readonly InputGap[], lang: Language): string[] {
  return changes.flatMap((g) => (g.reached ? [changeWords(scheme, g, lang)] : []));
}

/** The gap to the next grade, or the top grade's margin. */
export function gradeGapWords(scheme: Scheme, gap: GradeGap, lang: Language): string {
  if (gap.kind === "top") {
    const margin = formatFixed(gap.margin, scheme.index?.precision ?? 2);
    if (gap.below === null) return lang === "zh" ? "已是最高等级" : "top grade";
    const below = gradeName(gap.below, lang);
    return lang === "zh" ? `领先${below}分界${margin}分` : `${margin} above the line to ${below}`;
  }
  const grade = gradeName(gap.grade, lang);
  // A change that carries the unit past the next grade says where it lands (市审计局: one more
  // handled of 1 due takes it from E to A, not just to D).
  const ways = gap.changes.flatMap((g, k) => {
    if (!g.reached) return [];
    const words = changeWords(scheme, g, lang);
    const lands = gap.reaches[k];
    if (!lands || lands === gap.grade) return [words];
    return [lang === "zh" ? `${words}（可达${gradeName(lands, lang)}）` : `${words} (to ${lands})`];
  });
  if (ways.length === 0)
    return lang === "zh" ? `单项改进达不到${grade}` : `no single change reaches ${grade}`;
  return lang === "zh"
    ? `${ways.join("或")}即可达到${grade}`
    : `${ways.join(" or ")} reaches ${grade}`;
}

/** What passes the unit above. */
export function passGapWords(scheme: Scheme, gap: PassGap, lang: Language): string {
  if (gap.kind === "first") return lang === "zh" ? "已居首位" : "already first";
  const ways = alternatives(scheme, gap.changes, lang);
  if (ways.length === 0)
    return lang === "zh" ? `单项改进无法超过${gap.above}` : `no single change passes ${gap.above}`;
  return lang === "zh"
    ? `${ways.join("或")}即可超过${gap.above}`
    : `${ways.join(" or ")} passes ${gap.above}`;
}

/** Why an input is left as it is, said rather than left out. */
export function heldWords(scheme: Scheme, held: HeldInput, lang: Language): string {
  const label = labelOf(scheme, held.input, lang);
  switch (held.reason) {
    case "denominator":
      return lang === "zh"
        ? `${label}是比率的分母（工作量），保持不变`
        : `${label} is a denominator (the volume) and is held as it is`;
    case "volume":
      return lang === "zh"
        ? `本方案按${label}排名（数量而非质量），没有可改进的指标`
        : `this scheme ranks by ${label} (how many, not how well): there is nothing to improve`;
    case "both-ways":
      return lang === "zh"
        ? `${label}在指数中既加分又减分，无法计算它的差距`
        : `${label} both raises and lowers the index, so no gap can be read off it`;
  }
}

/** A rank range in words: stable when it moves by little for the list's length, else said loudly. */
export function rangeWords(range: RankRange, listSize: number, lang: Language): string {
  const span = range.best === range.worst ? `${range.best}` : `${range.best}–${range.worst}`;
  const spread = range.worst - range.best;
  // A move of more than 5 % of the list (and more than one place) is more than the weights should do.
  const stable = spread <= Math.max(1, Math.ceil(listSize * 0.05));
  if (lang === "zh")
    return stable ? `排名稳定（第${span}名）` : `排名受权重影响较大（第${span}名）`;
  return stable ? `rank stable (${span})` : `rank sensitive to the weights (${span})`;
}

/**
 * The ranks no weights in the band can pass, and whether the draws reached them (then the range
 * is exact): "第3–5名（精确）" / "第2–6名".
 */
export function boundWords(range: RankRange, lang: Language): string {
  const bound = range.bound;
  if (!bound) return "";
  const span = bound.best === bound.worst ? `${bound.best}` : `${bound.best}–${bound.worst}`;
  const exact = range.best === bound.best && range.worst === bound.worst;
  if (lang === "zh") return `第${span}名${exact ? "（精确）" : ""}`;
  return `${span}${exact ? " (exact)" : ""}`;
}

/** One indicator left out, in words. */
export function leaveOneOutWords(scheme: Scheme, effect: LeaveOneOut, lang: Language): string {
  const label = labelOf(scheme, effect.value, lang);
  const mean = formatFixed(effect.meanShift, 1);
  if (effect.moved === 0)
    return lang === "zh" ? `不计${label}：名次都不变` : `without ${label}: no rank changes`;
  return lang === "zh"
    ? `不计${label}：${effect.moved}个单位名次改变，平均变化${mean}位，最多${effect.maxShift}位`
    : `without ${label}: ${effect.moved} units change rank, by ${mean} on average, ${effect.maxShift} at most`;
}

/** How the rank ranges were found: the band, the draws and the seed, and what the bounds are. */
export function robustnessMethodWords(robustness: Robustness, lang: Language): string[] {
  if (robustness.kind !== "done")
    return [
      lang === "zh"
        ? "本方案不按综合指数排名，权重不影响名次，未做排名稳健性分析。"
        : "This scheme does not rank by the index: weights do not move the ranks, so there is no robustness analysis.",
    ];
  const band = formatFixed(robustness.band * 100, 0);
  const lines = [
    lang === "zh"
      ? `每个权重在±${band}%内随机变动（同级权重按原合计重新归一），抽样${robustness.draws}次，随机种子${robustness.seed}；名次按本表的取整和并列规则计算。`
      : `Every weight moves at random within ±${band} % (sibling weights renormalised to their sum), ${robustness.draws} draws, seed ${robustness.seed}; ranks by this table's rounding and tie rule.`,
  ];
  const bounds: Record<typeof robustness.bounds, { zh: string; en: string }> = {
    computed: {
      zh: `名次界限按权重区间的各个顶点算出：权重在±${band}%内无论怎样变动，名次都不会超出界限；抽样名次达到界限处即为精确范围。`,
      en: `Rank bounds from the corners of the band: no weights within ±${band} % move a rank beyond them; where the ranks drawn reach them, the range is exact.`,
    },
    "not-linear": {
      zh: "指数不是单层线性加权，名次界限未计算，只列抽样所见的范围。",
      en: "The index is not a one-level weighted sum: no rank bounds, only the range the draws found.",
    },
    "dense-ranks": {
      zh: "中国式排名（1223）不计算名次界限，只列抽样所见的范围。",
      en: "Dense ranks (1223) get no bounds, only the range the draws found.",
    },
    "too-many-units": {
      zh: `单位超过${EXACT_LIMIT}个，名次界限未计算，只列抽样所见的范围。`,
      en: `More than ${EXACT_LIMIT} units: no rank bounds, only the range the draws found.`,
    },
  };
  lines.push(bounds[robustness.bounds][lang]);
  return lines;
}
