#!/usr/bin/env node
// The govrank command line, compiled: lib/govrank.js is built from src/cli by scripts/build-cli.js
// (npm ci and npm pack run it through the prepare script).
try {
  require.resolve("../lib/govrank.js");
} catch {
  process.stderr.write(
    "govrank: 命令行尚未构建，请先运行 npm ci（或 npm run build:cli）。\n" +
      "govrank: the command line is not built yet; run npm ci (or npm run build:cli) first.\n",
  );
  process.exit(3);
}
require("../lib/govrank.js");
