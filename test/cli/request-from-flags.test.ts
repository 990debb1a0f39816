/**
 * One run request: the command line's flags and the task pane's settings that mean the same thing
 * give the same request, option by option — so everything the pane can set, the command line can
 * set, and the reverse. A flag or a setting added without a case here fails the coverage checks.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { PREVIOUS_OPTIONS } from "../../src/cli/previous-period";
import { requestFromFlags, SCORING_OPTIONS, UsageError } from "../../src/cli/scoring-options";
import { scoringFromSettings } from "../../src/core/run/scoring-from-settings";
import { builtinScheme } from "../../src/core/schemes/builtin";
import { namedCopy, withTopWeight, withZeroPolicy } from "../../src/core/schemes/scheme-edits";
import type { Scheme } from "../../src/core/schemes/scheme";
import {
  DEFAULT_SETTINGS,
  RunSettingsSchema,
  type RunSettings,
} from "../../src/core/settings/run-settings";

const composite = builtinScheme("hotline-composite") as Scheme;
const REPORT_OPTIONS = {
  ...SCORING_OPTIONS,
  ...PREVIOUS_OPTIONS,
  title: { type: "string" },
  top: { type: "string" },
  board: { type: "string" },
  "live-formulas": { type: "boolean" },
  "no-charts": { type: "boolean" },
  "no-analysis": { type: "boolean" },
} as const;

/** The request the command line makes of these flags (as `govrank report` parses them). */
async function fromFlags(args: string[]): Promise<RunSettings> {
  const { values } = parseArgs({ args, options: REPORT_OPTIONS, allowPositionals: true });
  const made = await requestFromFlags(values);
  if (!made.ok) throw new Error(made.problems.join("; "));
  return made.request;
}

/** The request the pane saves after the clerk sets this (the pane patches the settings). */
function fromPane(patch: Partial<RunSettings>): RunSettings {
  return RunSettingsSchema.parse({ ...DEFAULT_SETTINGS, ...patch });
}

/** Each case: the pane's patch, the flags that mean the same, and the request keys it sets. */
const CASES: [string, Partial<RunSettings>, string[]][] = [
  ["a published scheme", { schemeId: "weibo-bci" }, ["--scheme", "weibo-bci"]],
  ["a column mapping", { mapping: { due: "应办件" } }, ["--map", "due=应办件"]],
  ["a group column", { mapping: { group: "分组" } }, ["--group-by", "分组"]],
  ["an order", { sortKey: { key: "due", direction: "desc" } }, ["--sort-by", "due"]],
  [
    "an ascending order",
    { sortKey: { key: "reworkRate", direction: "asc" } },
    ["--sort-by", "reworkRate"],
  ],
  ["dense ranks", { rankMethod: "dense" }, ["--rank", "dense"]],
  ["grade bands", { grades: "A:90,B:80,C" }, ["--grades", "A:90,B:80,C"]],
  ["days", { days: 28 }, ["--days", "28"]],
  ["units under assessment", { population: 92 }, ["--population", "92"]],
  ["the 红黑榜's length", { board: 3 }, ["--board", "3"]],
  [
    "a ticket log's rules, period and cut-off",
    {
      tickets: {
        rulesId: "tickets-monthly",
        from: "2022-01-01",
        to: "2022-01-31",
        cutoff: "2022-02-06",
        previousFigures: {},
      },
    },
    [
      "--rules",
      "tickets-monthly",
      "--from",
      "2022-01-01",
      "--to",
      "2022-01-31",
      "--cutoff",
      "2022-02-06",
    ],
  ],
  [
    "last period's figures typed in",
    { tickets: { previousFigures: { received: 64085, replied: 136 } } },
    ["--previous-figure", "received=64085", "--previous-figure", "replied=136"],
  ],
  [
    "a weight",
    { schemeId: "hotline-composite", customScheme: withTopWeight(composite, 1, 40) },
    ["--scheme", "hotline-composite", "--weight", "onTimeRate=40"],
  ],
  [
    "a weight named as the pane names it",
    { schemeId: "hotline-composite", customScheme: withTopWeight(composite, 1, 40) },
    ["--scheme", "hotline-composite", "--weight", "按期办结率=40"],
  ],
  [
    "a zero-denominator rule",
    {
      schemeId: "hotline-composite",
      customScheme: withZeroPolicy(composite, "reworkRate", "blank"),
    },
    ["--scheme", "hotline-composite", "--zero", "reworkRate=blank"],
  ],
  ["a title", { title: "二季度综合评价" }, ["--title", "二季度综合评价"]],
  ["the top N", { top: 5 }, ["--top", "5"]],
  ["live formulas", { liveFormulas: true }, ["--live-formulas"]],
  ["no charts", { charts: false }, ["--no-charts"]],
  ["no analysis sheet", { analysis: false }, ["--no-analysis"]],
  ["English output", { lang: "en" }, ["--lang", "en"]],
  ["last period's sheet", { previousSheet: "上季度" }, ["--previous-sheet", "上季度"]],
  [
    "last period's own columns",
    { previousMapping: { rework: "退回件数" } },
    ["--previous-map", "rework=退回件数"],
  ],
  [
    "renamed units",
    { renames: { 市规划局: "市自然资源局" } },
    ["--rename", "市规划局=市自然资源局"],
  ],
  ["month on month", { basis: "mom" }, ["--basis", "mom"]],
  ["year on year", { basis: "yoy" }, ["--basis", "yoy"]],
];

describe("the command line's flags and the pane's settings make one request", () => {
  it.each(CASES)("%s", async (_what, patch, flags) => {
    expect(await fromFlags(flags)).toEqual(fromPane(patch));
  });

  it("a scheme of the clerk's own: a file on the command line, a saved scheme in the pane", async () => {
    const own = namedCopy(withTopWeight(composite, 0, 25), "我的方案", []);
    const file = join(mkdtempSync(join(tmpdir(), "govrank-request-")), "own.json");
    writeFileSync(file, JSON.stringify(own));
    const cli = await fromFlags(["--scheme-file", file]);
    const pane = fromPane({ schemeId: own.id });
    // The pane keeps its schemes in the workbook, the command line reads the file: same scheme.
    expect(scoringFromSettings(cli, []).options.scheme).toEqual(
      scoringFromSettings(pane, [own]).options.scheme,
    );
  });

  it("covers every flag and every setting", () => {
    const used = new Set(CASES.flatMap(([, , flags]) => flags.filter((f) => f.startsWith("--"))));
    const flags = Object.keys(REPORT_OPTIONS).map((f) => `--${f}`);
    // --sheet chooses what to read and --help asks for help; --previous names the file (a pane
    // compares within its workbook); --scheme-file is the case above.
    expect(flags.filter((f) => !used.has(f)).sort()).toEqual(
      // --engine, --db and --table say where and by whom a log is counted, not how.
      ["--db", "--engine", "--help", "--previous", "--scheme-file", "--sheet", "--table"].sort(),
    );
    const settings = new Set(CASES.flatMap(([, patch]) => Object.keys(patch)));
    expect(
      Object.keys(RunSettingsSchema.shape)
        .filter((k) => !settings.has(k))
        .sort(),
    ).toEqual(["previousFile", "version"].sort());
  });

  it("refuses edits that name nothing the scheme has, saying what it has", async () => {
    await expect(fromFlags(["--weight", "onTimeRate=40"])).rejects.toThrow(UsageError);
    await expect(
      fromFlags(["--scheme", "hotline-composite", "--weight", "speed=40"]),
    ).rejects.toThrow(/不认识“speed”.*1 办结率/);
    await expect(
      fromFlags(["--scheme", "hotline-composite", "--zero", "reworkRate=maybe"]),
    ).rejects.toThrow(/error、zero、full、blank/);
    await expect(fromFlags(["--grades", "A:90,B:95,C"])).rejects.toThrow(/--grades 有误/);
  });
});
