/**
 * The classes keep-shape.ts keeps an instance of must keep their optimised methods across a full
 * collection: run after run, a full collection between, V8 must not throw their code away for
 * "weak objects" (their hidden class dying with the run's instances). Read from V8's own deopt
 * trace, in a process of its own (keep-shape.child.ts). Without the kept instances the trace
 * names their methods after every collection (checked when this was written, with keepShape made
 * to keep nothing: input, measure, raw, number, decimal, text, room, byte, ascii).
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

describe("keepShape", () => {
  it("keeps the kept classes' optimised methods through full collections", () => {
    const child = spawnSync(
      process.execPath,
      ["--import", "tsx", "--expose-gc", "--trace-deopt", join(__dirname, "keep-shape.child.ts")],
      { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
    );
    expect(child.status).toBe(0);
    const out = child.stdout;
    expect(out).toContain("DONE");
    const methods = new Set<string>(
      JSON.parse(/^METHODS (.*)$/m.exec(out)?.[1] ?? "[]") as string[],
    );
    expect(methods.has("add")).toBe(true);
    const watched = out.slice(out.indexOf("WATCH"));
    const thrownAway = [
      ...watched.matchAll(/<SharedFunctionInfo ([^>]*)>\)[^\n]*reason: weak objects/g),
    ]
      .map((m) => m[1] as string)
      .filter((name) => methods.has(name));
    expect(thrownAway).toEqual([]);
  }, 150_000);
});
