#!/usr/bin/env node
// The govrank command line. The sources are TypeScript; tsx compiles them on the fly so that
// `npx govrank` works right after `npm ci`, with no build step.
require("tsx/cjs");
const { main } = require("../src/cli/main.ts");

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // Reaching here is a bug in govrank, not bad input: bad input is reported by main itself.
    process.stderr.write(
      `govrank: 内部错误 internal error: ${error && error.message ? error.message : error}\n`,
    );
    process.exitCode = 3;
  },
);
