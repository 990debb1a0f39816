/**
 * The command line end to end on a generated workbook, against a bare exceljs read and write of
 * the same file in the same run: what govrank adds on top of the file format's own cost.
 *
 * `main` is run as installed: compiled by scripts/build-cli.js, not through the benchmark's
 * TypeScript loader, whose hooks answer each of the command's dynamic imports (exceljs, the
 * writer) from another thread — a few ms a run that no user's `govrank` spends.
 */
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { main as Main } from "../src/cli/main";
import { median, type Timing } from "./harness";
import { syntheticRows, syntheticUnits } from "./synthetic";

const requireHere = createRequire(__filename);
const ROOT = join(__dirname, "..");

/** The command line's `main`, compiled as bin/govrank.js's bundle is, into `dir` (inside the repository, so its packages resolve). */
function installedMain(dir: string): typeof Main {
  const { buildCli } = requireHere(join(ROOT, "scripts", "build-cli.js")) as {
    buildCli: (entry: string, outfile: string) => void;
  };
  const outfile = join(dir, "govrank-main.cjs");
  buildCli(join(ROOT, "src", "cli", "main.ts"), outfile);
  return (requireHere(outfile) as { main: typeof Main }).main;
}

const quiet = { stdout: { write: () => true }, stderr: { write: () => true } };

export async function cliEndToEnd(units: number, runs: number, dir: string) {
  mkdirSync(dir, { recursive: true });
  const main = installedMain(dir);
  const input = join(dir, `hotline-${units}.xlsx`);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("热线");
  ws.getCell(1, 1).value = "某市12345热线2026年一季度综合评价情况";
  syntheticRows(syntheticUnits(units), false).forEach((row, r) =>
    row.forEach((v, c) => {
      const cell = ws.getCell(r + 2, c + 1);
      cell.value = v ?? null;
      if (r > 0 && c === row.length - 1) cell.numFmt = "0.00%";
    }),
  );
  await wb.xlsx.writeFile(input);
  // Interleaved run by run, after warm-ups of each, so a noisy moment hits both alike.
  const reportRun = async () => {
    // Without the 分析 sheet: the figures are of reading and writing beside a bare copy; the
    // analysis's own cost is section 8's.
    const code = await main(
      ["report", input, "-o", join(dir, "report.xlsx"), "--no-analysis"],
      quiet,
    );
    if (code !== 0) throw new Error(`govrank report exited ${code}`);
  };
  const bareRun = async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(input);
    await book.xlsx.writeFile(join(dir, "copy.xlsx"));
  };
  const samples = { report: [] as number[], bare: [] as number[] };
  // Small files: several warm-ups, so the JIT has settled for both before the timed runs.
  const warmups = units <= 1_000 ? 10 : 1;
  for (let i = 0; i < runs + warmups; i++) {
    for (const [key, run] of [
      ["report", reportRun],
      ["bare", bareRun],
    ] as const) {
      const start = performance.now();
      await run();
      if (i >= warmups) samples[key].push(performance.now() - start);
    }
  }
  const timing = (values: number[]): Timing => ({
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
    runs: values.length,
  });
  const report = timing(samples.report);
  const bare = timing(samples.bare);
  return { units, report, bare, ratio: report.median / bare.median };
}
