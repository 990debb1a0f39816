/**
 * manifest.xml and the production build's dist/manifest.xml against Microsoft's published XSDs
 * (test/fixtures/office-addin-manifest, with libxml2's xmllint), offline: Excel on the web's Upload
 * My Add-in and the admin centre reject a manifest these schemas reject. Broken variants prove the
 * check can fail. The requirement sets declared are the ones src/excel/requirements.ts names.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DECLARED } from "../src/excel/requirements";
import { ensureProductionBuild } from "./helpers/build";

const ROOT = join(__dirname, "..");
const XSD = join(__dirname, "fixtures", "office-addin-manifest", "OfficeAppManifestV1_1.xsd");
const source = readFileSync(join(ROOT, "manifest.xml"), "utf8");

/** xmllint's verdict on a manifest's text: "" when valid, else its first error. */
function schemaErrors(xml: string): string {
  const result = spawnSync("xmllint", ["--noout", "--schema", XSD, "-"], {
    input: xml,
    encoding: "utf8",
  });
  if (result.error) throw result.error;
  if (result.status === 0) return "";
  return result.stderr.split("\n").find((line) => / error /.test(line)) ?? result.stderr;
}

describe("the manifest against Microsoft's XSD", () => {
  it("manifest.xml validates", () => {
    expect(schemaErrors(source)).toBe("");
  });

  it("the production build's manifest validates", async () => {
    const dist = await ensureProductionBuild();
    expect(schemaErrors(readFileSync(join(dist, "manifest.xml"), "utf8"))).toBe("");
  }, 240_000);

  it.each([
    ["an empty AppDomains", source.replace("<Hosts>", "<AppDomains/>\n  <Hosts>"), "AppDomain"],
    ["a missing Id", source.replace(/<Id>[^<]*<\/Id>/, ""), "Id"],
    [
      "a version that is not a version",
      source.replace("<Version>0.1.0.0", "<Version>v0.1"),
      "Version",
    ],
    ["an element Office does not know", source.replace("<Hosts>", "<Hostz/>\n  <Hosts>"), "Hostz"],
    [
      "a requirement set without a name",
      source.replace('<Set Name="ExcelApi" MinVersion="1.9"/>', '<Set MinVersion="1.9"/>'),
      "Name",
    ],
    [
      "a ribbon control of an unknown type",
      source.replace(
        '<Control xsi:type="Button" id="GovRank.Rerun">',
        '<Control xsi:type="Knob" id="GovRank.Rerun">',
      ),
      "Knob",
    ],
  ])("rejects %s", (_what, broken, mentioned) => {
    const error = schemaErrors(broken);
    expect(error).not.toBe("");
    expect(error).toContain(mentioned);
  });

  it("declares exactly the requirement sets the code needs", () => {
    const sets = [...source.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"\/>/g)].map((m) => ({
      name: m[1],
      version: m[2],
    }));
    expect(sets).toEqual(DECLARED);
  });
});
