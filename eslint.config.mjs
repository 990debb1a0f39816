// Lint config: typescript-eslint's type-aware rules on our TypeScript, React hooks rules on the task pane.
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

export default tseslint.config(
  {
    // Built or written by the tools (lib/: the command line; .bench-tmp/: the benchmarks), not sources.
    ignores: [
      "dist/",
      "lib/",
      ".bench-tmp/",
      "node_modules/",
      "coverage/",
      "test-artifacts/",
      "**/*.js",
      "**/*.mjs",
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ["src/**/*.{ts,tsx}", "test/**/*.{ts,tsx}", "bench/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": ["error", { "ts-ignore": true, "ts-nocheck": true }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name=/^(only|skip)$/]",
          message: "Do not leave .only or .skip behind.",
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Cell text is shown as text: never as HTML.",
        },
        {
          selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]",
          message: "Cell text is shown as text (textContent), never as HTML.",
        },
      ],
    },
  },
  {
    // The core stays pure: no Office, DOM, React or Node. Documents (the Word draft) are built
    // for both shells, so they use neither Node nor Office either.
    files: ["src/core/**/*.ts", "src/documents/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            "react*",
            "office*",
            "exceljs",
            "node:*",
            "fs",
            "path",
            "os",
            "child_process",
            "@fluentui/*",
          ],
        },
      ],
    },
  },
  {
    // Office.js lives only in src/excel: the pane, the ribbon, the app and the dialog page get
    // what they need from it as values and functions.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/excel/**", "src/functions/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "Office.js lives in src/excel (see office-host.ts)." },
        { name: "Excel", message: "Use the Workbook interface from src/excel." },
      ],
    },
  },
);
