import { defineConfig, devices } from "@playwright/test"
import path from "node:path"

/**
 * Browser tests of the whole store. `npm test` (scripts/test.mjs) prepares a
 * fresh seeded database, builds the storefront and sets the variables below;
 * Playwright then starts the real backend and the built storefront.
 */
const storefrontPort = Number(process.env.E2E_STOREFRONT_PORT ?? 8100)
const backendUrl = process.env.E2E_BACKEND_URL ?? "http://localhost:9100"
const stripeFakeUrl = process.env.E2E_STRIPE_FAKE_URL ?? "http://127.0.0.1:12111"
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
      // The offline Stripe API: Medusa's Stripe provider talks to it (STRIPE_API_BASE) and it
      // sends signed webhooks back to the backend. Browsers reach it through routeStripe().
      name: "stripe-fake",
      command: `${bin("tsx")} stripe-fake/cli.ts`,
      cwd: __dirname,
      url: `${stripeFakeUrl}/_fake/health`,
      timeout: 30_000,
      reuseExistingServer: false,
      env: {
        STRIPE_FAKE_PORT: new URL(stripeFakeUrl).port,
        STRIPE_WEBHOOK_URL: `${backendUrl}/hooks/payment/stripe_stripe`,
        STRIPE_WEBHOOK_SECRET: process.env.STRIPE_WEBHOOK_SECRET ?? "",
      },
    },
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
        STRIPE_PUBLISHABLE_KEY: process.env.STRIPE_PUBLISHABLE_KEY ?? "",
      },
    },
  ],
})
