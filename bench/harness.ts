/**
 * A small benchmark harness: warm up, repeat, report the median and the spread (min–max), the
 * same way each time. Peak memory is measured in a child process (its maximum resident set),
 * so one measurement's garbage does not blur the next.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";

export interface Timing {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export async function time(
  run: () => unknown,
  options: { warmup?: number; runs?: number } = {},
): Promise<Timing> {
  const warmup = options.warmup ?? 1;
  const runs = options.runs ?? 5;
  for (let i = 0; i < warmup; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples), runs };
}

export function ms(t: Timing): string {
  const f = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
  return `${f(t.median)} ms (${f(t.min)}–${f(t.max)}, ${t.runs} runs)`;
}

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Runs bench/<script> in a fresh Node (through tsx) and returns the JSON it prints last. */
export function child<T>(script: string, args: string[], heapMb = 4096): T {
  const out = execFileSync(
    process.execPath,
    [
      `--max-old-space-size=${heapMb}`,
      "--expose-gc",
      // tsx's loader for require and import() alike (the CLI loads its commands with import()).
      "--import",
      "tsx",
      join(__dirname, script),
      ...args,
    ],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  const last = out.trim().split("\n").pop() ?? "{}";
  return JSON.parse(last) as T;
}

/** Peak resident memory of this process so far (bytes). */
export function peakRss(): number {
  return process.resourceUsage().maxRSS * 1024;
}
