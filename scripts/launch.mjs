#!/usr/bin/env node
// README command 1 (`npm start`): the whole store on this machine.
// Postgres (embedded unless DATABASE_URL is set) → migrate → seed → backend with
// the Admin on :9000 → storefront on :8000. Ctrl-C stops everything.
import { randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"
import { BIN, ROOT, ensureDependencies, run, startService, stopAllServices, waitForUrl } from "./lib/process.mjs"

const BACKEND_PORT = Number(process.env.BACKEND_PORT ?? 9000)
const STOREFRONT_PORT = Number(process.env.STOREFRONT_PORT ?? 8000)
const BACKEND_URL = process.env.MEDUSA_BACKEND_URL ?? `http://localhost:${BACKEND_PORT}`
const STOREFRONT_URL = process.env.STOREFRONT_URL ?? `http://localhost:${STOREFRONT_PORT}`
/** Shared by the backend's revalidation subscriber and the storefront's /api/revalidate. */
const REVALIDATE_SECRET = process.env.REVALIDATE_SECRET ?? randomBytes(24).toString("hex")
const STATE_FILE = path.join(ROOT, ".data", "launch-state.json")
const startedAt = Date.now()
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`
const log = (message) => console.log(`[launch ${seconds(Date.now() - startedAt)}] ${message}`)

let database
let shuttingDown = false
async function shutdown(code = 0) {
  if (shuttingDown) return
  shuttingDown = true
  log("stopping the storefront, the backend and the database…")
  await stopAllServices()
  if (database) await database.stop()
  process.exit(code)
}
process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

/** STRIPE_API_KEY from the environment or backend/.env, as medusa-config.ts would see it. */
function stripeConfigured() {
  if (process.env.STRIPE_API_KEY?.trim()) return true
  try {
    const dotenv = readFileSync(path.join(ROOT, "backend", ".env"), "utf8")
    return /^\s*STRIPE_API_KEY\s*=\s*["']?[^\s"'#]+/m.test(dotenv)
  } catch {
    return false
  }
}

function readState() {
  try { return JSON.parse(readFileSync(STATE_FILE, "utf8")) } catch { return {} }
}

async function main() {
  await ensureDependencies()
  const { startPostgres, describeUrl, readPublishableKey } = await import("./lib/database.mjs")
  const { fingerprint, SCHEMA_INPUTS, SEED_INPUTS } = await import("./lib/fingerprint.mjs")

  database = await startPostgres({ database: process.env.DATABASE_URL ? "<from-url>" : "afesip" })
  log(`database: ${database.embedded ? "embedded PostgreSQL in .data/postgres" : "DATABASE_URL"} (${describeUrl(database.url)})`)

  const backendEnv = {
    DATABASE_URL: database.url,
    MEDUSA_BACKEND_URL: BACKEND_URL,
    STOREFRONT_URL,
    REVALIDATE_SECRET,
    PORT: String(BACKEND_PORT),
    MEDUSA_DISABLE_TELEMETRY: "true",
    ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
  }
  const medusa = path.join(BIN, "medusa")
  const backendDir = path.join(ROOT, "backend")

  const state = readState()
  const schemaPrint = fingerprint(SCHEMA_INPUTS, database.url)
  if (state.schema !== schemaPrint) {
    log("applying database migrations (about 20 s)…")
    await run(medusa, ["db:migrate"], { cwd: backendDir, env: backendEnv, label: "medusa db:migrate", quiet: true })
  } else log("database schema is up to date")
  // Whether Stripe is on decides the regions' payment providers (seed step 4): switching it re-seeds.
  const seedPrint = fingerprint(SEED_INPUTS, `${database.url}|stripe:${stripeConfigured()}`)
  if (state.seed !== seedPrint) {
    log("seeding the AFESIP catalog (safe to repeat)…")
    await run(medusa, ["exec", "./src/scripts/seed.ts"], { cwd: backendDir, env: backendEnv, label: "seed" })
  } else log("catalog already seeded")
  mkdirSync(path.dirname(STATE_FILE), { recursive: true })
  writeFileSync(STATE_FILE, JSON.stringify({ schema: schemaPrint, seed: seedPrint }, null, 2))

  const publishableKey = await readPublishableKey(database.url)

  log("starting the backend and the Admin…")
  const backend = startService("backend", medusa, ["develop"], { cwd: backendDir, env: backendEnv })
  backend.on("exit", (code) => { if (!shuttingDown) { log(`backend exited (${code})`); shutdown(1) } })

  const storefrontEnv = {
    MEDUSA_BACKEND_URL: `http://localhost:${BACKEND_PORT}`,
    NEXT_PUBLIC_MEDUSA_BACKEND_URL: BACKEND_URL,
    MEDUSA_PUBLISHABLE_KEY: publishableKey,
    NEXT_TELEMETRY_DISABLED: "1",
    REVALIDATE_SECRET,
  }
  const storefront = startService("storefront", path.join(BIN, "next"), ["dev", "-p", String(STOREFRONT_PORT)], {
    cwd: path.join(ROOT, "storefront"),
    env: storefrontEnv,
  })
  storefront.on("exit", (code) => { if (!shuttingDown) { log(`storefront exited (${code})`); shutdown(1) } })

  await waitForUrl(`http://localhost:${BACKEND_PORT}/health`, { child: backend })
  await waitForUrl(`http://localhost:${STOREFRONT_PORT}/us`, { child: storefront, timeoutMs: 240_000 })
  // Same defaults as backend/src/scripts/seed.ts (dev only; production seeds take ADMIN_EMAIL/ADMIN_PASSWORD).
  const DEV_ADMIN = { email: process.env.ADMIN_EMAIL ?? "admin@afesip.test", password: process.env.ADMIN_PASSWORD ?? "afesip-admin" }
  console.log(`
  AFESIP Fair Fashion is running (ready in ${seconds(Date.now() - startedAt)})

    Storefront   ${STOREFRONT_URL}
    Admin        ${BACKEND_URL}/app   login ${DEV_ADMIN.email} / ${DEV_ADMIN.password}
    Store API    ${BACKEND_URL}/store (publishable key passed to the storefront for you)

  Press Ctrl-C to stop everything.
`)
}

main().catch(async (error) => {
  console.error(`\n[launch] ${error.message}`)
  await shutdown(1)
})
