/**
 * Three groups of tests (`--selectProjects`):
 *   unit     the code alone: core, xlsx, office (against the test host), functions, pane logic, CLI, tools
 *   built    what the build makes: dist/ (webpack) and lib/ (the command); `npm test` builds both first
 *   browser  the built pane in headless Chromium
 * @type {import('jest').Config}
 */
const shared = {
  preset: "ts-jest",
  testEnvironment: "node",
  testMatch: ["**/*.test.ts"],
  // office-addin-mock reaches an ES-module-only dependency through office-addin-manifest, which the mock never uses.
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js" },
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }] },
};

module.exports = {
  projects: [
    {
      ...shared,
      displayName: "unit",
      roots: ["<rootDir>/src", "<rootDir>/test", "<rootDir>/tools"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/built/", "<rootDir>/test/browser/"],
    },
    { ...shared, displayName: "built", roots: ["<rootDir>/test/built"] },
    { ...shared, displayName: "browser", roots: ["<rootDir>/test/browser"] },
  ],
};
