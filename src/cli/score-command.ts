/**
 * `govrank score <workbook.xlsx|table.csv> [--sheet NAME] [--scheme ID] [--group-by HEADER]
 * [--days N] [--rank competition|dense] [--format table|json] [--lang zh|en]`
 */
import { parseArgs } from "node:util";
import { scoreRun } from "../core/run/plan-for-run";
import { readSource } from "./read-source";
import { logNotes } from "./tickets/log-notes";
import { runCommand } from "./run-command";
import { scoreJson } from "./score-json";
import { scoreTable } from "./score-table";
import { inputSource } from "./ticket-options";
import { requestFromFlags, SCORING_HELP, SCORING_OPTIONS, UsageError } from "./scoring-options";
import { EXIT_BAD_INPUT, EXIT_OK, type Streams } from "./streams";

export const SCORE_HELP = `govrank score <文件.xlsx|文件.csv> [选项]
  按公开通报的方法计算得分、等级和排名，并列出需要核对的单元格。
  Scores, grades and ranks a table by the published method and lists the cells to check.

${SCORING_HELP}  --format table|json          输出格式（默认 table）output format
`;

export async function scoreCommand(args: readonly string[], io: Streams): Promise<number> {
  return runCommand("score", SCORE_HELP, io, async () => {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { ...SCORING_OPTIONS, format: { type: "string", default: "table" } },
    });
    if (values.help) {
      io.stdout.write(SCORE_HELP);
      return EXIT_OK;
    }
    const source = inputSource(positionals, values);
    const format = values.format;
    if (format !== "table" && format !== "json")
      throw new UsageError(`--format 只能是 table 或 json（收到 "${format}"）。`);
    const scoring = await requestFromFlags(values);
    if (!scoring.ok) {
      for (const p of scoring.problems) io.stderr.write(`govrank score: ${p}\n`);
      return EXIT_BAD_INPUT;
    }
    const { input, counted } = await readSource(source, scoring, io);
    const { reading, evaluation, tickets } = scoreRun(input.grid, scoring.request, [], counted);
    if (tickets) io.stderr.write(logNotes(tickets, scoring.lang));
    io.stdout.write(
      format === "json"
        ? `${JSON.stringify(scoreJson(reading, evaluation, scoring.lang), null, 2)}\n`
        : scoreTable(reading, evaluation, scoring.lang),
    );
    return evaluation && evaluation.columns.unit.length > 0 ? EXIT_OK : EXIT_BAD_INPUT;
  });
}
