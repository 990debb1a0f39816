/**
 * The classes keep-shape.ts keeps an instance of must keep their optimised methods across a full
 * collection: run after run, a full collection between, V8 must not throw their code away for
 * "weak objects" (their hidden class dying with the run's instances). Read from V8's own deopt
 * trace, in a process of its own (keep-shape.child.ts). Without the kept instances the trace
 * names their methods after every collection (checked when this was written, with keepShape made
 * to keep nothing: input, measure, raw, number, decimal, text, room, byte, ascii). inputHash, the
 * digest's loop, must not be thrown away for any reason once Node's Hash is kept (without it:
 * once for weak objects and twice for feedback the collection cleared, in the run checked).
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
    // A function watched whole is not deoptimised for any reason after the marker.
    const functions = JSON.parse(/^FUNCTIONS (.*)$/m.exec(out)?.[1] ?? "[]") as string[];
    expect(functions).toContain("inputHash");
    const deoptimised = [
      ...watched.matchAll(/<SharedFunctionInfo ([^>]*)>\)[^\n]*reason: weak objects/g),
      ...watched.matchAll(/\[bailout \(kind: [^\n]*deoptimizing \S+ <JSFunction (\S+) /g),
    ]
      .map((m) => m[1] as string)
      .filter((name) => functions.includes(name));
    expect(deoptimised).toEqual([]);
  }, 150_000);
});
