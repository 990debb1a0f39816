import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ensureProductionBuild, TEST_BASE_URL } from "../helpers/build";
import { manifestProblems } from "../helpers/manifest-check";

let dist = "";
beforeAll(async () => {
  dist = await ensureProductionBuild();
}, 240_000);

describe("the production build", () => {
  it("hosts the functions, the commands and the task pane in one taskpane.html", () => {
    const html = readFileSync(join(dist, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)/g)].map((m) => m[1] ?? "");
    // office.js first; then the three entries in order, each after the shared chunks it needs.
    expect(scripts[0]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    // The core is one shared chunk (core.js), loaded before the entries that use it.
    expect(scripts.filter((s) => /^[a-z]+\.js$/.test(s))).toEqual([
      "core.js",
      "functions.js",
      "commands.js",
      "taskpane.js",
    ]);
    for (const script of scripts.slice(1)) expect(existsSync(join(dist, script))).toBe(true);
  });

  it("generates functions.json from functions.ts and associates each function", () => {
    const metadata = JSON.parse(readFileSync(join(dist, "functions.json"), "utf8")) as {
      functions: {
        id: string;
        description: string;
        result: { dimensionality?: string };
        parameters: { name: string; dimensionality?: string; optional?: boolean }[];
      }[];
    };
    const ids = metadata.functions.map((f) => f.id);
    expect(ids).toEqual([
      "RATE",
      "GROWTH",
      "HOTLINE_SCORE",
      "GAP",
      "COMPOSITE",
      "GRADE",
      "RANK",
      "GROUPRANK",
      "BCI",
      "WCI",
      "PARSE",
    ]);
    const byId = new Map(metadata.functions.map((f) => [f.id, f]));
    const params = (id: string) =>
      byId.get(id)?.parameters.map((p) => `${p.name}${p.optional ? "?" : ""}`);
    expect(params("RATE")).toEqual(["numerator", "denominator", "zero_as?"]);
    expect(params("HOTLINE_SCORE")).toEqual(["due", "handled", "late", "rework", "satisfaction"]);
    expect(params("GRADE")).toEqual(["score", "bands?"]);
    expect(params("RANK")).toEqual(["value_or_range", "range", "descending?", "method?"]);
    expect(params("GROUPRANK")).toEqual(["values", "groups", "descending?", "method?"]);
    expect(params("WCI")).toHaveLength(11);
    // RANK and GROUPRANK spill: their results (and their ranges) are matrices.
    expect(byId.get("RANK")?.result.dimensionality).toBe("matrix");
    expect(byId.get("GROUPRANK")?.result.dimensionality).toBe("matrix");
    expect(byId.get("RANK")?.parameters[1]?.dimensionality).toBe("matrix");
    expect(byId.get("GRADE")?.result.dimensionality).toBeUndefined();
    // One language in the metadata: every description carries Chinese and English.
    for (const f of metadata.functions)
      expect(f.description).toMatch(/[\u4e00-\u9fff].*[A-Za-z]{3}/);
    const code = readFileSync(join(dist, "functions.js"), "utf8");
    for (const id of ids) expect(code).toContain(`CustomFunctions.associate("${id}"`);
  });

  it("rewrites the manifest to the base URL given at build time", () => {
    const manifest = readFileSync(join(dist, "manifest.xml"), "utf8");
    expect(manifest).not.toContain("localhost");
    expect(manifest).toContain(`${TEST_BASE_URL}taskpane.html`);
    expect(
      manifestProblems(manifest, { assetsDir: join(dist, "assets"), baseUrl: TEST_BASE_URL }),
    ).toEqual([]);
  });
});
