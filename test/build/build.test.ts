import { readFileSync } from "node:fs";
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
    const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)/g)].map((m) => m[1]);
    expect(scripts).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      "functions.js",
      "commands.js",
      "taskpane.js",
    ]);
  });

  it("generates functions.json from functions.ts and associates each function", () => {
    const metadata = JSON.parse(readFileSync(join(dist, "functions.json"), "utf8")) as {
      functions: { id: string }[];
    };
    const ids = metadata.functions.map((f) => f.id);
    expect(ids).toContain("RATE");
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
