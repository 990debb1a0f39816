/* eslint-disable */
// One page hosts everything (shared runtime): taskpane.html loads the custom functions, the ribbon
// commands and the task pane. The production build rewrites the manifest's dev-server URLs to
// ADDIN_BASE_URL, e.g. ADDIN_BASE_URL=https://intranet.example/govrank/ npm run build
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const webpack = require("webpack");
const fs = require("fs");
const JSZip = require("jszip");
const { version } = require("./package.json");
const { unifiedManifest, PACKAGE_ICONS } = require("./scripts/unified-manifest");

const DEV_URL = "https://localhost:3000/";

/** The base URL the production manifest points at; must be https and end with a slash. */
function productionBaseUrl() {
  const raw = process.env.ADDIN_BASE_URL || DEV_URL;
  const url = raw.endsWith("/") ? raw : `${raw}/`;
  if (!/^https:\/\//.test(url)) {
    throw new Error(
      `ADDIN_BASE_URL must start with https:// (Office loads add-ins only over HTTPS): ${raw}`,
    );
  }
  return url;
}

/**
 * Writes the unified (JSON) manifest made from manifest.xml (see scripts/unified-manifest.js), its
 * English strings, and govrank-m365.zip: the app package Microsoft 365 takes (manifest, strings
 * and the two package icons).
 */
class UnifiedManifestPlugin {
  constructor(xml) {
    this.xml = xml;
  }
  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap("UnifiedManifestPlugin", (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        {
          name: "UnifiedManifestPlugin",
          stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL,
        },
        async () => {
          // functions.json, as CustomFunctionsMetadataPlugin wrote it for this build.
          const metadata = JSON.parse(
            compilation.getAsset("functions.json").source.source().toString(),
          );
          const { manifest, localizations } = unifiedManifest(this.xml, metadata);
          const files = {
            "manifest.json": JSON.stringify(manifest, null, 2),
            ...Object.fromEntries(
              Object.entries(localizations).map(([name, strings]) => [
                name,
                JSON.stringify(strings, null, 2),
              ]),
            ),
          };
          const zip = new JSZip();
          for (const [name, text] of Object.entries(files)) {
            compilation.emitAsset(name, new RawSource(text));
            zip.file(name, text);
          }
          for (const icon of Object.values(PACKAGE_ICONS))
            zip.file(icon, fs.readFileSync(path.join(__dirname, icon)));
          const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
          compilation.emitAsset("govrank-m365.zip", new RawSource(bytes));
        },
      );
    });
  }
}

async function devServerHttps() {
  // office-addin-dev-certs makes (once) and trusts a localhost certificate valid for 30 days.
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions();
}

module.exports = async (_env, argv) => {
  const production = argv.mode === "production";
  const baseUrl = production ? productionBaseUrl() : DEV_URL;
  // Both manifests point where the add-in is served.
  const manifestXml = fs
    .readFileSync(path.join(__dirname, "manifest.xml"), "utf8")
    .split(DEV_URL)
    .join(baseUrl);
  return {
    devtool: production ? false : "source-map",
    // strict-csp.ts runs ahead of each entry that parses with zod: the page's CSP forbids eval.
    entry: {
      functions: ["./src/taskpane/strict-csp.ts", "./src/functions/functions.ts"],
      commands: ["./src/taskpane/strict-csp.ts", "./src/commands/commands.ts"],
      taskpane: ["./src/taskpane/strict-csp.ts", "./src/taskpane/index.tsx"],
      outcome: "./src/outcome/outcome.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type errors are `npm run typecheck`'s job; the bundle wants ES modules to tree-shake.
              transpileOnly: true,
              compilerOptions: { module: "esnext", moduleResolution: "bundler", noEmit: false },
            },
          },
        },
      ],
    },
    plugins: [
      new webpack.DefinePlugin({ GOVRANK_VERSION: JSON.stringify(version) }),
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
      }),
      // The page 重新生成 opens as a dialog to report how the re-run went.
      new HtmlWebpackPlugin({
        filename: "outcome.html",
        template: "./src/outcome/outcome.html",
        chunks: ["outcome"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: () => manifestXml },
        ],
      }),
      new UnifiedManifestPlugin(manifestXml),
    ],
    // The three entries share the core, React and Fluent UI: one copy of each, in shared chunks
    // that taskpane.html loads before the entries.
    // The core is one shared chunk whatever the size of its parts: small modules used by more than
    // one entry (the gap analysis in the functions, the ribbon's re-run and the pane) would
    // otherwise be copied into each.
    optimization: {
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          core: {
            test: /[\\/]src[\\/]core[\\/]/,
            name: "core",
            chunks: "all",
            minSize: 0,
            priority: 5,
          },
        },
      },
    },
    performance: { hints: false },
    devServer: {
      port: 3000,
      headers: { "Access-Control-Allow-Origin": "*" },
      // Only `webpack serve` needs the certificate; a plain build must not touch the trust store.
      server: process.env.WEBPACK_SERVE
        ? { type: "https", options: await devServerHttps() }
        : undefined,
    },
  };
};
