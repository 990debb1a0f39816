/**
 * The unified (JSON) manifest for Microsoft 365, made from manifest.xml so that the names, URLs,
 * icons, requirement sets and strings have one source. manifest.xml stays what every Office reads
 * (perpetual Office 2021/2024 need it); Microsoft 365 on the web, Windows and Mac also takes this
 * one. The webpack build writes dist/manifest.json, dist/en-us.json (the English strings) and
 * dist/govrank-m365.zip (the app package to upload); test/unified-manifest.test.ts validates them
 * against Microsoft's schemas in @microsoft/app-manifest.
 *
 * What the XML does not say is set here: the developer's links (the support URL serves for all),
 * the accent colour, and the two package icons (assets/icon-192.png, assets/icon-outline-32.png).
 */
const { XMLParser } = require("fast-xml-parser");

/** The schema version: the first with custom functions in the unified manifest. */
const MANIFEST_VERSION = "1.23";
const SCHEMA = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;
const LOCALIZATION_SCHEMA = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json`;
const ACCENT = "#107C41";
const PACKAGE_ICONS = { color: "assets/icon-192.png", outline: "assets/icon-outline-32.png" };
const ENGLISH = "en-US";
/** What the XML's permission asks for, in the unified manifest's words. */
const PERMISSIONS = {
  ReadWriteDocument: "Document.ReadWrite.User",
  ReadDocument: "Document.Read.User",
};

/** A description cut to the schema's short limit at a clause boundary (the full one stays whole). */
function shortText(text, limit) {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  const at = Math.max(...["，", ",", "、", "；", ";", "。"].map((mark) => cut.lastIndexOf(mark)));
  return at > limit / 3 ? cut.slice(0, at) : `${cut.slice(0, limit - 1)}…`;
}

const asArray = (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

function parse(xml) {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    removeNSPrefix: true,
  });
  const doc = parser.parse(xml).OfficeApp;
  if (!doc) throw new Error("manifest.xml has no <OfficeApp>");
  return doc;
}

/** A localisable value: its default text and its English override, if any. */
function localised(node) {
  const override = asArray(node.Override).find((o) => o["@Locale"] === ENGLISH);
  return { text: node["@DefaultValue"], en: override?.["@Value"] };
}

function resources(overrides) {
  const res = overrides.Resources;
  const byId = new Map();
  for (const group of ["Images", "Urls"])
    for (const item of asArray(res[group]?.[group.slice(0, -1)]))
      byId.set(item["@id"], { text: item["@DefaultValue"] });
  for (const group of ["ShortStrings", "LongStrings"])
    for (const item of asArray(res[group]?.String)) {
      const override = asArray(item.Override).find((o) => o["@Locale"] === ENGLISH);
      byId.set(item["@id"], { text: item["@DefaultValue"], en: override?.["@Value"] });
    }
  return (resid) => {
    const value = byId.get(resid);
    if (!value) throw new Error(`manifest.xml: resid "${resid}" is not defined`);
    return value;
  };
}

/** functions.json's entries as the unified manifest lists them (the same metadata, inline). */
function manifestFunctions(metadata) {
  return metadata.functions.map((fn) => ({
    id: fn.id,
    name: fn.name,
    description: fn.description,
    parameters: fn.parameters.map((p) => ({
      name: p.name,
      ...(p.description ? { description: p.description } : {}),
      ...(p.type ? { type: p.type } : {}),
      ...(p.dimensionality ? { dimensionality: p.dimensionality } : {}),
      ...(p.optional ? { optional: true } : {}),
    })),
    result: fn.result?.dimensionality ? { dimensionality: fn.result.dimensionality } : {},
  }));
}

/**
 * @param {string} xml manifest.xml, its URLs already pointing where the add-in is served
 * @param {{ functions: object[] }} metadata functions.json, as the custom-functions plugin wrote it
 * @returns {{ manifest: object, localizations: Record<string, object> }}
 */
function unifiedManifest(xml, metadata) {
  const doc = parse(xml);
  const overrides = doc.VersionOverrides;
  const resource = resources(overrides);
  const host = asArray(overrides.Hosts.Host)[0];
  const runtime = asArray(host.Runtimes.Runtime)[0];
  const functionsPoint = asArray(host.AllFormFactors.ExtensionPoint).find(
    (p) => p["@type"] === "CustomFunctions",
  );
  const desktop = host.DesktopFormFactor;
  const primary = asArray(desktop.ExtensionPoint).find(
    (p) => p["@type"] === "PrimaryCommandSurface",
  );
  const tab = primary.OfficeTab;
  const group = asArray(tab.Group)[0];
  const started = desktop.GetStarted;

  const name = localised(doc.DisplayName);
  const description = localised(doc.Description);
  const supportUrl = doc.SupportUrl["@DefaultValue"];
  const version = String(doc.Version).split(".").slice(0, 3).join(".");
  const icons = (node) =>
    asArray(node.Image).map((image) => ({
      size: Number(image["@size"]),
      url: resource(image["@resid"]).text,
    }));
  const en = {};
  const say = (path, value, limit) => {
    const fit = (text) => (limit === undefined ? text : shortText(text, limit));
    if (value.en !== undefined) en[path] = fit(value.en);
    return fit(value.text);
  };

  const actions = [];
  const controls = asArray(group.Control).map((control, c) => {
    const action = control.Action;
    const actionId = action["@type"] === "ShowTaskpane" ? action.TaskpaneId : action.FunctionName;
    if (!actions.some((a) => a.id === actionId))
      actions.push(
        action["@type"] === "ShowTaskpane"
          ? { id: actionId, type: "openPage", view: actionId, pinnable: false }
          : { id: actionId, type: "executeFunction" },
      );
    const at = `extensions[0].ribbons[0].tabs[0].groups[0].controls[${c}]`;
    return {
      id: control["@id"],
      type: "button",
      label: say(`${at}.label`, resource(control.Label["@resid"])),
      icons: icons(control.Icon),
      supertip: {
        title: say(`${at}.supertip.title`, resource(control.Supertip.Title["@resid"])),
        description: say(
          `${at}.supertip.description`,
          resource(control.Supertip.Description["@resid"]),
        ),
      },
      actionId,
    };
  });

  const sets = asArray(doc.Requirements?.Sets?.Set).map((set) => ({
    name: set["@Name"],
    minVersion: set["@MinVersion"],
  }));

  const manifest = {
    $schema: SCHEMA,
    manifestVersion: MANIFEST_VERSION,
    version,
    id: doc.Id,
    localizationInfo: {
      defaultLanguageTag: String(doc.DefaultLocale).toLowerCase(),
      additionalLanguages: [
        { languageTag: ENGLISH.toLowerCase(), file: `${ENGLISH.toLowerCase()}.json` },
      ],
    },
    developer: {
      name: doc.ProviderName,
      websiteUrl: supportUrl,
      privacyUrl: supportUrl,
      termsOfUseUrl: supportUrl,
    },
    name: { short: say("name.short", name, 30), full: say("name.full", name, 100) },
    description: {
      short: say("description.short", description, 80),
      full: say("description.full", description, 4000),
    },
    icons: PACKAGE_ICONS,
    accentColor: ACCENT,
    authorization: {
      permissions: {
        resourceSpecific: [{ name: PERMISSIONS[doc.Permissions], type: "Delegated" }],
      },
    },
    extensions: [
      {
        requirements: { scopes: ["workbook"], capabilities: sets },
        runtimes: [
          {
            id: runtime["@resid"].replace(/\W/g, ""),
            type: "general",
            code: {
              page: resource(runtime["@resid"]).text,
              script: resource(functionsPoint.Script.SourceLocation["@resid"]).text,
            },
            lifetime: runtime["@lifetime"] === "long" ? "long" : "short",
            actions,
            customFunctions: {
              namespace: {
                id: resource(functionsPoint.Namespace["@resid"]).text,
                name: resource(functionsPoint.Namespace["@resid"]).text,
              },
              functions: manifestFunctions(metadata),
            },
          },
        ],
        ribbons: [
          {
            contexts: ["default"],
            tabs: [
              {
                builtInTabId: tab["@id"],
                groups: [
                  {
                    id: group["@id"],
                    label: say(
                      "extensions[0].ribbons[0].tabs[0].groups[0].label",
                      resource(group.Label["@resid"]),
                    ),
                    icons: icons(group.Icon),
                    controls,
                  },
                ],
              },
            ],
          },
        ],
        getStartedMessages: [
          {
            title: say(
              "extensions[0].getStartedMessages[0].title",
              resource(started.Title["@resid"]),
            ),
            description: say(
              "extensions[0].getStartedMessages[0].description",
              resource(started.Description["@resid"]),
            ),
            learnMoreUrl: resource(started.LearnMoreUrl["@resid"]).text,
          },
        ],
      },
    ],
  };
  return {
    manifest,
    localizations: { [`${ENGLISH.toLowerCase()}.json`]: { $schema: LOCALIZATION_SCHEMA, ...en } },
  };
}

module.exports = { unifiedManifest, PACKAGE_ICONS, MANIFEST_VERSION };
