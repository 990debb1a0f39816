/**
 * The built command line's start-up, each command in a fresh process as a clerk types it, beside
 * `node -e 0` in the same run (interleaved, so a busy moment costs each the same): what govrank
 * adds to starting Node at all.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { median, type Timing } from "./harness";
import { syntheticRows, syntheticUnits } from "./synthetic";

const ROOT = join(__dirname, "..");
const BIN = join(ROOT, "bin", "govrank.js");

function csvField(value: unknown): string {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function timing(samples: number[]): Timing {
  return {
    median: median(samples),
    min: Math.min(...samples),
    max: Math.max(...samples),
    runs: samples.length,
  };
}

export function cliStartup(runs: number, dir: string) {
  // Measure the CLI as installed: compiled from the current sources.
  execFileSync(process.execPath, [join(ROOT, "scripts", "build-cli.js")], { stdio: "inherit" });
  mkdirSync(dir, { recursive: true });
  const table = join(dir, "hotline-100.csv");
  const rows = syntheticRows(syntheticUnits(100), false);
  writeFileSync(table, `${rows.map((row) => row.map(csvField).join(",")).join("\n")}\n`);
  const commands: Record<string, string[]> = {
    node: ["-e", "0"],
    help: [BIN, "--help"],
    score: [BIN, "score", table],
  };
  const samples: Record<string, number[]> = { node: [], help: [], score: [] };
  for (let i = 0; i <= runs; i++) {
    for (const [name, args] of Object.entries(commands)) {
      const start = performance.now();
      execFileSync(process.execPath, args, { stdio: "pipe" });
      // The first round warms the file cache and is not counted.
      if (i > 0) samples[name]?.push(performance.now() - start);
    }
  }
  return {
    node: timing(samples.node ?? []),
    help: timing(samples.help ?? []),
    score: timing(samples.score ?? []),
  };
}
