/**
 * The production build, made once per jest run however many test files need it. Test files run in
 * parallel workers, so the first one to take the lock (an atomic mkdir) builds; the others wait.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..");
export const TEST_DIST = join(ROOT, "test-artifacts", "dist");
export const TEST_BASE_URL = "https://intranet.example/govrank/";
const LOCK = join(ROOT, "test-artifacts", "dist.lock");
const STAMP = join(TEST_DIST, ".test-run");

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function builtByThisRun(runId: string): boolean {
  return existsSync(STAMP) && readFileSync(STAMP, "utf8") === runId;
}

export async function ensureProductionBuild(): Promise<string> {
  const runId = process.env.GOVRANK_TEST_RUN ?? "single";
  mkdirSync(join(ROOT, "test-artifacts"), { recursive: true });
  for (;;) {
    if (builtByThisRun(runId)) return TEST_DIST;
    try {
      mkdirSync(LOCK);
    } catch {
      await sleep(250);
      continue;
    }
    try {
      if (!builtByThisRun(runId)) {
        execFileSync(
          process.execPath,
          [
            join(ROOT, "node_modules", "webpack", "bin", "webpack.js"),
            "--mode",
            "production",
            "--output-path",
            TEST_DIST,
          ],
          { cwd: ROOT, env: { ...process.env, ADDIN_BASE_URL: TEST_BASE_URL }, stdio: "pipe" },
        );
        writeFileSync(STAMP, runId);
      }
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}
