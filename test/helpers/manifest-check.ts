/**
 * Offline checks of an add-in manifest: what the online validator would catch for us, and the
 * shared-runtime rules it does not check. Returns the problems found; an empty list is a pass.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

export const ICON_SIZES = [16, 32, 64, 80, 128];

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = "89504e470d0a1a0a";
  if (bytes.subarray(0, 8).toString("hex") !== signature) throw new Error("not a PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function attributeValues(xml: string, attribute: string): string[] {
  return [...xml.matchAll(new RegExp(`\\b${attribute}="([^"]*)"`, "g"))].map((m) => m[1] ?? "");
}

function definedResourceIds(xml: string): Set<string> {
  const resources = /<Resources>([\s\S]*)<\/Resources>/.exec(xml)?.[1] ?? "";
  return new Set(
    [...resources.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1] ?? ""),
  );
}

function residOf(xml: string, pattern: RegExp): string | undefined {
  return pattern.exec(xml)?.[1];
}

export interface ManifestCheckOptions {
  /** Where the icons live on disk, to check they exist with the size they claim. */
  assetsDir: string;
  /** The URL prefix every add-in URL must start with (the dev server or the production base). */
  baseUrl: string;
  /** Action names the commands file associates (Office.actions.associate), when known. */
  associatedActions?: string[] | undefined;
}

export function manifestProblems(xml: string, options: ManifestCheckOptions): string[] {
  const problems: string[] = [];
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true)
    return [`not well formed: ${wellFormed.err.msg} (line ${wellFormed.err.line})`];
  const doc = new XMLParser({ ignoreAttributes: false }).parse(xml) as Record<string, unknown>;
  if (!doc["OfficeApp"]) problems.push("no <OfficeApp> root");

  const defined = definedResourceIds(xml);
  for (const resid of attributeValues(xml, "resid")) {
    if (!defined.has(resid)) problems.push(`resid "${resid}" is not defined in <Resources>`);
  }
  const functionFile = residOf(xml, /<FunctionFile resid="([^"]+)"/);
  const runtime = residOf(xml, /<Runtime resid="([^"]+)"/);
  const page = residOf(xml, /<Page>\s*<SourceLocation resid="([^"]+)"/);
  const taskpane = residOf(
    xml,
    /<Action xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation resid="([^"]+)"/,
  );
  const runtimeIds = {
    Runtime: runtime,
    Page: page,
    FunctionFile: functionFile,
    ShowTaskpane: taskpane,
  };
  for (const [where, id] of Object.entries(runtimeIds)) {
    if (id === undefined) problems.push(`no ${where} resid`);
    else if (id !== runtime)
      problems.push(`${where} uses resid "${id}", the runtime is "${runtime}"`);
  }
  if (!/<Set Name="SharedRuntime" MinVersion="1.1"\s*\/>/.test(xml))
    problems.push("SharedRuntime 1.1 is not required");
  if (!/<Permissions>ReadWriteDocument<\/Permissions>/.test(xml))
    problems.push("permission is not ReadWriteDocument");
  const hosts = [...xml.matchAll(/<Host Name="([^"]+)"/g)].map((m) => m[1]);
  if (hosts.join() !== "Workbook")
    problems.push(`hosts should be Workbook only, found ${hosts.join()}`);

  const namespaceId = residOf(xml, /<Namespace resid="([^"]+)"/);
  const namespace =
    namespaceId &&
    residOf(xml, new RegExp(`<bt:String id="${namespaceId}" DefaultValue="([^"]+)"`));
  if (namespace !== "GOVRANK")
    problems.push(`custom functions namespace is "${namespace}", expected GOVRANK`);
  if (namespace && !/^[A-Za-z][A-Za-z0-9.]{0,31}$/.test(namespace))
    problems.push(`namespace "${namespace}" is not valid`);

  const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(\w+:\/\/[^"]*)"/g)].map(
    (m) => m[1] ?? "",
  );
  for (const url of urls) {
    if (!url.startsWith("https://")) problems.push(`URL is not https: ${url}`);
    else if (!url.startsWith(options.baseUrl))
      problems.push(`URL is not under ${options.baseUrl}: ${url}`);
  }

  // Icons: every image that states a size must be a PNG of that size; IconUrl is 32, HighRes 64.
  const sized = [...xml.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"/g)].map((m) => ({
    size: Number(m[1]),
    url: residOf(xml, new RegExp(`<bt:Image id="${m[2]}" DefaultValue="([^"]+)"`)) ?? "",
  }));
  sized.push({ size: 32, url: residOf(xml, /<IconUrl DefaultValue="([^"]+)"/) ?? "" });
  sized.push({
    size: 64,
    url: residOf(xml, /<HighResolutionIconUrl DefaultValue="([^"]+)"/) ?? "",
  });
  for (const { size, url } of sized) {
    const file = join(options.assetsDir, url.split("/").pop() ?? "");
    if (!existsSync(file)) {
      problems.push(`icon ${url} does not exist at ${file}`);
      continue;
    }
    const actual = pngSize(readFileSync(file));
    if (actual.width !== size || actual.height !== size) {
      problems.push(`icon ${url} is ${actual.width}×${actual.height}, the manifest says ${size}`);
    }
  }

  // Every ExecuteFunction must name an action the commands file associates.
  for (const m of xml.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)) {
    const name = m[1] ?? "";
    if (options.associatedActions && !options.associatedActions.includes(name))
      problems.push(`ribbon function "${name}" is not associated in commands.ts`);
  }

  // Chinese by default, English for every user-visible string.
  if (!/<DefaultLocale>zh-CN<\/DefaultLocale>/.test(xml))
    problems.push("default locale is not zh-CN");
  for (const m of xml.matchAll(
    /<bt:String id="([^"]+)" DefaultValue="[^"]*"(\/>|>([\s\S]*?)<\/bt:String>)/g,
  )) {
    if (m[1] === namespaceId) continue;
    if (!/<bt:Override Locale="en-US"/.test(m[3] ?? ""))
      problems.push(`string ${m[1]} has no en-US override`);
  }
  return problems;
}
