/**
 * Builds the command line: src/cli (TypeScript) bundled by esbuild into lib/govrank.js, which
 * bin/govrank.js runs. Run by `npm ci`/`npm install` (the prepare script) and by `npm pack`, so a
 * clone, a packed tarball and a global install all run compiled JavaScript, with no compiler at
 * run time. Packages stay outside the bundle (they are the package's dependencies), and each
 * command loads the heavy ones (exceljs, docx) only when it reads or writes such a file.
 *
 * `buildCli` is also what the benchmarks compile `main` with, so they time the code as installed
 * (a dynamic import in the bundle is a require, not a trip through a TypeScript loader's hooks).
 */
const { buildSync } = require("esbuild");
const { join } = require("node:path");

const ROOT = join(__dirname, "..");

/** One entry bundled as the installed command line is: CommonJS for Node 20, packages outside. */
function buildCli(
  entry = join(ROOT, "src", "cli", "bin.ts"),
  outfile = join(ROOT, "lib", "govrank.js"),
) {
  buildSync({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    sourcemap: "linked",
    legalComments: "none",
    logLevel: "warning",
  });
}

module.exports = { buildCli };

if (require.main === module) buildCli();
