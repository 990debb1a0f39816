/**
 * The program `govrank`: runs main on the process's arguments and streams and sets the exit code.
 * scripts/build-cli.js bundles this file into lib/govrank.js, which bin/govrank.js requires.
 */
import { main } from "./main";
import { EXIT_INTERNAL } from "./streams";

main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  progress: process.stderr.isTTY ? process.stderr : undefined,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Reaching here is a bug in govrank, not bad input: bad input is reported by main itself.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`govrank: 内部错误 internal error: ${message}\n`);
    process.exitCode = EXIT_INTERNAL;
  },
);
