/**
 * The govrank command line: `govrank <command> [options]`.
 * Exit codes: 0 done (warnings allowed), 1 the input cannot be used, 2 a usage error.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SCORE_HELP, scoreCommand } from "./score-command";
import { EXIT_OK, EXIT_USAGE, type Streams } from "./streams";

export type { Streams } from "./streams";

const HELP = `govrank — 部门排名 department rankings

用法 Usage:
  govrank score <文件.xlsx|文件.csv> [选项]   计算得分、等级和排名 score, grade and rank a table
  govrank --version
  govrank --help

${SCORE_HELP}`;

function version(): string {
  const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as {
    version: string;
  };
  return pkg.version;
}

export async function main(argv: readonly string[], io: Streams): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "-h" || command === "--help" || command === "help") {
    io.stdout.write(HELP);
    return command === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (command === "-v" || command === "--version") {
    io.stdout.write(`${version()}\n`);
    return EXIT_OK;
  }
  if (command === "score") return scoreCommand(rest, io);
  io.stderr.write(`govrank: 未知命令 "${command}"。unknown command "${command}".\n\n${HELP}`);
  return EXIT_USAGE;
}
