/**
 * The unified (JSON) manifest the production build makes from manifest.xml, against Microsoft's
 * official JSON schemas as @microsoft/app-manifest ships them (offline: the schema files in the
 * package, not the URL in $schema), validated with that package's own validator; broken variants
 * must fail. It must say what manifest.xml says (one source), point at the production base URL,
 * carry the custom functions functions.json describes, and ship as an app package that holds the
 * manifest, its English strings and the two package icons at the sizes Microsoft asks for.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { DECLARED } from "../src/excel/requirements";
import { ensureProductionBuild, TEST_BASE_URL } from "./helpers/build";
import { pngSize } from "./helpers/manifest-check";

const SCHEMAS = join(
  __dirname,
  "..",
  "node_modules",
  "@microsoft",
  "app-manifest",
  "build",
  "json-schemas",
  "teams",
);

type Json = Record<string, unknown>;
const VALIDATOR = join(__dirname, "helpers", "validate-app-manifest.js");
const scratch = mkdtempSync(join(tmpdir(), "govrank-manifest-"));

/** Each document's errors against one of Microsoft's schemas ([] when valid). */
function errors(schemaFile: string, ...documents: Json[]): string[][] {
  const files = documents.map((document, i) => {
    const file = join(scratch, `${i}.json`);
    writeFileSync(file, JSON.stringify(document));
    return file;
  });
  const schemaPath = join(SCHEMAS, `v${version}`, schemaFile);
  return JSON.parse(
    execFileSync(process.execPath, [VALIDATOR, schemaPath, ...files], { encoding: "utf8" }),
  ) as string[][];
}

let manifest: Json;
let english: Json;
let functions: { functions: { id: string }[] };
let pkg: JSZip;
let version = "";

beforeAll(async () => {
  const dist = await ensureProductionBuild();
  manifest = JSON.parse(readFileSync(join(dist, "manifest.json"), "utf8")) as Json;
  english = JSON.parse(readFileSync(join(dist, "en-us.json"), "utf8")) as Json;
  functions = JSON.parse(readFileSync(join(dist, "functions.json"), "utf8")) as typeof functions;
  pkg = await JSZip.loadAsync(readFileSync(join(dist, "govrank-m365.zip")));
  version = String(manifest["manifestVersion"]);
}, 240_000);

const extension = () => (manifest["extensions"] as Json[])[0] as Json;

describe("dist/manifest.json against Microsoft's schema", () => {
  it("validates, and its English strings validate against the localization schema", () => {
    expect(errors("MicrosoftTeams.schema.json", manifest)).toEqual([[]]);
    expect(errors("MicrosoftTeams.Localization.schema.json", english)).toEqual([[]]);
  });

  it.each([
    ["no developer", (m: Json) => ({ ...m, developer: undefined })],
    ["a short name over 30 characters", (m: Json) => ({ ...m, name: { short: "部".repeat(31) } })],
    ["an unknown property", (m: Json) => ({ ...m, ribbonz: [] })],
    [
      "a requirement without a name",
      (m: Json) => ({
        ...m,
        extensions: [{ ...extension(), requirements: { capabilities: [{ minVersion: "1.9" }] } }],
      }),
    ],
  ])("rejects a variant with %s", (_what, change) => {
    const broken = JSON.parse(JSON.stringify(change(manifest))) as Json;
    expect(errors("MicrosoftTeams.schema.json", broken)[0]?.length).toBeGreaterThan(0);
  });
});

describe("in step with manifest.xml", () => {
  const xml = readFileSync(join(__dirname, "..", "manifest.xml"), "utf8");

  it("has the XML's id, version, names and requirement sets", () => {
    expect(manifest["id"]).toBe(/<Id>([^<]+)<\/Id>/.exec(xml)?.[1]);
    expect(`${String(manifest["version"])}.0`).toBe(/<Version>([^<]+)<\/Version>/.exec(xml)?.[1]);
    expect(manifest["name"]).toMatchObject({ short: "部门排名" });
    expect(english["name.short"]).toBe("govrank — department rankings");
    const requirements = extension()["requirements"] as { capabilities: unknown };
    expect(requirements.capabilities).toEqual(
      DECLARED.map((s) => ({ name: s.name, minVersion: s.version })),
    );
  });

  it("points every URL at the production base and carries every custom function", () => {
    const urls = JSON.stringify(manifest).match(/https:\/\/[^"]+/g) ?? [];
    const own = urls.filter((u) => !u.startsWith("https://developer.microsoft.com/json-schemas/"));
    expect(own.length).toBeGreaterThan(5);
    expect(own.filter((u) => !u.startsWith(TEST_BASE_URL))).toEqual([]);
    const runtime = (extension()["runtimes"] as Json[])[0] as Json;
    expect(runtime["code"]).toEqual({
      page: `${TEST_BASE_URL}taskpane.html`,
      script: `${TEST_BASE_URL}functions.js`,
    });
    const custom = runtime["customFunctions"] as { namespace: Json; functions: { id: string }[] };
    expect(custom.namespace).toEqual({ id: "GOVRANK", name: "GOVRANK" });
    expect(custom.functions.map((f) => f.id)).toEqual(functions.functions.map((f) => f.id));
    expect((runtime["actions"] as Json[]).map((a) => a["id"])).toEqual([
      "GovRank.Taskpane",
      "rerunReport",
    ]);
  });

  it("ships as an app package with the manifest, its strings and the two package icons", async () => {
    expect(
      Object.keys(pkg.files)
        .filter((f) => !f.endsWith("/"))
        .sort(),
    ).toEqual(["assets/icon-192.png", "assets/icon-outline-32.png", "en-us.json", "manifest.json"]);
    expect(JSON.parse(await (pkg.file("manifest.json")?.async("string") ?? "{}"))).toEqual(
      manifest,
    );
    const color = await pkg.file("assets/icon-192.png")?.async("nodebuffer");
    const outline = await pkg.file("assets/icon-outline-32.png")?.async("nodebuffer");
    expect(color && pngSize(color)).toEqual({ width: 192, height: 192 });
    expect(outline && pngSize(outline)).toEqual({ width: 32, height: 32 });
  });
});
