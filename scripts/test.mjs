#!/usr/bin/env node
// README command 2 (`npm test`): every test, on a fresh database.
//   types → storefront unit tests → backend integration tests → browser tests.
// Postgres: DATABASE_URL's server when set (a throwaway database is created on it),
// else embedded PostgreSQL instances that live only for the run.
// `npm test -- e2e` (or unit, backend, types) runs one stage.
import { randomBytes } from "node:crypto"
import { cp, rm } from "node:fs/promises"
import path from "node:path"
import { BIN, ROOT, ensureDependencies, run } from "./lib/process.mjs"

const E2E_BACKEND_PORT = Number(process.env.E2E_BACKEND_PORT ?? 9100)
const E2E_STOREFRONT_PORT = Number(process.env.E2E_STOREFRONT_PORT ?? 8100)
const E2E_STRIPE_FAKE_PORT = Number(process.env.E2E_STRIPE_FAKE_PORT ?? 12111)
const requested = process.argv.slice(2)
const stages = ["types", "unit", "backend", "e2e"].filter((s) => requested.length === 0 || requested.includes(s))
// The type check reads Next's generated route types and the browser tests need a production build.
if (stages.includes("types") || stages.includes("e2e")) stages.unshift("build")
const results = []
const t0 = Date.now()

async function stage(name, fn) {
  if (!stages.includes(name)) return
  const started = Date.now()
  console.log(`\n=== ${name} ===`)
  try {
    await fn()
    results.push({ name, ok: true, seconds: (Date.now() - started) / 1000 })
  } catch (error) {
    results.push({ name, ok: false, seconds: (Date.now() - started) / 1000 })
    console.error(`\n${name} failed: ${error.message}`)
  }
}

/** The storefront is built once, for the browser tests' backend address. */
async function buildStorefront() {
  await run(path.join(BIN, "next"), ["build"], {
    cwd: path.join(ROOT, "storefront"),
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_PUBLIC_MEDUSA_BACKEND_URL: `http://localhost:${E2E_BACKEND_PORT}`,
      MEDUSA_BACKEND_URL: `http://localhost:${E2E_BACKEND_PORT}`,
    },
    label: "next build",
  })
}

/**
 * The Admin with its extensions (routes, widgets), as staff get it. `medusa start` serves a
 * production Admin from backend/public/admin (where a full `medusa build` puts it), so the
 * bundle is copied there for the browser tests that drive the Admin.
 */
async function buildAdmin() {
  await run(path.join(BIN, "medusa"), ["build", "--admin-only"], {
    cwd: path.join(ROOT, "backend"),
    env: { MEDUSA_DISABLE_TELEMETRY: "true" },
    label: "medusa build --admin-only",
    quiet: true,
  })
  const served = path.join(ROOT, "backend", "public", "admin")
  await rm(served, { recursive: true, force: true })
  await cp(path.join(ROOT, "backend", ".medusa", "admin"), served, { recursive: true })
  console.log("Admin bundle built")
}

async function main() {
  await ensureDependencies()
  const { startPostgres, dropDatabase } = await import("./lib/database.mjs")

  await stage("build", async () => {
    await buildStorefront()
    await buildAdmin()
  })

  await stage("types", async () => {
    for (const workspace of ["backend", "storefront", "e2e"]) {
      await run(path.join(BIN, "tsc"), ["--noEmit", "-p", workspace], { label: `tsc -p ${workspace}` })
      console.log(`tsc --noEmit -p ${workspace}: ok`)
    }
  })

  await stage("unit", () => run("npm", ["test", "-w", "storefront"], { label: "storefront unit tests" }))

  await stage("backend", () => run("npm", ["test", "-w", "backend"], { label: "backend tests", env: { MEDUSA_DISABLE_TELEMETRY: "true" } }))

  await stage("e2e", async () => {
    const databaseName = process.env.DATABASE_URL ? `afesip_e2e_${Date.now().toString(36)}` : "afesip_e2e"
    const database = await startPostgres({
      database: databaseName,
      dataDir: path.join(ROOT, ".cache", "e2e-pg"),
      port: Number(process.env.E2E_PG_PORT ?? 54349),
      persistent: false,
    })
    const backendUrl = `http://localhost:${E2E_BACKEND_PORT}`
    const outbox = path.join(ROOT, ".cache", "e2e-outbox")
    await rm(outbox, { recursive: true, force: true })
    const backendEnv = {
      DATABASE_URL: database.url,
      MEDUSA_BACKEND_URL: backendUrl,
      STOREFRONT_URL: `http://localhost:${E2E_STOREFRONT_PORT}`,
      PORT: String(E2E_BACKEND_PORT),
      MEDUSA_DISABLE_TELEMETRY: "true",
      JWT_SECRET: randomBytes(32).toString("hex"),
      COOKIE_SECRET: randomBytes(32).toString("hex"),
      // Stripe for real code paths, against the local fake (e2e/stripe-fake) instead of api.stripe.com.
      STRIPE_API_KEY: "sk_test_e2e",
      STRIPE_WEBHOOK_SECRET: `whsec_${randomBytes(16).toString("hex")}`,
      STRIPE_API_BASE: `http://127.0.0.1:${E2E_STRIPE_FAKE_PORT}`,
      EMAIL_OUTBOX_DIR: outbox,
    }
    try {
      const backendDir = path.join(ROOT, "backend")
      await run(path.join(BIN, "medusa"), ["db:migrate"], { cwd: backendDir, env: backendEnv, label: "medusa db:migrate", quiet: true })
      console.log("migrated a fresh database")
      await run(path.join(BIN, "medusa"), ["exec", "./src/scripts/seed.ts"], { cwd: backendDir, env: backendEnv, label: "seed", quiet: true })
      console.log("seeded the catalog")
      const { readPublishableKey } = await import("./lib/database.mjs")
      const publishableKey = await readPublishableKey(database.url)
      await run(path.join(BIN, "playwright"), ["test"], {
        cwd: path.join(ROOT, "e2e"),
        label: "playwright",
        env: {
          ...backendEnv,
          E2E_BACKEND_URL: backendUrl,
          E2E_STOREFRONT_PORT: String(E2E_STOREFRONT_PORT),
          MEDUSA_PUBLISHABLE_KEY: publishableKey,
          STRIPE_PUBLISHABLE_KEY: "pk_test_e2e",
          E2E_STRIPE_FAKE_URL: `http://127.0.0.1:${E2E_STRIPE_FAKE_PORT}`,
          REVALIDATE_SECRET: randomBytes(16).toString("hex"),
        },
      })
    } finally {
      if (!database.embedded) await dropDatabase(database.serverUrl, databaseName).catch(() => {})
      await database.stop()
    }
  })

  console.log("\n=== summary ===")
  for (const r of results) console.log(`${r.ok ? "ok  " : "FAIL"} ${r.name.padEnd(8)} ${r.seconds.toFixed(1)} s`)
  const failed = results.filter((r) => !r.ok).length
  console.log(`total time ${((Date.now() - t0) / 1000).toFixed(0)} s`)
  console.log(`stages: ${results.length - failed} passed, ${failed} failed`)
  process.exit(failed ? 1 : 0)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
