import { defineConfig, devices } from "@playwright/test"
import path from "node:path"

/**
 * Browser tests of the whole store. `npm test` (scripts/test.mjs) prepares a
 * fresh seeded database, builds the storefront and sets the variables below;
 * Playwright then starts the real backend and the built storefront.
 */
const storefrontPort = Number(process.env.E2E_STOREFRONT_PORT ?? 8100)
const backendUrl = process.env.E2E_BACKEND_URL ?? "http://localhost:9100"
const root = path.resolve(__dirname, "..")
const bin = (name: string) => path.join(root, "node_modules", ".bin", name)

export default defineConfig({
  testDir: "./tests",
  fullyParallel: true,
  forbidOnly: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  outputDir: "test-results",
  use: {
    baseURL: `http://localhost:${storefrontPort}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: [
    {
      name: "backend",
      command: `${bin("medusa")} start`,
      cwd: path.join(root, "backend"),
      url: `${backendUrl}/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      name: "storefront",
      command: `${bin("next")} start -p ${storefrontPort}`,
      cwd: path.join(root, "storefront"),
      url: `http://localhost:${storefrontPort}/`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: {
        MEDUSA_BACKEND_URL: backendUrl,
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
  ],
})
