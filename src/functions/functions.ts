/*
 * Excel custom functions under the GOVRANK namespace: thin wrappers over src/core.
 *
 * custom-functions-metadata reads the JSDoc below to write functions.json, and appends the
 * CustomFunctions.associate calls to this file, so every function must be a top-level declaration
 * here. The metadata has one language, so each description carries Chinese and English.
 * Errors are values: a bad argument returns #VALUE! (or #N/A when a value is missing) with a
 * message naming the argument; no function throws, and none writes to the workbook.
 */
import {
  parseGradeBands,
  gradeBandsFromTable,
  gradeFor,
  DEFAULT_GRADE_BANDS,
  type GradeBand,
} from "../core/grade/grade";
import { isZeroDenominatorPolicy, ratio } from "../core/measures/ratio";
import { rank as rankAll, rankInRows, rankWithinGroups } from "../core/rank/rank";
import { RankedRange } from "../core/rank/ranked-range";
import { builtinScheme } from "../core/schemes/builtin";
import { gradeGapWords } from "../core/gap/gap-words";
import { gradeGap } from "../core/gap/gaps";
import { keyEffects } from "../core/gap/input-effects";
import { schemeAsRun } from "../core/schemes/edited-scheme";
import { scoreFromInputs } from "../core/score/score-inputs";
import { parseCell } from "../core/values/parse-cell";
import {
  ArgumentError,
  directionArgument,
  flatten,
  isBlank,
  methodArgument,
  numberArgument,
  numbersOf,
} from "./arguments";

type Result = number | string | CustomFunctions.Error;

function fail(error: ArgumentError): CustomFunctions.Error {
  return new CustomFunctions.Error(
    error.code === "#N/A"
      ? CustomFunctions.ErrorCode.notAvailable
      : CustomFunctions.ErrorCode.invalidValue,
    error.message,
  );
}

function valueError(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

/** Numbers for named arguments, or the first argument's error. */
function numbers<K extends string>(
  args: Record<K, { value: unknown; zh: string }>,
): Record<K, number> | CustomFunctions.Error {
  const out = {} as Record<K, number>;
  for (const key of Object.keys(args) as K[]) {
    const n = numberArgument(args[key].value, key, args[key].zh);
    if (n instanceof ArgumentError) return fail(n);
    out[key] = n;
  }
  return out;
}

function schemeScore(schemeId: string, inputs: Record<string, number>, days?: number): Result {
  const scheme = builtinScheme(schemeId);
  if (!scheme) return valueError(`scheme ${schemeId} is missing`);
  const outcome = scoreFromInputs(scheme, inputs, days);
  if (outcome.ok) return outcome.score;
  const message = `${outcome.message.zh}。${outcome.message.en}.`;
  return outcome.kind === "invalid"
    ? valueError(message)
    : new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, message);
}

/** [parameter name, scheme field, Chinese name, value] for each argument of an index function. */
type Named = [name: string, field: string, zh: string, value: unknown];

/** An index from named arguments: each read as a number (or its error), then scored. */
function scoreNamed(schemeId: string, args: readonly Named[], days?: number): Result {
  const inputs: Record<string, number> = {};
  for (const [name, field, zh, value] of args) {
    const n = numberArgument(value, name, zh);
    if (n instanceof ArgumentError) return fail(n);
    inputs[field] = n;
  }
  return schemeScore(schemeId, inputs, days);
}

/**
 * 比率：分子 ÷ 分母；分母为 0 时按 zero_as 处理。Rate: numerator ÷ denominator, with a rule for a zero denominator.
 * @customfunction RATE
 * @param numerator 分子 numerator
 * @param denominator 分母 denominator
 * @param [zero_as] 分母为 0 时："error"（默认，#DIV/0!）、"zero"、"full"（100%）、"blank"。When the denominator is 0: error (default), zero, full, blank
 * @returns 比率（小数）rate as a fraction
 */
export function rate(
  numerator: number,
  denominator: number,
  zero_as?: string,
): number | string | CustomFunctions.Error {
  const policy = (zero_as ?? "error").trim().toLowerCase() || "error";
  if (!isZeroDenominatorPolicy(policy)) {
    return valueError(
      `zero_as 只能是 error、zero、full 或 blank（收到 "${zero_as}"）。zero_as must be error, zero, full or blank.`,
    );
  }
  if (!Number.isFinite(numerator))
    return valueError("numerator 分子不是数字。numerator is not a number.");
  if (!Number.isFinite(denominator))
    return valueError("denominator 分母不是数字。denominator is not a number.");
  if (denominator < 0)
    return valueError("denominator 分母不能为负数。denominator must not be negative.");
  const outcome = ratio(numerator, denominator, policy);
  switch (outcome.kind) {
    case "number":
      return outcome.value;
    case "blank":
      return "";
    case "error":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
  }
}

/**
 * 增长率（同比、环比）：(本期 − 上期) ÷ 上期。Growth: (current − previous) ÷ previous.
 * @customfunction GROWTH
 * @param current 本期数 current period
 * @param previous 上期（或去年同期）数 previous period
 * @returns 增长率（小数，负数为下降）growth as a fraction (negative for a fall)
 */
export function growth(current: number, previous: number): number | string | CustomFunctions.Error {
  if (!Number.isFinite(current))
    return valueError("current 本期数不是数字。current is not a number.");
  if (!Number.isFinite(previous))
    return valueError("previous 上期数不是数字。previous is not a number.");
  // #DIV/0! as Excel's own division gives; Excel shows no message with it (only #VALUE! and #N/A
  // carry one), so none is passed.
  if (previous === 0) return new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
  return (current - previous) / Math.abs(previous);
}

/**
 * 12345 热线综合指标值 = 30×办结率 + 30×按期办结率 + 20×(1 − 返工率) + 20×群众满意率，保留 1 位小数。Hotline composite score, 1 decimal.
 * @customfunction HOTLINE_SCORE
 * @param due 应办理数 tickets due
 * @param handled 办理数 handled
 * @param late 超期办理数 handled late
 * @param rework 返工数 sent back
 * @param satisfaction 群众满意率（如 96.54% 或 0.9654；空白按 100%）satisfaction rate (blank: 100 %)
 * @returns 综合指标值 score
 */
export function hotlineScore(
  due: unknown,
  handled: unknown,
  late: unknown,
  rework: unknown,
  satisfaction: unknown,
): number | string | CustomFunctions.Error {
  const inputs = hotlineInputs(due, handled, late, rework, satisfaction);
  if (inputs instanceof CustomFunctions.Error) return inputs;
  return schemeScore("hotline-composite", inputs);
}

/** HOTLINE_SCORE's and GAP's five arguments as the scheme's inputs (blank satisfaction: 100 %). */
function hotlineInputs(
  due: unknown,
  handled: unknown,
  late: unknown,
  rework: unknown,
  satisfaction: unknown,
): Record<string, number> | CustomFunctions.Error {
  const counts = numbers({
    due: { value: due, zh: "应办理数" },
    handled: { value: handled, zh: "办理数" },
    late: { value: late, zh: "超期办理数" },
    rework: { value: rework, zh: "返工数" },
  });
  if (counts instanceof CustomFunctions.Error) return counts;
  let rateValue = 1;
  if (!isBlank(satisfaction)) {
    const s = numberArgument(satisfaction, "satisfaction", "群众满意率");
    if (s instanceof ArgumentError) return fail(s);
    if (s < 0 || s > 1)
      return valueError(
        `satisfaction 群众满意率应为 0–100% 的比率（如 96.54% 或 0.9654），收到 ${s}。satisfaction must be a rate between 0 and 100 % (96.54% or 0.9654).`,
      );
    rateValue = s;
  }
  return { ...counts, satisfactionRate: rateValue };
}

/**
 * 距上一等级：每次只改一项达到上一等级的最小改变，最高等级给出领先的分数。Gap to the next grade, one input at a time, or the top grade's margin.
 * @customfunction GAP
 * @param due 应办理数 tickets due
 * @param handled 办理数 handled
 * @param late 超期办理数 handled late
 * @param rework 返工数 sent back
 * @param satisfaction 群众满意率（如 96.54% 或 0.9654；空白按 100%）satisfaction rate (blank: 100 %)
 * @param [bands] 等级标准，同 GRADE（默认 "A:95,B:90,C:80,D:60,E"）。Bands, as for GRADE
 * @param [language] "zh"（默认，中文）或 "en"。"zh" (default) or "en"
 * @returns 文字 words
 */
export function gap(
  due: unknown,
  handled: unknown,
  late: unknown,
  rework: unknown,
  satisfaction: unknown,
  bands?: unknown[][],
  language?: unknown,
): string | CustomFunctions.Error {
  const inputs = hotlineInputs(due, handled, late, rework, satisfaction);
  if (inputs instanceof CustomFunctions.Error) return inputs;
  const list = bandsArgument(bands);
  if (list instanceof CustomFunctions.Error) return list;
  const lang = languageArgument(language);
  if (lang instanceof CustomFunctions.Error) return lang;
  const base = builtinScheme("hotline-composite");
  if (!base) return valueError("scheme hotline-composite is missing");
  const scheme = schemeAsRun(base, { grades: list });
  const scored = scoreFromInputs(scheme, inputs);
  if (!scored.ok) {
    const message = `${scored.message.zh}。${scored.message.en}.`;
    return scored.kind === "invalid"
      ? valueError(message)
      : new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, message);
  }
  const label = gradeFor(scored.score, list);
  if (label === undefined)
    return new CustomFunctions.Error(
      CustomFunctions.ErrorCode.notAvailable,
      "得分低于所有等级的下限。The score is below every band.",
    );
  const found = gradeGap(scheme, list, keyEffects(scheme, "score"), scored.score, label, {
    scheme,
    days: 30,
    inputs,
  });
  return found ? gradeGapWords(scheme, found, lang) : "";
}

/** The language argument: "zh" (default) or "en". */
function languageArgument(language: unknown): "zh" | "en" | CustomFunctions.Error {
  if (isBlank(language)) return "zh";
  const text = String(language).trim().toLowerCase();
  if (text === "zh" || text === "中文") return "zh";
  if (text === "en" || text === "英文" || text === "english") return "en";
  return valueError(
    `language 应为 "zh" 或 "en"，收到“${String(language)}”。language must be "zh" or "en".`,
  );
}

/**
 * 加权合计：Σ 数值×权重。Weighted sum: Σ value × weight.
 * @customfunction COMPOSITE
 * @param values 各项数值（一行或一列）the values
 * @param weights 对应的权重，个数与数值相同 the weights, as many as the values
 * @returns 加权合计 weighted sum
 */
export function composite(
  values: unknown[][],
  weights: unknown[][],
): number | string | CustomFunctions.Error {
  const v = flatten(values).values;
  const w = flatten(weights).values;
  if (v.length !== w.length)
    return valueError(
      `values 有 ${v.length} 项而 weights 有 ${w.length} 项，个数应相同。values has ${v.length} items but weights has ${w.length}.`,
    );
  let sum = 0;
  for (let i = 0; i < v.length; i++) {
    const weight = numberArgument(w[i], `weights[${i + 1}]`, `第${i + 1}个权重`);
    if (weight instanceof ArgumentError) return fail(weight);
    const value = numberArgument(v[i], `values[${i + 1}]`, `第${i + 1}个数值`);
    if (value instanceof ArgumentError) return fail(value);
    sum += weight * value;
  }
  return sum;
}

/** The bands argument of GRADE and GAP: a two-column range (floor, label), a text, or the default. */
function bandsArgument(bands: unknown[][] | undefined): GradeBand[] | CustomFunctions.Error {
  if (bands === undefined || bands === null) return DEFAULT_GRADE_BANDS.slice();
  const cells = flatten(bands);
  if (cells.values.length === 1 && typeof cells.values[0] === "string") {
    const parsed = parseGradeBands(cells.values[0]);
    if ("error" in parsed)
      return valueError(`bands 等级标准：${parsed.error}。bands is not valid.`);
    return parsed.bands;
  }
  if (cells.columns !== 2)
    return valueError(
      'bands 应为两列区域（下限, 等级）或文本，如 "A:95,B:90,C:80,D:60,E"。bands must be a two-column range or text.',
    );
  const rows: { min?: number; label: string }[] = [];
  for (const row of bands) {
    const [floor, label] = row as unknown[];
    if (isBlank(label) && isBlank(floor)) continue;
    if (isBlank(label)) return valueError("bands 中有等级名称为空的行。a band has no label.");
    if (isBlank(floor)) rows.push({ label: String(label) });
    else {
      const n = numberArgument(floor, "bands", "等级下限");
      if (n instanceof ArgumentError) return fail(n);
      rows.push({ min: n, label: String(label) });
    }
  }
  const checked = gradeBandsFromTable(rows);
  if ("error" in checked)
    return valueError(`bands 等级标准：${checked.error}。bands is not valid.`);
  return checked.bands;
}

/**
 * 等级：按等级标准给出 A–E 等。Grade: the first band whose floor the score reaches.
 * @customfunction GRADE
 * @param score 得分 score
 * @param [bands] 等级标准：两列区域（下限, 等级）或文本 "A:95,B:90,C:80,D:60,E"（默认）。Bands: a range (floor, label) or text like "A:95,B:90,E"
 * @returns 等级 grade
 */
export function grade(
  score: unknown,
  bands?: unknown[][],
): number | string | CustomFunctions.Error {
  if (isBlank(score)) return "";
  const s = numberArgument(score, "score", "得分");
  if (s instanceof ArgumentError) return fail(s);
  const list = bandsArgument(bands);
  if (list instanceof CustomFunctions.Error) return list;
  return (
    gradeFor(s, list) ??
    new CustomFunctions.Error(
      CustomFunctions.ErrorCode.notAvailable,
      "得分低于所有等级的下限。The score is below every band.",
    )
  );
}

/** One result per cell of a flattened range, back in its rows and columns (a spilled result). */
function spill(
  shape: { rows: number; columns: number },
  cell: (index: number) => Result,
): Result[][] {
  const out: Result[][] = [];
  for (let r = 0; r < shape.rows; r++) {
    const row: Result[] = [];
    for (let c = 0; c < shape.columns; c++) row.push(cell(r * shape.columns + c));
    out.push(row);
  }
  return out;
}

/** RANK's and GROUPRANK's optional arguments, or the error naming the bad one. */
function rankOptions(
  descending: unknown,
  method: unknown,
): { direction: "desc" | "asc"; how: "competition" | "dense" } | CustomFunctions.Error {
  const direction = directionArgument(descending, "descending");
  if (direction instanceof ArgumentError) return fail(direction);
  const how = methodArgument(method);
  if (how instanceof ArgumentError) return fail(how);
  return { direction, how };
}

/** A rank as a cell shows it: blank for a blank, an error naming a value that is not a number or not ranked. */
function placeOf(value: unknown, find: (value: number) => number | null): Result {
  if (isBlank(value)) return "";
  if (typeof value !== "number" || !Number.isFinite(value))
    return valueError(
      `value_or_range 中“${String(value)}”不是数字。“${String(value)}” is not a number.`,
    );
  return (
    find(value) ??
    new CustomFunctions.Error(
      CustomFunctions.ErrorCode.notAvailable,
      `${value} 不在 range 中。${value} is not in range.`,
    )
  );
}

/**
 * Excel calls a single-cell RANK once per cell, each call with the whole range. The first call on a
 * range makes one pass over it; a second call on the same range (the same array) sorts it once and
 * every later call is two binary searches. Keyed by the array itself, never by its contents: Excel
 * hands a new array whenever it recalculates, so a range whose cells changed is always a new key
 * and is read anew (functions.test.ts checks this), and a WeakMap lets each go with its array.
 * A caller in JavaScript must likewise pass a new array, not edit one already passed.
 */
const seenRanges = new WeakSet<unknown[][]>();
const rankedRanges = new WeakMap<unknown[][], RankedRange>();

function rankOne(
  value: unknown,
  range: unknown[][],
  direction: "desc" | "asc",
  method: "competition" | "dense",
): Result {
  let ranked = rankedRanges.get(range);
  if (!ranked && seenRanges.has(range)) {
    ranked = RankedRange.ofRows(range);
    rankedRanges.set(range, ranked);
  }
  seenRanges.add(range);
  const sorted = ranked;
  return placeOf(value, (v) =>
    sorted ? sorted.rank(v, direction, method) : rankInRows(v, range, direction, method),
  );
}

/**
 * 排名（并列或中国式）；首个参数为区域时逐格给出名次。Rank with ties (1224, or dense 1223); a range first spills one rank per cell.
 * @customfunction RANK
 * @param value_or_range 要排名的数值或区域 the value, or a range of values
 * @param range 参与排名的全部数值 all the values ranked (text and blanks are left out)
 * @param [descending] TRUE（默认）从高到低，FALSE 从低到高。TRUE (default): higher is better; FALSE: lower is better
 * @param [method] "competition"（默认，并列 1224）或 "dense"（中国式 1223）
 * @returns 名次 rank
 */
export function rank(
  value_or_range: unknown[][],
  range: unknown[][],
  descending?: unknown,
  method?: unknown,
): Array<Array<number | string | CustomFunctions.Error>> {
  const options = rankOptions(descending, method);
  if (options instanceof CustomFunctions.Error) return [[options]];
  const { direction, how } = options;
  const asked = flatten(value_or_range);
  // One value (Excel calls this once per cell): a single pass over the range as it is, no copy.
  if (asked.values.length === 1) return [[rankOne(asked.values[0], range, direction, how)]];
  // Many values: sort the range once for all of them.
  const present = numbersOf(flatten(range).values).filter((v): v is number => v !== null);
  const ranks = rankAll(present, direction, how);
  const places = new Map<number, number | null>();
  present.forEach((v, i) => places.set(v, ranks[i] ?? null));
  return spill(asked, (i) => placeOf(asked.values[i], (v) => places.get(v) ?? null));
}

/**
 * 组内排名：按分组（如 县市区 / 市直单位）分别排名，逐格给出名次。Rank within groups, one rank per cell.
 * @customfunction GROUPRANK
 * @param values 数值区域 the values
 * @param groups 与数值同样大小的分组区域 the group of each value (same size)
 * @param [descending] TRUE（默认）从高到低，FALSE 从低到高。TRUE (default): higher is better
 * @param [method] "competition"（默认，并列 1224）或 "dense"（中国式 1223）
 * @returns 组内名次 rank within the group
 */
export function groupRank(
  values: unknown[][],
  groups: unknown[][],
  descending?: unknown,
  method?: unknown,
): Array<Array<number | string | CustomFunctions.Error>> {
  const options = rankOptions(descending, method);
  if (options instanceof CustomFunctions.Error) return [[options]];
  const { direction, how } = options;
  const v = flatten(values);
  const g = flatten(groups);
  if (v.values.length !== g.values.length)
    return [
      [
        valueError(
          `groups 应与 values 大小相同（${v.values.length} 项，收到 ${g.values.length} 项）。groups must be the same size as values.`,
        ),
      ],
    ];
  const nums = numbersOf(v.values);
  const ranks = rankWithinGroups(
    nums,
    g.values.map((x) => (isBlank(x) ? null : String(x).trim())),
    direction,
    how,
  );
  return spill(
    v,
    (i) =>
      ranks[i] ??
      (isBlank(v.values[i])
        ? ""
        : valueError(`values 第 ${i + 1} 项不是数字。item ${i + 1} is not a number.`)),
  );
}

/**
 * 清博微博传播力指数 BCI（保留 2 位小数）。Qingbo Weibo communication index (2 decimals).
 * @customfunction BCI
 * @param posts 发博数 posts
 * @param original_posts 原创微博数 original posts
 * @param reposts 转发数 reposts
 * @param comments 评论数 comments
 * @param original_reposts 原创转发 reposts of originals
 * @param original_comments 原创评论 comments on originals
 * @param likes 总点赞数 likes
 * @returns BCI
 */
export function bci(
  posts: unknown,
  original_posts: unknown,
  reposts: unknown,
  comments: unknown,
  original_reposts: unknown,
  original_comments: unknown,
  likes: unknown,
): number | string | CustomFunctions.Error {
  return scoreNamed("weibo-bci", [
    ["posts", "posts", "发博数", posts],
    ["original_posts", "originalPosts", "原创微博数", original_posts],
    ["reposts", "reposts", "转发数", reposts],
    ["comments", "comments", "评论数", comments],
    ["original_reposts", "originalReposts", "原创转发", original_reposts],
    ["original_comments", "originalComments", "原创评论", original_comments],
    ["likes", "likes", "总点赞数", likes],
  ]);
}

/**
 * 清博微信传播力指数 WCI V14.2（保留 2 位小数）。点赞数缺失时请勿用在看数代替后当作正式值。Qingbo WeChat communication index V14.2 (2 decimals).
 * @customfunction WCI
 * @param articles 文章总数 articles
 * @param reads 阅读总数 total reads
 * @param wows 在看总数 total 在看
 * @param likes 点赞数 total likes
 * @param headline_reads 头条文章阅读量 headline reads
 * @param headline_wows 头条文章在看数 headline 在看
 * @param headline_likes 头条文章点赞数 headline likes
 * @param max_reads 最大阅读量 best article's reads
 * @param max_wows 最大在看数 best article's 在看
 * @param max_likes 最大点赞数 best article's likes
 * @param days 统计天数（如 2 月为 28）days in the period
 * @returns WCI
 */
export function wci(
  articles: unknown,
  reads: unknown,
  wows: unknown,
  likes: unknown,
  headline_reads: unknown,
  headline_wows: unknown,
  headline_likes: unknown,
  max_reads: unknown,
  max_wows: unknown,
  max_likes: unknown,
  days: unknown,
): number | string | CustomFunctions.Error {
  const d = numberArgument(days, "days", "统计天数");
  if (d instanceof ArgumentError) return fail(d);
  if (d <= 0) return valueError("days 统计天数应大于 0。days must be above 0.");
  return scoreNamed(
    "wechat-wci",
    [
      ["articles", "articles", "文章总数", articles],
      ["reads", "reads", "阅读总数", reads],
      ["wows", "wows", "在看总数", wows],
      ["likes", "likes", "点赞数", likes],
      ["headline_reads", "headlineReads", "头条文章阅读量", headline_reads],
      ["headline_wows", "headlineWows", "头条文章在看数", headline_wows],
      ["headline_likes", "headlineLikes", "头条文章点赞数", headline_likes],
      ["max_reads", "maxReads", "最大阅读量", max_reads],
      ["max_wows", "maxWows", "最大在看数", max_wows],
      ["max_likes", "maxLikes", "最大点赞数", max_likes],
    ],
    d,
  );
}

/**
 * 把通报里的写法转成数字："64W+"（下限）、"1.2万"、"99.5%"、全角数字。Reads a printed figure: "64W+" (lower bound), "1.2万", "99.5%".
 * @customfunction PARSE
 * @param text 单元格内容 the cell's text
 * @returns 数值 the number
 */
export function parse(text: unknown): number | string | CustomFunctions.Error {
  if (typeof text === "number") return text;
  if (isBlank(text)) return "";
  const parsed = parseCell(typeof text === "string" ? text : String(text));
  switch (parsed.kind) {
    case "number":
      return parsed.value;
    case "blank":
      return "";
    case "excel-error":
      return valueError(`text 是错误值 ${parsed.code}。text is the error ${parsed.code}.`);
    case "text":
      return valueError(`“${parsed.text}”不是数字。“${parsed.text}” is not a number.`);
  }
}
