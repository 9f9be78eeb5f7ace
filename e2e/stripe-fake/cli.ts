/**
 * Starts the offline Stripe API from the environment (a Playwright webServer):
 *   STRIPE_FAKE_PORT        port (default 12111)
 *   STRIPE_FAKE_HOST        interface (default 127.0.0.1)
 *   STRIPE_WEBHOOK_URL      where signed events are posted (optional)
 *   STRIPE_WEBHOOK_SECRET   whsec_… shared with the backend (required)
 *   STRIPE_WEBHOOK_DELAY_MS delay before each delivery (default 50)
 * Health: GET /_fake/health.
 */
import { startFakeStripe } from "./server"

async function main() {
  const secret = process.env.STRIPE_WEBHOOK_SECRET
  if (!secret) {
    console.error("stripe-fake: STRIPE_WEBHOOK_SECRET is required (the backend's Stripe webhook secret)")
    process.exit(1)
  }
  const port = Number(process.env.STRIPE_FAKE_PORT || 12111)
  const delay = process.env.STRIPE_WEBHOOK_DELAY_MS
  const fake = await startFakeStripe({
    port,
    host: process.env.STRIPE_FAKE_HOST || "127.0.0.1",
    webhookUrl: process.env.STRIPE_WEBHOOK_URL || undefined,
    webhookSecret: secret,
    webhookDelayMs: delay ? Number(delay) : undefined,
  })
  console.log(`stripe-fake listening on ${fake.url} (webhooks: ${process.env.STRIPE_WEBHOOK_URL || "off"})`)
  const stop = () => {
    void fake.close().finally(() => process.exit(0))
  }
  process.on("SIGINT", stop)
  process.on("SIGTERM", stop)
}

main().catch((error: Error) => {
  console.error(`stripe-fake: ${error.message}`)
  process.exit(1)
})
