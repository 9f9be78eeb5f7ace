const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

/** Integration specs boot Medusa on a real Postgres (~20 s each): keep them few. */
module.exports = {
  transform: {
    "^.+\\.[jt]sx?$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", decorators: true } } }],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/"],
  setupFiles: ["./integration-tests/setup.js"],
  globalSetup: "./integration-tests/global-setup.js",
  globalTeardown: "./integration-tests/global-teardown.js",
  testMatch: ["<rootDir>/integration-tests/http/*.spec.ts", "<rootDir>/src/**/__tests__/*.unit.spec.ts"],
}
