/**
 * How long printing export documents takes: builds the paperwork of a
 * wholesale order with many lines and cartons (the heaviest case AFESIP has)
 * and renders its commercial invoice and packing list again and again.
 * Prints milliseconds per document (mean, p50, p95), pages and file size.
 *
 *   npm run bench:documents            # 40 lines, 10 cartons, 30 rounds
 *   BENCH_LINES=120 BENCH_ROUNDS=20 npm run bench:documents
 */
// The backend compiles to CommonJS: take its modules' exports from the default import.
import exportProfile from "../backend/src/lib/customs/export-profile.ts"
import paperwork, { type PaperworkInput } from "../backend/src/lib/customs/paperwork.ts"
import pdf from "../backend/src/lib/customs/pdf.ts"
import catalog from "../backend/src/scripts/seed/catalog.ts"

const { defaultExportProfile } = exportProfile
const { buildPaperwork } = paperwork
const { renderCommercialInvoice, renderPackingList } = pdf
const { products } = catalog

const LINES = Number(process.env.BENCH_LINES ?? 40)
const CARTONS = Math.max(1, Math.min(LINES, Number(process.env.BENCH_CARTONS ?? 10)))
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30)

const variants = products.flatMap((p) => p.variants.map((v) => ({ product: p, variant: v })))
const lines = Array.from({ length: LINES }, (_, i) => {
  const { product, variant } = variants[i % variants.length]
  return {
    line_item_id: `li_${i}`,
    description: `${product.title} – ${Object.values(variant.options).join(" / ")}`,
    sku: variant.sku,
    quantity: 6,
    value: variant.prices.gbp * 6,
    hs_code: product.hs_code,
    origin_country: "KH",
    tariff_overrides: null,
    composition: product.composition,
    construction: product.construction,
    unit_weight_g: product.weight,
    manufacturer: null,
  }
})
const profile = {
  ...defaultExportProfile({ channel: "wholesale", country_code: "GB", city: "Leeds", currency_code: "gbp", goods_value: 0, lines: lines.map((l) => ({ id: l.line_item_id, quantity: 6 })) }),
  incoterm: "FCA" as const,
  incoterm_place: "Phnom Penh International Airport, KH",
  cartons: Array.from({ length: CARTONS }, (_, c) => ({
    length_cm: 60,
    width_cm: 40,
    height_cm: 40,
    gross_weight_kg: 25,
    contents: lines.filter((_, i) => i % CARTONS === c).map((l) => ({ line_item_id: l.line_item_id, quantity: 6 })),
  })),
}
const input: PaperworkInput = {
  order: { id: "order_bench", display_id: 1, placed_at: new Date().toISOString(), currency_code: "gbp", email: "orders@example.co.uk" },
  shipping_address: { first_name: "Jo", last_name: "Patel", company: "Fair Boutique Ltd", address_1: "4 Mill Lane", city: "Leeds", postal_code: "LS1 4AB", country_code: "gb" },
  profile,
  exporter: {
    legal_name: "AFESIP Fair Fashion",
    address: { address_1: "Street 598", city: "Phnom Penh", country_code: "KH" },
    tax_id: "K001901234567",
    rex_number: null,
    ioss_number: null,
    uk_vat_number: null,
    au_arn: null,
    phone: null,
    email: null,
    signatory_name: "Export Manager",
    signatory_title: null,
  },
  lines,
  charges: { discount: 0, freight: 180, tax: 0, paid: 0 },
}

const built = buildPaperwork(input, { invoice: "CI-BENCH-00001", packing_list: "PL-BENCH-00001" }, new Date().toISOString().slice(0, 10))
if (!built.ok) throw new Error(JSON.stringify(built.issues))
const snapshot = built.snapshot

async function measure(name: string, render: () => Promise<Buffer>) {
  await render() // warm-up (font metrics, JIT)
  const times: number[] = []
  let last = Buffer.alloc(0)
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now()
    last = await render()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]
  const pages = (last.toString("latin1").match(/\/Type \/Page\b/g) ?? []).length
  console.log(
    `${name.padEnd(20)} mean ${(times.reduce((a, b) => a + b, 0) / times.length).toFixed(1)} ms · p50 ${at(0.5).toFixed(1)} ms · p95 ${at(0.95).toFixed(1)} ms · ${pages} page(s) · ${(last.length / 1024).toFixed(1)} KiB`
  )
}

const buildStart = performance.now()
for (let i = 0; i < ROUNDS; i++) buildPaperwork(input, { invoice: "CI", packing_list: "PL" }, "2026-11-29")
console.log(`export documents: ${LINES} lines, ${CARTONS} cartons, ${ROUNDS} rounds`)
console.log(`${"build snapshot".padEnd(20)} mean ${((performance.now() - buildStart) / ROUNDS).toFixed(2)} ms`)
await measure("commercial invoice", () => renderCommercialInvoice(snapshot))
await measure("packing list", () => renderPackingList(snapshot))
