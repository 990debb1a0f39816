/**
 * The command line's flags → the run request (core/settings/run-settings.ts), the same object the
 * task pane saves: which scheme (and the clerk's edits to it), how columns map, how units are
 * ordered, ranked and graded, last period and the output options. Parsed and checked once, with
 * messages that say what to type instead; core/run then runs the request as the pane's.
 */
import { readFile } from "node:fs/promises";
import { parseGradeBands } from "../core/grade/grade";
import { isLanguage, type Language } from "../core/i18n";
import { isZeroDenominatorPolicy, ZERO_DENOMINATOR_POLICIES } from "../core/measures/ratio";
import { builtinScheme, builtinSchemes, BUILTIN_SCHEME_IDS } from "../core/schemes/builtin";
import { nodeLabel } from "../core/schemes/index-words";
import type { Scheme, SortKey } from "../core/schemes/scheme";
import { withTopWeight, withZeroPolicy } from "../core/schemes/scheme-edits";
import { validateScheme, type SchemeValidation } from "../core/schemes/validate-scheme";
import { RunSettingsSchema, type RunSettings } from "../core/settings/run-settings";
import { InputError } from "./read-input";
import { UsageError } from "./usage-error";
import { TICKET_HELP, TICKET_OPTIONS, ticketSettings, type TicketFlags } from "./ticket-options";

export { UsageError };

/** Option definitions for node:util parseArgs. */
export const SCORING_OPTIONS = {
  sheet: { type: "string" },
  scheme: { type: "string" },
  "scheme-file": { type: "string" },
  "group-by": { type: "string" },
  map: { type: "string", multiple: true },
  days: { type: "string" },
  population: { type: "string" },
  "sort-by": { type: "string" },
  rank: { type: "string" },
  grades: { type: "string" },
  weight: { type: "string", multiple: true },
  zero: { type: "string", multiple: true },
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
  ...TICKET_OPTIONS,
} as const;

export const SCORING_HELP = `  --sheet NAME                 工作表名（默认第一个）the sheet (default: the first)
  --scheme ID                  方案 scheme: ${BUILTIN_SCHEME_IDS.join(", ")}（默认自动识别 default: detected）
  --scheme-file FILE.json      自定义方案 a scheme of your own (JSON; checked before use)
  --group-by HEADER            按这一列分组排名 rank within groups given by this column (header or letter)
  --map FIELD=HEADER           指定某字段所在的列（可重复）set a field's column (repeatable), e.g. --map due=应办件
  --sort-by KEY[:asc|desc]     按此指标排序和排名（如 due、reworkRate:asc；默认按方案）order and rank by this measure
  --days N                     统计天数（WCI）days in the period (WCI)
  --population N               参评单位总数（等级占比的分母，默认为表中单位数）units under assessment (shares' denominator)
  --rank competition|dense     并列排名 1224（默认）或中国式排名 1223
  --grades "A:95,B:90,E"       等级标准（默认按方案）grade bands (default: the scheme's)
  --weight 指标=权重           改一项权重（可重复，需 --scheme），如 onTimeRate=40 change a top-level weight
  --zero 指标=规则             分母为0时：error|zero|full|blank（可重复，需 --scheme）zero-denominator rule
  --lang zh|en                 语言（默认 zh）language
${TICKET_HELP}`;

/** Every flag a command may pass on to the request (each command defines the ones it takes). */
export interface RequestFlags extends TicketFlags {
  sheet?: string | undefined;
  scheme?: string | undefined;
  "scheme-file"?: string | undefined;
  "group-by"?: string | undefined;
  map?: string[] | undefined;
  days?: string | undefined;
  population?: string | undefined;
  board?: string | undefined;
  "sort-by"?: string | undefined;
  rank?: string | undefined;
  grades?: string | undefined;
  weight?: string[] | undefined;
  zero?: string[] | undefined;
  lang?: string | undefined;
  title?: string | undefined;
  top?: string | undefined;
  "live-formulas"?: boolean | undefined;
  "no-charts"?: boolean | undefined;
  "no-analysis"?: boolean | undefined;
  previous?: string | undefined;
  "previous-sheet"?: string | undefined;
  "previous-map"?: string[] | undefined;
  rename?: string[] | undefined;
  basis?: string | undefined;
}

export type FlagRequest =
  | {
      ok: true;
      lang: Language;
      sheet: string | undefined;
      request: RunSettings;
      /** The counting engine asked for (a log file only; not part of the request). */
      engine?: string | undefined;
    }
  | { ok: false; lang: Language; problems: string[] };

/** "due", "reworkRate:asc": a measure id (or "score"), descending unless the measure is lower-is-better. */
function parseSortKey(text: string, scheme: Scheme | undefined): SortKey {
  const [key = "", direction] = text.split(":", 2).map((t) => t.trim());
  if (direction !== undefined && direction !== "asc" && direction !== "desc") {
    throw new UsageError(`--sort-by 的方向只能是 asc 或 desc（收到 "${direction}"）。`);
  }
  const measures = (scheme ? [scheme] : builtinSchemes()).flatMap((s) => s.measures);
  const measure = measures.find((m) => m.id === key);
  if (key !== "score" && !measure) {
    const known = [...new Set(["score", ...measures.map((m) => m.id)])].join(", ");
    throw new UsageError(`--sort-by 不认识“${key}”。可用：${known}。`);
  }
  return { key, direction: direction ?? (measure?.direction === "lower" ? "asc" : "desc") };
}

async function readSchemeFile(path: string): Promise<SchemeValidation> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new InputError(
      `找不到或无法读取方案文件：${path}`,
      `cannot read the scheme file: ${path}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    throw new InputError(
      `方案文件 ${path} 不是有效的 JSON。`,
      `the scheme file ${path} is not valid JSON.`,
    );
  }
  try {
    return validateScheme(json);
  } catch {
    // Valid JSON nested deeper than any scheme could be (the checker's stack gives out).
    throw new InputError(
      `方案文件 ${path} 的层级太深，不像是方案（综合指数最多几层）。请检查文件内容。`,
      `the scheme file ${path} is nested far too deep to be a scheme. Check its content.`,
    );
  }
}

/** A flag that takes a whole number of 1 or more. */
function wholeNumber(text: string | undefined, flag: string): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text.trim());
  if (text.trim() === "" || !Number.isInteger(n) || n < 1)
    throw new UsageError(
      `${flag} 需要大于0的整数（收到 "${text}"）。${flag} needs a whole number of 1 or more.`,
    );
  return n;
}

/** --days: the period's whole days, 1 to 3660 (ten years). */
function daysOption(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const days = Number(text);
  if (!Number.isInteger(days) || days < 1 || days > 3660)
    throw new UsageError(
      `--days 需要 1 到 3660 之间的整数（收到 "${text}"）。--days needs a whole number of days, 1 to 3660.`,
    );
  return days;
}

/** "NAME=VALUE" pairs of a repeatable flag. */
function pairs(entries: readonly string[] | undefined, flag: string, example: string) {
  return (entries ?? []).map((entry) => {
    const at = entry.indexOf("=");
    const name = at > 0 ? entry.slice(0, at).trim() : "";
    const value = at > 0 ? entry.slice(at + 1).trim() : "";
    if (!name || !value) throw new UsageError(`${flag} 应写成 ${example}（收到 "${entry}"）。`);
    return { name, value };
  });
}

/** --weight onTimeRate=40 (or 按期办结率=40, or 2=40): the pane's weight edit. */
function withWeights(scheme: Scheme, entries: readonly string[] | undefined): Scheme {
  let edited = scheme;
  for (const { name, value } of pairs(entries, "--weight", "指标=权重，如 onTimeRate=40")) {
    const nodes = edited.index?.nodes ?? [];
    const at = nodes.findIndex(
      (node, i) =>
        String(i + 1) === name ||
        node.leaf?.value === name ||
        nodeLabel(edited, node, "zh") === name ||
        nodeLabel(edited, node, "en") === name,
    );
    if (at < 0) {
      const known = nodes.map((n, i) => `${i + 1} ${nodeLabel(edited, n, "zh")}`).join("、");
      throw new UsageError(
        `--weight 不认识“${name}”。方案的权重项：${known}。--weight: no item “${name}” in the scheme.`,
      );
    }
    const weight = Number(value);
    if (!Number.isFinite(weight) || weight < 0)
      throw new UsageError(
        `--weight ${name} 需要不小于 0 的数（收到 "${value}"）。--weight needs a number of 0 or more.`,
      );
    edited = withTopWeight(edited, at, weight);
  }
  return edited;
}

/** --zero reworkRate=blank: the pane's zero-denominator rule. */
function withZeroRules(scheme: Scheme, entries: readonly string[] | undefined): Scheme {
  let edited = scheme;
  for (const { name, value } of pairs(entries, "--zero", "指标=规则，如 reworkRate=zero")) {
    const measure = edited.measures.find(
      (m) => m.kind === "ratio" && (m.id === name || m.label.zh === name || m.label.en === name),
    );
    if (!measure)
      throw new UsageError(
        `--zero 不认识比率指标“${name}”。可用：${edited.measures
          .filter((m) => m.kind === "ratio")
          .map((m) => m.id)
          .join(", ")}。--zero: no ratio measure “${name}”.`,
      );
    if (!isZeroDenominatorPolicy(value))
      throw new UsageError(
        `--zero 的规则只能是 ${ZERO_DENOMINATOR_POLICIES.join("、")}（收到 "${value}"）。--zero takes ${ZERO_DENOMINATOR_POLICIES.join(", ")}.`,
      );
    edited = withZeroPolicy(edited, measure.id, value);
  }
  return edited;
}

export async function requestFromFlags(values: RequestFlags): Promise<FlagRequest> {
  const lang = values.lang ?? "zh";
  if (!isLanguage(lang)) throw new UsageError(`--lang 只能是 zh 或 en（收到 "${lang}"）。`);
  const rank = values.rank;
  if (rank !== undefined && rank !== "competition" && rank !== "dense")
    throw new UsageError(`--rank 只能是 competition 或 dense（收到 "${rank}"）。`);
  const basis = values.basis;
  if (basis !== undefined && basis !== "yoy" && basis !== "mom")
    throw new UsageError(
      `--basis 只能是 yoy 或 mom（收到 "${basis}"）。--basis must be yoy or mom.`,
    );
  const named = values.scheme === undefined ? undefined : builtinScheme(values.scheme);
  if (values.scheme !== undefined && !named)
    throw new UsageError(
      `没有名为“${values.scheme}”的方案。可用：${BUILTIN_SCHEME_IDS.join(", ")}。`,
    );
  let own: Scheme | undefined;
  if (values["scheme-file"] !== undefined) {
    const checked = await readSchemeFile(values["scheme-file"]);
    if (!checked.ok)
      return { ok: false, lang, problems: checked.problems.map((p) => p.message[lang]) };
    own = checked.scheme;
  }
  const base = own ?? named;
  const edits = (values.weight?.length ?? 0) + (values.zero?.length ?? 0) > 0;
  if (edits && !base)
    throw new UsageError(
      "--weight 和 --zero 需要用 --scheme 或 --scheme-file 指明方案。--weight and --zero need --scheme or --scheme-file.",
    );
  const edited =
    base && edits ? withZeroRules(withWeights(base, values.weight), values.zero) : base;
  const mapping: Record<string, string> = {};
  const fieldIds = new Set(
    (edited ? [edited] : builtinSchemes()).flatMap((s) => s.fields.map((f) => f.id)),
  );
  for (const { name, value } of pairs(values.map, "--map", "字段=表头，如 due=应办件")) {
    // A field no scheme has would be ignored in silence: say so, and what there is.
    if (!fieldIds.has(name))
      throw new UsageError(
        `--map 不认识字段“${name}”。可用：${[...fieldIds].sort().join(", ")}。--map: no field “${name}”.`,
      );
    mapping[name] = value;
  }
  if (values["group-by"]) mapping["group"] = values["group-by"];
  // Last period's columns where its headers differ (this period's mapping is carried by header).
  const previousMapping: Record<string, string> = {};
  for (const { name, value } of pairs(values["previous-map"], "--previous-map", "字段=表头")) {
    if (!fieldIds.has(name))
      throw new UsageError(
        `--previous-map 不认识字段“${name}”。可用：${[...fieldIds].sort().join(", ")}。--previous-map: no field “${name}”.`,
      );
    previousMapping[name] = value;
  }
  const grades = values.grades;
  if (grades !== undefined) {
    const parsed = parseGradeBands(grades);
    if ("error" in parsed)
      throw new UsageError(
        `--grades 有误：${parsed.error}。--grades is not valid: write it as A:95,B:90,C:80,D:60,E.`,
      );
  }
  const top = wholeNumber(values.top, "--top");
  const population = wholeNumber(values.population, "--population");
  const board = wholeNumber(values.board, "--board");
  const renames: Record<string, string> = {};
  for (const { name, value } of pairs(values.rename, "--rename", "旧名=新名"))
    renames[name] = value;
  const request = RunSettingsSchema.parse({
    version: 1,
    schemeId: named?.id ?? own?.id,
    // The clerk's own scheme, or a published one with her edits: carried whole, as the pane does.
    customScheme: own !== undefined || edits ? edited : undefined,
    mapping,
    rankMethod: rank,
    sortKey: values["sort-by"] === undefined ? undefined : parseSortKey(values["sort-by"], edited),
    days: daysOption(values.days),
    grades,
    top,
    population,
    board,
    title: values.title,
    // Unset unless asked: Chinese then, as in the pane (where unset follows Office's language).
    lang: values.lang === undefined ? undefined : lang,
    previousFile: values.previous,
    previousSheet: values["previous-sheet"],
    previousMapping,
    basis,
    renames,
    liveFormulas: values["live-formulas"] ?? false,
    charts: !(values["no-charts"] ?? false),
    analysis: !(values["no-analysis"] ?? false),
    tickets: await ticketSettings(values),
  });
  return { ok: true, lang, sheet: values.sheet, request, engine: values.engine };
}
