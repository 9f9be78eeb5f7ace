#!/usr/bin/env node
// `npm run bench`: measures a running store (start it with `npm start` first).
// Prints latency and throughput for the Store API and the main storefront pages,
// and the product page's first-load JavaScript from the last production build.
// Traffic goes only to localhost and stops after a fixed number of requests.
import { existsSync, readFileSync } from "node:fs"
import path from "node:path"
import { gzipSync } from "node:zlib"
import { ROOT } from "./lib/process.mjs"

const BACKEND = process.env.BENCH_BACKEND_URL ?? "http://localhost:9000"
const STOREFRONT = process.env.BENCH_STOREFRONT_URL ?? "http://localhost:8000"
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10)

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

async function measure(label, url, headers = {}) {
  for (let i = 0; i < 5; i++) await fetch(url, { headers }).then((r) => r.arrayBuffer()) // warm caches
  const latencies = []
  let failures = 0
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        next += 1
        const t = performance.now()
        const res = await fetch(url, { headers, signal: AbortSignal.timeout(10_000) }).catch(() => null)
        if (!res || !res.ok) failures += 1
        await res?.arrayBuffer()
        latencies.push(performance.now() - t)
      }
    })
  )
  const seconds = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  console.log(
    `${label.padEnd(34)} ${String(Math.round(REQUESTS / seconds)).padStart(6)} req/s  p50 ${percentile(latencies, 50).toFixed(1).padStart(6)} ms  p95 ${percentile(latencies, 95).toFixed(1).padStart(6)} ms  p99 ${percentile(latencies, 99).toFixed(1).padStart(6)} ms  errors ${failures}`
  )
}

function firstLoadJs() {
  const stats = path.join(ROOT, "storefront", ".next", "diagnostics", "route-bundle-stats.json")
  if (!existsSync(stats)) return console.log("first-load JS: no production build found (run `npm run build -w storefront`)")
  const routes = JSON.parse(readFileSync(stats, "utf8"))
  for (const entry of Array.isArray(routes) ? routes : Object.values(routes)) {
    const route = entry.route ?? entry.page ?? ""
    if (!/products|\/store$|\[countryCode\]$|cart/.test(route)) continue
    const gzip = (entry.firstLoadChunkPaths ?? []).reduce((sum, chunk) => {
      const file = path.join(ROOT, "storefront", chunk.startsWith(".next") ? chunk : path.join(".next", chunk))
      return existsSync(file) ? sum + gzipSync(readFileSync(file)).length : sum
    }, 0)
    console.log(`first-load JS ${route.padEnd(44)} ${(entry.firstLoadUncompressedJsBytes / 1024).toFixed(1)} kB raw, ${(gzip / 1024).toFixed(1)} kB gzip`)
  }
}

async function main() {
  const key = process.env.MEDUSA_PUBLISHABLE_KEY ?? (await readKeyFromDatabase())
  const headers = { "x-publishable-api-key": key }
  console.log(`${REQUESTS} requests per target, ${CONCURRENCY} at a time\n`)
  const { regions } = await fetch(`${BACKEND}/store/regions`, { headers }).then((r) => r.json())
  const us = regions.find((r) => r.currency_code === "usd")
  const { products } = await fetch(`${BACKEND}/store/products?limit=1&fields=handle`, { headers }).then((r) => r.json())
  await measure("Store API /store/products (12)", `${BACKEND}/store/products?limit=12&region_id=${us.id}&fields=*variants.calculated_price`, headers)
  const { products: [product] } = await fetch(`${BACKEND}/store/products?limit=1&fields=id`, { headers }).then((r) => r.json())
  await measure("Store API /store/makers", `${BACKEND}/store/makers`, headers)
  const { makers } = await fetch(`${BACKEND}/store/makers`, { headers }).then((r) => r.json())
  if (makers.length) await measure("Store API /store/makers/:handle", `${BACKEND}/store/makers/${makers[0].handle}`, headers)
  await measure("Store API /store/products/:id/made-by", `${BACKEND}/store/products/${product.id}/made-by`, headers)
  await measure("Store API /store/impact", `${BACKEND}/store/impact`, headers)
  await measure("storefront home /us", `${STOREFRONT}/us`)
  await measure("storefront makers /us/makers", `${STOREFRONT}/us/makers`)
  await measure("storefront impact /us/impact", `${STOREFRONT}/us/impact`)
  await measure("storefront listing /us/store", `${STOREFRONT}/us/store`)
  await measure("storefront product /us/products/…", `${STOREFRONT}/us/products/${products[0].handle}`)
  firstLoadJs()
}

/** The key of the store that `npm start` runs (embedded database or DATABASE_URL). */
async function readKeyFromDatabase() {
  const { readPublishableKey } = await import("./lib/database.mjs")
  return readPublishableKey(process.env.DATABASE_URL ?? "postgres://postgres:postgres@127.0.0.1:54329/afesip")
}

main().catch((e) => {
  console.error(e.message)
  process.exit(1)
})
