/**
 * The govrank command line: `govrank <command> [options]`.
 * Exit codes: 0 done (warnings allowed), 1 the input cannot be used, 2 a usage error.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface Output {
  write(text: string): unknown;
}

export interface Streams {
  stdout: Output;
  stderr: Output;
}

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

const HELP = `govrank — 部门排名 department rankings

用法 Usage:
  govrank --version
  govrank --help

选项 Options:
  -h, --help      显示帮助 show this help
  -v, --version   显示版本 show the version
`;

function version(): string {
  const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as {
    version: string;
  };
  return pkg.version;
}

export async function main(argv: readonly string[], io: Streams): Promise<number> {
  const [first] = argv;
  if (first === undefined || first === "-h" || first === "--help" || first === "help") {
    io.stdout.write(HELP);
    return first === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (first === "-v" || first === "--version") {
    io.stdout.write(`${version()}\n`);
    return EXIT_OK;
  }
  io.stderr.write(`govrank: 未知命令 "${first}"。unknown command "${first}".\n\n${HELP}`);
  return EXIT_USAGE;
}
