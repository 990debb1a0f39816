/**
 * The flags that say how a ticket or message log is counted, for every command that reads one:
 * which counting rules (built-in id or a JSON file of her own), the period's days, the cut-off day
 * and last period's figures typed in. They fill the run request's `tickets` part.
 */
import { readFile } from "node:fs/promises";
import { BUILTIN_TICKET_RULES } from "../core/tickets/builtin-rules";
import { GROWTH_FIGURES } from "../core/tickets/headline";
import { parseDay } from "../core/tickets/ticket-time";
import type { RunSettings } from "../core/settings/run-settings";
import { InputError } from "./read-input";
import { oneFile } from "./run-command";
import { UsageError } from "./usage-error";

export const TICKET_OPTIONS = {
  rules: { type: "string" },
  cutoff: { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  "previous-figure": { type: "string", multiple: true },
  engine: { type: "string" },
  db: { type: "string" },
  table: { type: "string" },
} as const;

export const TICKET_HELP = `工单/留言明细（自动识别）for a ticket or message log (recognised by its headers):
  --rules ID|FILE.json         计数规则 counting rules: ${BUILTIN_TICKET_RULES.map((r) => r.id).join(", ")}（默认自动选择）or your own
  --from YYYY-MM-DD            统计期首日 first day of the period (default: the whole log)
  --to YYYY-MM-DD              统计期末日 last day of the period
  --cutoff YYYY-MM-DD          办结截止日（截至…已办结）tickets closed after this day are not handled
  --previous-figure 名=数      上期数字，用于同比/环比（可重复）last period's figure: received=64085, replied=136
  --engine core|duckdb         统计引擎（默认：.parquet 和 64 MB 以上的文本文件用 DuckDB）the counting engine
  --db postgresql://…|clickhouse://… --table 表名
                               不读文件，在数据库（或 ClickHouse 集群）中统计这张工单表，只取回统计结果；
                               密码放在环境变量 GOVRANK_DB_PASSWORD 或 GOVRANK_DB_PASSWORD_FILE 指向的文件
                               count a table in the database (or ClickHouse cluster) instead of a file;
                               the password from GOVRANK_DB_PASSWORD or the file GOVRANK_DB_PASSWORD_FILE names
`;

export interface TicketFlags {
  rules?: string | undefined;
  cutoff?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  "previous-figure"?: string[] | undefined;
  engine?: string | undefined;
  db?: string | undefined;
  table?: string | undefined;
}

/** What a command reads: a file, or a table in a database (then `file` names it for outputs). */
export interface InputSource {
  file: string;
  /** The database, by its address's scheme: PostgreSQL (and compatible) or ClickHouse. */
  db?: { engine: "postgres" | "clickhouse"; url: string; table: string } | undefined;
}

export function inputSource(positionals: readonly string[], values: TicketFlags): InputSource {
  if (values.db === undefined && values.table === undefined) return { file: oneFile(positionals) };
  if (!values.db || !values.table)
    throw new UsageError(
      "--db 和 --table 需一起使用：--db postgresql://用户@主机/库 --table 工单表。--db and --table go together.",
    );
  if (positionals.length)
    throw new UsageError("用 --db 时不再给输入文件。With --db, give no input file.");
  const scheme = /^(postgres(?:ql)?|clickhouses?):\/\//i.exec(values.db)?.[1]?.toLowerCase();
  if (!scheme)
    throw new UsageError(
      "--db 需要 PostgreSQL 或 ClickHouse 地址，如 postgresql://user@127.0.0.1:5432/hotline 或 clickhouse://user@127.0.0.1:8123/hotline。--db takes a postgresql:// or clickhouse:// address.",
    );
  if (hasPassword(values.db))
    throw new UsageError(
      "请不要把密码写在 --db 地址里（命令行会被他人和历史记录看到）：放在环境变量 GOVRANK_DB_PASSWORD，或写在文件里并用 GOVRANK_DB_PASSWORD_FILE 指向它。Keep the password out of --db: set GOVRANK_DB_PASSWORD, or GOVRANK_DB_PASSWORD_FILE to a file holding it.",
    );
  const engine = scheme.startsWith("clickhouse") ? "clickhouse" : "postgres";
  return { file: values.table, db: { engine, url: values.db, table: values.table } };
}

/** user:password@ in an address (an unparsable one is left to the engine to refuse). */
function hasPassword(url: string): boolean {
  try {
    return new URL(url).password !== "";
  } catch {
    return false;
  }
}

const FIGURES: readonly string[] = GROWTH_FIGURES;

function day(text: string | undefined, flag: string): string | undefined {
  if (text === undefined) return undefined;
  const t = text.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(t) || parseDay(t) === undefined)
    throw new UsageError(
      `${flag} 需要日期，写成 2022-02-06（收到 "${text}"）。${flag} needs a day as YYYY-MM-DD.`,
    );
  return t;
}

async function rulesFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new InputError(
      `找不到或无法读取计数规则文件：${path}`,
      `cannot read the rules file: ${path}`,
    );
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    throw new InputError(
      `计数规则文件 ${path} 不是有效的 JSON。`,
      `the rules file ${path} is not valid JSON.`,
    );
  }
}

export async function ticketSettings(values: TicketFlags): Promise<RunSettings["tickets"]> {
  const from = day(values.from, "--from");
  const to = day(values.to, "--to");
  if (from && to && from > to)
    throw new UsageError(`--from ${from} 晚于 --to ${to}。--from is after --to.`);
  const previousFigures: Record<string, number> = {};
  for (const entry of values["previous-figure"] ?? []) {
    const at = entry.indexOf("=");
    const name = entry.slice(0, Math.max(at, 0)).trim();
    const n = Number(entry.slice(at + 1).trim());
    if (at <= 0 || !FIGURES.includes(name) || !Number.isFinite(n) || n < 0 || !Number.isInteger(n))
      throw new UsageError(
        `--previous-figure 应写成 名=件数，名为 ${FIGURES.join("、")}（收到 "${entry}"）。--previous-figure takes name=count.`,
      );
    previousFigures[name] = n;
  }
  const rules = values.rules;
  const own = rules !== undefined && /\.json$/i.test(rules) ? await rulesFile(rules) : undefined;
  if (rules !== undefined && own === undefined && !BUILTIN_TICKET_RULES.some((r) => r.id === rules))
    throw new UsageError(
      `没有名为“${rules}”的计数规则。可用：${BUILTIN_TICKET_RULES.map((r) => r.id).join(", ")}，或一个 .json 规则文件。`,
    );
  const any =
    rules !== undefined ||
    from ||
    to ||
    values.cutoff !== undefined ||
    Object.keys(previousFigures).length;
  if (!any) return undefined;
  return {
    ...(own !== undefined ? { customRules: own } : rules !== undefined && { rulesId: rules }),
    ...(from && { from }),
    ...(to && { to }),
    ...(values.cutoff !== undefined && { cutoff: day(values.cutoff, "--cutoff") }),
    previousFigures,
  };
}
