// Validates JSON documents with @microsoft/app-manifest's own validator, in a plain Node process:
// the package loads an ES module (strip-bom) that jest's CommonJS runtime cannot, while Node 20
// requires it as is. Usage: node validate-app-manifest.js <schema.json> <document.json>…
// Prints one JSON array of error lists, one per document.
const { readFileSync } = require("node:fs");
const { ManifestUtil } = require("@microsoft/app-manifest");

const [schemaPath, ...documents] = process.argv.slice(2);
/*
 * The schema as published, with the two repairs its regular expressions need before a JavaScript
 * engine compiles them: `\a` (Microsoft's toolkit makes the same repair when it fetches a schema)
 * and a lone `]` after `\b`, which unicode-mode patterns reject.
 */
const schema = JSON.parse(
  readFileSync(schemaPath, "utf8")
    .replace(/\\a/g, "\\x07")
    .replace(/\\\\b\]/g, "\\\\b\\\\]"),
);
Promise.all(
  documents.map((file) =>
    ManifestUtil.validateManifestAgainstSchema(JSON.parse(readFileSync(file, "utf8")), schema),
  ),
).then(
  (results) => process.stdout.write(JSON.stringify(results)),
  (error) => {
    process.stderr.write(String(error && error.stack ? error.stack : error));
    process.exitCode = 1;
  },
);
