/**
 * The govrank command line: `govrank <command> [options]`.
 * Exit codes: 0 done (warnings allowed), 1 the input cannot be used, 2 a usage error.
 */
import { BULLETIN_HELP, bulletinCommand } from "./bulletin-command";
import { REPORT_HELP, reportCommand } from "./report-command";
import { SCORE_HELP, scoreCommand } from "./score-command";
import { EXIT_OK, EXIT_USAGE, type Streams } from "./streams";
import { packageVersion } from "./version";

export type { Streams } from "./streams";

const HELP = `govrank — 部门排名 department rankings

用法 Usage:
  govrank report <文件.xlsx|文件.csv> [选项]  生成排名工作簿 write the ranking workbook
  govrank score <文件.xlsx|文件.csv> [选项]   计算得分、等级和排名 score, grade and rank a table
  govrank bulletin <文件.xlsx> [选项]         起草通报 draft the bulletin
  govrank --version
  govrank --help

${REPORT_HELP}
${SCORE_HELP}
${BULLETIN_HELP}`;

export async function main(argv: readonly string[], io: Streams): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "-h" || command === "--help" || command === "help") {
    io.stdout.write(HELP);
    return command === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (command === "-v" || command === "--version") {
    io.stdout.write(`${packageVersion()}\n`);
    return EXIT_OK;
  }
  if (command === "report") return reportCommand(rest, io);
  if (command === "score") return scoreCommand(rest, io);
  if (command === "bulletin") return bulletinCommand(rest, io);
  io.stderr.write(`govrank: 未知命令 "${command}"。unknown command "${command}".\n\n${HELP}`);
  return EXIT_USAGE;
}
