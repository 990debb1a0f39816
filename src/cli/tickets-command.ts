/**
 * `govrank tickets <log.xlsx|.csv|.parquet> [-o 部门汇总.csv]` or `govrank tickets --db
 * postgresql://…|clickhouse://… --table 工单表`: a ticket or message log counted into its department table (a CSV
 * that `govrank report` and Excel read) and its opening figures (printed, or as JSON). With --db
 * the counting runs in the database and only the tally comes back.
 */
import { readFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import { parseArgs } from "node:util";
import { builtinSchemes } from "../core/schemes/builtin";
import { formatPercent } from "../core/score/format";
import { recogniseLog } from "../core/tickets/read-ticket-log";
import { runTickets, type TicketRun } from "../core/tickets/ticket-run";
import { headlineRows } from "../core/tickets/headline-rows";
import { ruleLines } from "../core/tickets/rule-words";
import {
  checkPrinted,
  PrintedFiguresSchema,
  type FigureCheck,
  type PrintedFigure,
} from "../core/tickets/printed-figures";
import { InputError } from "./read-input";
import { readSource } from "./read-source";
import { notALog } from "./tickets/counted-file";
import { refuseOverwritingInputs, runCommand, writeAtomically } from "./run-command";
import { requestFromFlags, SCORING_OPTIONS, UsageError } from "./scoring-options";
import { EXIT_BAD_INPUT, EXIT_OK, type Streams } from "./streams";
import { inputSource, TICKET_HELP } from "./ticket-options";
import { departmentCsv } from "./tickets/department-csv";
import { logNotes } from "./tickets/log-notes";

export const TICKETS_HELP = `govrank tickets <工单明细.xlsx|.csv|.parquet> [选项]
govrank tickets --db postgresql://用户@主机:端口/库 --table 工单表 [选项]
govrank tickets --db clickhouse://用户@主机:8123/库 --table 分布式工单表 [选项]
  把工单或留言明细统计成部门汇总表（CSV，可直接用 govrank report 排名）和通报开头的各项数字。
  个人信息（来电人、电话、身份证号、地址、诉求内容）不读取、不输出。
  Counts a ticket or message log into its department table (CSV) and the bulletin's opening figures.

  -o, --output FILE.csv        部门汇总表（默认：原文件名-部门汇总.csv）the department table
  --format table|json          数字的输出格式（默认 table）how the figures are printed
  --printed FILE.json          与通报已印发的数字逐项核对 check the figures a bulletin printed, e.g.
                               [{"figure":"received","count":71266},{"figure":"category","name":"城市管理类","rate":"13.45%"}]
  --lang zh|en                 语言 language
${TICKET_HELP}`;

function defaultOutput(input: string, lang: "zh" | "en"): string {
  const name = basename(input, extname(input));
  return join(dirname(input), `${name}-${lang === "zh" ? "部门汇总" : "units"}.csv`);
}

function figuresText(run: TicketRun, lang: "zh" | "en"): string {
  const zh = lang === "zh";
  const all = run.headline.all;
  const pct = (x: number | null | undefined) =>
    x === null || x === undefined ? "" : `  ${formatPercent(x, 2)}`;
  const lines = headlineRows(all, run.resolved.rules, lang).map(
    (r) => `${r.label}  ${r.count}${pct(r.rate)}`,
  );
  // NO.1 … per column (栏目) of a message log, else of the whole log.
  const lists = run.headline.columns.length
    ? run.headline.columns.map((c) => ({ title: c.name, items: c.categories }))
    : [{ title: "", items: all.categories }];
  for (const list of lists) {
    if (!list.items.length) continue;
    const heading = zh ? "热点诉求" : "Top categories";
    lines.push("", list.title ? `${list.title} ${heading}` : heading);
    list.items.forEach((c, i) => lines.push(`NO.${i + 1} ${c.name}  ${c.count}${pct(c.share)}`));
  }
  return `${lines.join("\n")}\n`;
}

function figuresJson(run: TicketRun, lang: "zh" | "en"): Record<string, unknown> {
  return {
    rules: {
      id: run.resolved.rules.id,
      version: run.resolved.rules.version,
      lines: ruleLines(run.resolved, lang),
    },
    engine: run.engine,
    counted: run.tally.rows,
    headline: run.headline,
    table: { title: run.table.title, fields: run.table.fields, rows: run.table.rows },
    personalColumns: run.layout.personal.map((p) => p.header),
    warnings: run.warnings.map((w) => w[lang]),
  };
}

async function printedFile(path: string): Promise<PrintedFigure[]> {
  let json: unknown;
  try {
    json = JSON.parse((await readFile(path, "utf8")).replace(/^\uFEFF/, ""));
  } catch {
    throw new InputError(
      `无法读取 ${path}，或它不是有效的 JSON。`,
      `cannot read ${path}, or it is not valid JSON.`,
    );
  }
  const parsed = PrintedFiguresSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(
      `${path} 第 ${issue?.path.join(".") ?? ""} 项不对：每项写成 {"figure":"received","count":71266} 或 {"figure":"category","name":"城市管理类","rate":"13.45%"}。`,
      `${path}, item ${issue?.path.join(".") ?? ""}: write each as {"figure":"received","count":71266}.`,
    );
  }
  return parsed.data;
}

function checksText(checks: readonly FigureCheck[], lang: "zh" | "en"): string {
  if (!checks.length) return "";
  const lines = checks.map((c) => `${c.agrees ? "✓" : "✗"} ${c.note[lang]}`);
  return `\n${lang === "zh" ? "与通报核对" : "Checked against the bulletin"}\n${lines.join("\n")}\n`;
}

export async function ticketsCommand(args: readonly string[], io: Streams): Promise<number> {
  return runCommand("tickets", TICKETS_HELP, io, async () => {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        ...SCORING_OPTIONS,
        output: { type: "string", short: "o" },
        format: { type: "string", default: "table" },
        printed: { type: "string" },
      },
    });
    if (values.help) {
      io.stdout.write(TICKETS_HELP);
      return EXIT_OK;
    }
    const source = inputSource(positionals, values);
    const format = values.format;
    if (format !== "table" && format !== "json")
      throw new UsageError(`--format 只能是 table 或 json（收到 "${format}"）。`);
    const scoring = await requestFromFlags(values);
    if (!scoring.ok) {
      // Her scheme file's problems, said as the other commands say them.
      for (const p of scoring.problems) io.stderr.write(`govrank tickets: ${p}\n`);
      return EXIT_BAD_INPUT;
    }
    const { lang } = scoring;
    const output = values.output ?? defaultOutput(source.file, lang);
    if (!/\.csv$/i.test(output))
      throw new UsageError(`输出文件应以 .csv 结尾（收到 "${output}"）。`);
    if (!source.db) await refuseOverwritingInputs(output, [source.file]);
    const { input, counted: elsewhere } = await readSource(source, scoring, io, {
      // The department table and the figures only: no 核对 sheet, so no ticket numbers.
      traces: false,
    });
    let run = elsewhere;
    if (!run) {
      const recognised = recogniseLog(input.grid);
      if (!recognised) throw notALog(source.file);
      const counted = runTickets(recognised, scoring.request.tickets, builtinSchemes(), lang);
      if (!counted.ok) throw InputError.of(counted.errors);
      run = counted.run;
    }
    io.stderr.write(logNotes(run, lang));
    const checks =
      values.printed === undefined
        ? []
        : checkPrinted(run.headline, await printedFile(values.printed));
    writeAtomically(output, departmentCsv(run.table));
    io.stderr.write(lang === "zh" ? `已生成：${output}\n` : `Written: ${output}\n`);
    io.stdout.write(
      format === "json"
        ? `${JSON.stringify({ ...figuresJson(run, lang), checks: checks.map((c) => ({ ...c, note: c.note[lang] })) }, null, 2)}\n`
        : figuresText(run, lang) + checksText(checks, lang),
    );
    return EXIT_OK;
  });
}
