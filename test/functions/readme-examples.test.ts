/**
 * The README's custom-function examples, run: each `=GOVRANK.NAME(…)` with literal arguments
 * (numbers, percents, text, TRUE/FALSE, array constants {a,b;c,d}) is called as Excel would call
 * it, and must give the result the README states. A new example in the README is tested without
 * further ado; one that cannot be run fails here.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as functions from "../../src/functions/functions";
import { installCustomFunctionsGlobal } from "../fakes/custom-functions";

installCustomFunctionsGlobal();

const ROOT = join(__dirname, "..", "..");
const readme = readFileSync(join(ROOT, "README.md"), "utf8");
const source = readFileSync(join(ROOT, "src", "functions", "functions.ts"), "utf8");

/** Excel name → exported function, from the @customfunction tags. */
const byName = new Map(
  [...source.matchAll(/@customfunction (\w+)[\s\S]*?export function (\w+)/g)].map((m) => [
    m[1] ?? "",
    (functions as Record<string, unknown>)[m[2] ?? ""] as (...args: unknown[]) => unknown,
  ]),
);

/** Splits on a separator outside quotes and braces. */
function split(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === "{") depth++;
    if (!quoted && ch === "}") depth--;
    if (!quoted && depth === 0 && ch === separator) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim());
}

function scalar(text: string): unknown {
  if (/^".*"$/.test(text)) return text.slice(1, -1);
  if (text === "TRUE" || text === "FALSE") return text === "TRUE";
  if (/%$/.test(text)) return Number(text.slice(0, -1)) / 100;
  return Number(text);
}

/** An argument as Excel passes it: a scalar, or an array constant as rows of cells. */
function argument(text: string): unknown {
  if (!text.startsWith("{")) return scalar(text);
  return text
    .slice(1, -1)
    .split(";")
    .map((row) => row.split(",").map((cell) => scalar(cell.trim())));
}

const section = readme.slice(
  readme.indexOf("## Excel 自定义函数"),
  readme.indexOf("## Use the add-in"),
);
const examples = [...section.matchAll(/`=GOVRANK\.(\w+)\((.*?)\)` → ([^|]+?)\s*\|/g)].map((m) => ({
  name: m[1] ?? "",
  args: m[2] ?? "",
  expected: (m[3] ?? "").replace(/\s*\(.*\)$/, "").trim(),
}));

describe("the README's custom-function examples", () => {
  it("has an example with a result for every function", () => {
    expect(examples.map((e) => e.name).sort()).toEqual([...byName.keys()].sort());
  });

  it.each(examples)("=GOVRANK.$name($args) → $expected", ({ name, args, expected }) => {
    const fn = byName.get(name);
    if (!fn) throw new Error(`no function ${name}`);
    const result = fn(...split(args, ",").map(argument));
    if (expected.startsWith("{")) {
      const rows = expected
        .slice(1, -1)
        .split(";")
        .map((r) => r.split(",").map(Number));
      expect(result).toEqual(rows);
    } else if (/^-?[\d.]+$/.test(expected)) {
      const decimals = expected.split(".")[1]?.length ?? 0;
      expect(result).toBeCloseTo(Number(expected), decimals);
    } else expect(result).toBe(expected);
  });
});
