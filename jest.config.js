/** Jest: ts-jest on the whole tree; test/ mirrors src/. Component tests opt into jsdom per file. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test", "<rootDir>/src"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.json" }],
  },
  testTimeout: 30000,
  globalSetup: "<rootDir>/test/helpers/global-setup.js",
  setupFiles: ["<rootDir>/test/helpers/jsdom-globals.js"],
};
