/**
 * The options `score` and `report` share — which sheet, which scheme, how columns map, how units
 * are ordered and ranked — parsed and checked once, with messages that say what to type instead.
 */
import { readFile } from "node:fs/promises";
import { isLanguage, type Language } from "../core/i18n";
import { builtinScheme, builtinSchemes, BUILTIN_SCHEME_IDS } from "../core/schemes/builtin";
import type { Scheme, SortKey } from "../core/schemes/scheme";
import { validateScheme, type SchemeValidation } from "../core/schemes/validate-scheme";
import type { ScoreOptions } from "../core/score/score-grid";
import { InputError } from "./read-input";

export class UsageError extends Error {}

/** Option definitions for node:util parseArgs. */
export const SCORING_OPTIONS = {
  sheet: { type: "string" },
  scheme: { type: "string" },
  "scheme-file": { type: "string" },
  "group-by": { type: "string" },
  map: { type: "string", multiple: true },
  days: { type: "string" },
  "sort-by": { type: "string" },
  rank: { type: "string" },
  lang: { type: "string", default: "zh" },
  help: { type: "boolean", short: "h" },
} as const;

export const SCORING_HELP = `  --sheet NAME                 工作表名（默认第一个）the sheet (default: the first)
  --scheme ID                  方案 scheme: ${BUILTIN_SCHEME_IDS.join(", ")}（默认自动识别 default: detected）
  --scheme-file FILE.json      自定义方案 a scheme of your own (JSON; checked before use)
  --group-by HEADER            按这一列分组排名 rank within groups given by this column (header or letter)
  --map FIELD=HEADER           指定某字段所在的列（可重复）set a field's column (repeatable), e.g. --map due=应办件
  --sort-by KEY[:asc|desc]     按此指标排序和排名（如 due、reworkRate:asc；默认按方案）order and rank by this measure
  --days N                     统计天数（WCI）days in the period (WCI)
  --rank competition|dense     并列排名 1224（默认）或中国式排名 1223
  --lang zh|en                 语言（默认 zh）language
`;

export interface ScoringValues {
  sheet?: string | undefined;
  scheme?: string | undefined;
  "scheme-file"?: string | undefined;
  "group-by"?: string | undefined;
  map?: string[] | undefined;
  days?: string | undefined;
  "sort-by"?: string | undefined;
  rank?: string | undefined;
  lang?: string | undefined;
}

export type Scoring =
  | { ok: true; lang: Language; sheet: string | undefined; options: ScoreOptions }
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
  try {
    return validateScheme(JSON.parse(text.replace(/^\uFEFF/, "")));
  } catch {
    throw new InputError(
      `方案文件 ${path} 不是有效的 JSON。`,
      `the scheme file ${path} is not valid JSON.`,
    );
  }
}

export function positiveNumber(text: string | undefined, name: string): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0)
    throw new UsageError(`${name} 需要正数（收到 "${text}"）。${name} needs a positive number.`);
  return n;
}

export async function resolveScoring(values: ScoringValues): Promise<Scoring> {
  const lang = values.lang ?? "zh";
  if (!isLanguage(lang)) throw new UsageError(`--lang 只能是 zh 或 en（收到 "${lang}"）。`);
  const rank = values.rank;
  if (rank !== undefined && rank !== "competition" && rank !== "dense")
    throw new UsageError(`--rank 只能是 competition 或 dense（收到 "${rank}"）。`);
  let scheme = values.scheme === undefined ? undefined : builtinScheme(values.scheme);
  if (values.scheme !== undefined && !scheme)
    throw new UsageError(
      `没有名为“${values.scheme}”的方案。可用：${BUILTIN_SCHEME_IDS.join(", ")}。`,
    );
  if (values["scheme-file"] !== undefined) {
    const own = await readSchemeFile(values["scheme-file"]);
    if (!own.ok) return { ok: false, lang, problems: own.problems.map((p) => p.message[lang]) };
    scheme = own.scheme;
  }
  const mapping: Record<string, string> = {};
  for (const entry of values.map ?? []) {
    const [field, header] = entry.split("=", 2);
    if (!field || !header)
      throw new UsageError(`--map 应写成 字段=表头，如 due=应办件（收到 "${entry}"）。`);
    mapping[field.trim()] = header.trim();
  }
  if (values["group-by"]) mapping["group"] = values["group-by"];
  const days = positiveNumber(values.days, "--days");
  const sortKey =
    values["sort-by"] === undefined ? undefined : parseSortKey(values["sort-by"], scheme);
  return {
    ok: true,
    lang,
    sheet: values.sheet,
    options: { scheme, mapping, days, rankMethod: rank, sortKey },
  };
}
