/**
 * `govrank report <in.xlsx|in.csv> [-o out.xlsx] [options]`: the main job without Excel — the
 * ranked sheets, summary, charts, problem list and method written into a new workbook beside a
 * copy of the source table. The input is only read; the output appears whole or not at all.
 */
import { basename, dirname, extname, join } from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_TOP } from "../core/report/build-report";
import { periodLabel } from "../core/table/period";
import { prepareFromFile } from "./prepare-from-file";
import { PREVIOUS_OPTIONS } from "./previous-period";
import { reportSummary } from "./report-summary";
import { inputSource } from "./ticket-options";
import { requestFromFlags, SCORING_HELP, SCORING_OPTIONS, UsageError } from "./scoring-options";
import { refuseOverwritingInputs, runCommand, writeAtomically } from "./run-command";
import { EXIT_BAD_INPUT, EXIT_OK, type Streams } from "./streams";
import { packageVersion } from "./version";

export const REPORT_HELP = `govrank report <文件.xlsx|文件.csv> [选项]
  生成排名工作簿：汇总、各组排名表、图表、分析、问题清单、计算方法，并附原表副本。原文件不会被修改。
  Writes the ranking workbook: summary, ranked sheets, charts, analysis, problems, method, and a copy of the
  source table. The input file is never modified.

  -o, --output FILE.xlsx       输出文件（默认：原文件名-排名.xlsx）output file (default: <name>-排名.xlsx)
  --title TEXT                 报告标题（默认取表格标题行）report title (default: the table's title row)
  --top N                      汇总中列出前/后N名，长名单图表只画前N名（默认 ${DEFAULT_TOP}）top/bottom N
  --png FILE.png               另存排名图片（标题、统计期、等级、前后N名），可用于微信发布 also draw the ranking as a picture
  --board N                    通报红黑榜列出前/后N名（默认 5）units named at the top and bottom of the bulletin's 红黑榜
  --live-formulas              比率、得分、等级、名次写成Excel公式 write rates, scores, grades, ranks as formulas
  --no-charts                  不生成图表 leave the charts out
  --no-analysis                不生成分析表（距上一等级、排名稳健性）leave the Analysis sheet out
  --previous FILE              与上期比较（上期表格或 govrank 工作簿）compare with last period's table or workbook
  --previous-sheet NAME        上期文件中的工作表 the sheet in it
  --previous-map FIELD=HEADER  上期表头不同时指定上期的列（可重复）last period's column where its headers differ
  --rename 旧名=新名           单位更名（可重复）a unit's old and new name (repeatable)
  --basis yoy|mom              同比或环比 year on year or on the previous period
${SCORING_HELP}`;

function defaultOutput(input: string, lang: "zh" | "en"): string {
  const name = basename(input, extname(input));
  return join(dirname(input), `${name}-${lang === "zh" ? "排名" : "ranking"}.xlsx`);
}

export async function reportCommand(
  args: readonly string[],
  io: Streams,
  now: () => Date = () => new Date(),
): Promise<number> {
  return runCommand("report", REPORT_HELP, io, async () => {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        ...SCORING_OPTIONS,
        output: { type: "string", short: "o" },
        title: { type: "string" },
        top: { type: "string" },
        board: { type: "string" },
        png: { type: "string" },
        "live-formulas": { type: "boolean" },
        "no-charts": { type: "boolean" },
        "no-analysis": { type: "boolean" },
        ...PREVIOUS_OPTIONS,
      },
    });
    if (values.help) {
      io.stdout.write(REPORT_HELP);
      return EXIT_OK;
    }
    const source = inputSource(positionals, values);
    const file = source.file;
    const scoring = await requestFromFlags(values);
    if (!scoring.ok) {
      for (const p of scoring.problems) io.stderr.write(`govrank report: ${p}\n`);
      return EXIT_BAD_INPUT;
    }
    const output = values.output ?? defaultOutput(file, scoring.lang);
    if (!/\.xlsx$/i.test(output))
      throw new UsageError(`输出文件应以 .xlsx 结尾（收到 "${output}"）。`);
    await refuseOverwritingInputs(output, [file, values.previous, values["scheme-file"]]);
    const png = values.png;
    if (png !== undefined) {
      if (!/\.png$/i.test(png))
        throw new UsageError(
          `--png 的文件应以 .png 结尾（收到 "${png}"）。--png needs a .png file.`,
        );
      await refuseOverwritingInputs(png, [file, values.previous, values["scheme-file"], output]);
    }

    const run = await prepareFromFile(source, scoring, io, {
      generatedAt: now().toISOString(),
      timeZoneOffset: -now().getTimezoneOffset(),
      generator: `govrank ${packageVersion()}`,
    });
    if (!run) {
      // Nothing to rank: said as `score` says it, and nothing written.
      io.stderr.write(
        scoring.lang === "zh"
          ? "govrank report: 没有可排名的单位，未生成文件。\n"
          : "govrank report: no unit could be ranked; no file was written.\n",
      );
      return EXIT_BAD_INPUT;
    }
    const { input } = run;
    const plan = run.plan({ reservedSheetNames: [], tablePrefix: "GovRank" });
    // The writer (exceljs) is loaded once there is something to write.
    const { reportWorkbookBytes } = await import("./xlsx/write-report-workbook");
    const bytes = await reportWorkbookBytes(plan, input);
    // The picture is drawn before anything is written: both files appear, or neither.
    let picture: Uint8Array | undefined;
    if (png !== undefined) {
      const { rankingPicture } = await import("../core/report/ranking-picture");
      const { pictureToPng } = await import("./picture-png");
      const reading = run.run.reading;
      picture = await pictureToPng(
        rankingPicture(run.run.evaluation, {
          title: plan.title,
          period: reading.period ? periodLabel(reading.period, scoring.lang) : undefined,
          lang: scoring.lang,
          listed: scoring.request.board,
        }),
      );
    }
    writeAtomically(output, bytes);
    if (png !== undefined && picture) {
      writeAtomically(png, picture);
      io.stderr.write(scoring.lang === "zh" ? `已生成图片：${png}\n` : `Picture written: ${png}\n`);
    }
    io.stdout.write(reportSummary(output, plan, run.run.evaluation));
    return EXIT_OK;
  });
}
