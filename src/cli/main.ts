/**
 * The govrank command line: `govrank <command> [options]`.
 * Exit codes: 0 done (warnings allowed), 1 the input cannot be used, 2 a usage error, 3 a bug.
 *
 * Each command is loaded only when it runs (`import()`), so `govrank --help` and `--version` start
 * without the schemes, zod or any file library, and `score` on a CSV never loads exceljs or docx.
 */
import { EXIT_OK, EXIT_USAGE, safeStreams, type Streams } from "./streams";
import { packageVersion } from "./version";

export type { Streams } from "./streams";

type Command = (argv: readonly string[], io: Streams) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  report: async () => (await import("./report-command")).reportCommand,
  score: async () => (await import("./score-command")).scoreCommand,
  bulletin: async () => (await import("./bulletin-command")).bulletinCommand,
  tickets: async () => (await import("./tickets-command")).ticketsCommand,
};

export const HELP = `govrank — 部门排名 department rankings

用法 Usage:
  govrank report <文件.xlsx|文件.csv> [选项]  生成排名工作簿 write the ranking workbook
  govrank score <文件.xlsx|文件.csv> [选项]   计算得分、等级和排名 score, grade and rank a table
  govrank bulletin <文件.xlsx> [选项]         起草通报 draft the bulletin
  govrank tickets <工单明细.xlsx|.csv|.parquet> [选项]
                                              工单明细统计成部门汇总表和通报数字 count a ticket log
  govrank tickets --db postgresql://… --table 表名
                                              在数据库中统计 count in the database
  govrank <命令> --help                       该命令的全部选项 all options of a command
  govrank --version                           版本 the version

例 Example:
  govrank report 综合评价.xlsx -o 综合评价-排名.xlsx
`;

export async function main(argv: readonly string[], raw: Streams): Promise<number> {
  // Whatever a file holds is shown, never obeyed, by the terminal.
  const io = safeStreams(raw);
  const [command, ...rest] = argv;
  if (command === undefined || command === "-h" || command === "--help" || command === "help") {
    io.stdout.write(HELP);
    return command === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (command === "-v" || command === "--version") {
    io.stdout.write(`${packageVersion()}\n`);
    return EXIT_OK;
  }
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (load) return (await load())(rest, io);
  io.stderr.write(`govrank: 未知命令 "${command}"。unknown command "${command}".\n\n${HELP}`);
  return EXIT_USAGE;
}
