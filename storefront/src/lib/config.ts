import "server-only"
import { readFileSync } from "node:fs"
import Medusa from "@medusajs/js-sdk"

function publishableKey(): string | undefined {
  if (process.env.MEDUSA_PUBLISHABLE_KEY) return process.env.MEDUSA_PUBLISHABLE_KEY
  const file = process.env.MEDUSA_PUBLISHABLE_KEY_FILE
  if (!file) return undefined
  try {
    return readFileSync(file, "utf8").trim()
  } catch {
    return undefined
  }
}

export const BACKEND_URL = process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"

export const PUBLISHABLE_KEY = publishableKey()

export const sdk = new Medusa({
  baseUrl: BACKEND_URL,
  debug: false,
  publishableKey: PUBLISHABLE_KEY,
})

/** Stripe's publishable key (pk_…): public by design, read at runtime so one build serves every environment. */
export const STRIPE_PUBLISHABLE_KEY = process.env.STRIPE_PUBLISHABLE_KEY || undefined
