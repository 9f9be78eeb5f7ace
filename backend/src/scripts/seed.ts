import { mkdirSync, writeFileSync } from "node:fs"
import path from "node:path"
import type { ExecArgs } from "@medusajs/framework/types"
import { runSeed } from "./seed/run"

export const DEV_ADMIN = { email: "admin@afesip.test", password: "afesip-admin" } as const

/**
 * `npm run seed`: loads regions, facilities, shipping and the catalog.
 * Safe to run again: it only adds what is missing.
 */
export default async function seed({ container }: ExecArgs) {
  const production = process.env.NODE_ENV === "production"
  const adminEmail = process.env.ADMIN_EMAIL ?? (production ? undefined : DEV_ADMIN.email)
  const adminPassword = process.env.ADMIN_PASSWORD ?? (production ? undefined : DEV_ADMIN.password)
  const summary = await runSeed(container, {
    backendUrl: process.env.MEDUSA_BACKEND_URL || `http://localhost:${process.env.PORT || 9000}`,
    adminUser: adminEmail && adminPassword ? { email: adminEmail, password: adminPassword } : undefined,
  })
  // Deployments hand the storefront its key through a file (see docker-compose.yml).
  const keyFile = process.env.PUBLISHABLE_KEY_FILE
  if (keyFile) {
    mkdirSync(path.dirname(keyFile), { recursive: true })
    writeFileSync(keyFile, summary.publishableKeys.webshop + "\n", { mode: 0o644 })
  }
  const total = Object.values(summary.created).reduce((a, b) => a + b, 0)
  console.log(`[seed] done: ${total} records created (${total === 0 ? "already seeded" : "first run"})`)
}
