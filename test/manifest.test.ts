import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ICON_SIZES, manifestProblems, pngSize } from "./helpers/manifest-check";

const root = join(__dirname, "..");
const source = readFileSync(join(root, "manifest.xml"), "utf8");
const commands = readFileSync(join(root, "src", "commands", "commands.ts"), "utf8");
const options = {
  assetsDir: join(root, "assets"),
  baseUrl: "https://localhost:3000/",
  // The names registerRibbonActions is given: `name: (event) => …`.
  associatedActions: [...commands.matchAll(/registerRibbonActions\(\{([^}]*)\}/g)].flatMap((m) =>
    [...(m[1] ?? "").matchAll(/(\w+):/g)].map((n) => n[1] ?? ""),
  ),
};

describe("manifest.xml", () => {
  it("passes every offline check", () => {
    expect(manifestProblems(source, options)).toEqual([]);
  });

  it("has the two Home-tab buttons: 部门排名 opens the pane, 重新生成 runs an associated action", () => {
    expect(source).toContain('<Control xsi:type="Button" id="GovRank.OpenPane">');
    expect(source).toContain('<Control xsi:type="Button" id="GovRank.Rerun">');
    expect(source).toContain("<FunctionName>rerunReport</FunctionName>");
    expect(options.associatedActions).toEqual(["rerunReport"]);
  });

  it("ships icons at every size Office asks for", () => {
    const files = readdirSync(options.assetsDir);
    for (const size of ICON_SIZES) {
      expect(files).toContain(`icon-${size}.png`);
      expect(pngSize(readFileSync(join(options.assetsDir, `icon-${size}.png`)))).toEqual({
        width: size,
        height: size,
      });
    }
  });

  // The checks must be able to fail: each broken variant is caught with a message that says why.
  it.each([
    [
      "an undefined resid",
      source.replace('resid="Group.Label"', 'resid="Group.Missing"'),
      'resid "Group.Missing" is not defined',
    ],
    [
      "a second runtime resid",
      source.replace(
        '<FunctionFile resid="Taskpane.Url"/>',
        '<FunctionFile resid="Functions.Script.Url"/>',
      ),
      "FunctionFile uses resid",
    ],
    [
      "an http URL",
      source.replace(
        "https://localhost:3000/functions.json",
        "http://localhost:3000/functions.json",
      ),
      "URL is not https",
    ],
    [
      "a bad namespace",
      source.replace('DefaultValue="GOVRANK"', 'DefaultValue="GOV RANK"'),
      "namespace",
    ],
    [
      "a wrong icon size",
      source.replace('size="80" resid="Icon.80x80"', 'size="64" resid="Icon.80x80"'),
      "the manifest says 64",
    ],
    [
      "a ribbon function nobody associates",
      source.replace(
        "<FunctionName>rerunReport</FunctionName>",
        "<FunctionName>rerun</FunctionName>",
      ),
      'ribbon function "rerun" is not associated',
    ],
    [
      "a missing English string",
      source.replace('<bt:Override Locale="en-US" Value="Rankings"/>', ""),
      "Group.Label has no en-US override",
    ],
    ["broken XML", source.replace("</OfficeApp>", ""), "not well formed"],
  ])("catches %s", (_name, broken, message) => {
    expect(manifestProblems(broken, options).join("\n")).toContain(message);
  });
});
