/** Reads one workbook as `govrank` does and prints the time and the memory it took (a child). */
import { readInput } from "../src/cli/read-input";

async function run(): Promise<void> {
  const path = process.argv[2] ?? "";
  const before = process.memoryUsage().rss;
  const start = performance.now();
  const input = await readInput(path);
  const ms = performance.now() - start;
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(
    JSON.stringify({
      ms,
      rows: input.grid.values.length,
      ignored: input.ignored?.length ?? 0,
      peakRss: peak,
      baselineRss: before,
    }),
  );
}

void run();
