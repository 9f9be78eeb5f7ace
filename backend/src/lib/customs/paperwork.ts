/**
 * The content of an order's commercial invoice and packing list, worked out
 * once and frozen as a snapshot when the documents are issued. The PDFs
 * (pdf.ts) print the snapshot and decide nothing. Pure: no Medusa imports.
 */
import type { Construction } from "./classification"
import { describeComposition, type FibreShare } from "./detail"
import { dutiesFor } from "./duties"
import { missingForInvoice, type ExporterSettings } from "./exporter"
import { REASON_LABELS, dimensionsOf, unpackedLines, type ExportProfileInput } from "./export-profile"
import type { Issue } from "./issues"
import { cbm, volumetricWeightKg } from "./measures"
import { preferenceFor, rexRequirement } from "./preference"
import { TARIFF_FORMATS, destinationFor, formatHs, tariffCodeFor, type Destination, type TariffOverrides } from "./tariff"
import { TAX_ID_LABELS, formatTaxId } from "./tax-ids"

/** Documents are dated where they are signed: AFESIP's office in Phnom Penh (UTC+7). */
export const EXPORTER_TIME_ZONE = "Asia/Phnom_Penh"

/** The calendar day in Phnom Penh, yyyy-mm-dd: 2026-12-31T18:00Z is already 2027-01-01 there. */
export function exporterDay(date: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: EXPORTER_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(date)
}

export type Manufacturer = { name: string; address_lines: string[]; city: string; country_code: string; mid: string | null }

export type PaperworkLineInput = {
  line_item_id: string
  description: string
  sku: string | null
  quantity: number
  /** Value of the line before discounts and without tax, in the order's currency. */
  value: number
  hs_code: string | null
  origin_country: string | null
  tariff_overrides: TariffOverrides | null
  composition: FibreShare[]
  construction: Construction | null
  /** Net weight of one unit, grams (the variant's weight). */
  unit_weight_g: number | null
  /** The facility that made it, with its MID. */
  manufacturer: Manufacturer | null
}

export type PostalAddress = {
  first_name?: string | null
  last_name?: string | null
  company?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
  postal_code?: string | null
  country_code?: string | null
  phone?: string | null
}

export type PaperworkInput = {
  order: { id: string; display_id: number | string; placed_at: string; currency_code: string; email: string | null }
  shipping_address: PostalAddress
  profile: ExportProfileInput
  exporter: ExporterSettings | null
  lines: PaperworkLineInput[]
  /** Order totals, tax-exclusive except `tax`: discount, freight (shipping), tax collected at sale, and what the buyer paid. */
  charges: { discount: number; freight: number; tax: number; paid: number }
}

export type SnapshotLine = {
  n: number
  line_item_id: string
  description: string
  sku: string | null
  composition: string
  construction: string | null
  hs_code: string
  /** The destination's own line, when known: "EU CN code 6214.10.00". */
  tariff: { label: string; code: string } | null
  origin: string
  mid: string | null
  manufacturer: string | null
  quantity: number
  unit: "PCS"
  unit_price: number
  value: number
  net_weight_kg: number
  preference: { eligible: boolean; scheme: string | null; reason: string; caution: string | null }
  /** The line is covered by the origin statement printed on this invoice. */
  origin_statement: boolean
}

export type SnapshotPackage = {
  mark: string
  length_cm: number
  width_cm: number
  height_cm: number
  cbm: number
  volumetric_kg: number
  net_weight_kg: number
  gross_weight_kg: number
  contents: { n: number; description: string; sku: string | null; quantity: number }[]
}

export type PaperworkSnapshot = {
  version: 1
  invoice_number: string
  packing_list_number: string
  issued_on: string
  order: { id: string; display_id: string; placed_on: string; email: string | null }
  currency: string
  exporter: { legal_name: string; address_lines: string[]; tax_id: string | null; phone: string | null; email: string | null; registrations: { label: string; value: string }[] }
  consignee: { name: string; company: string | null; address_lines: string[]; country_code: string; phone: string | null; email: string | null; tax_ids: { label: string; value: string }[] }
  terms: { incoterm: string; place: string; reason: string; po_number: string | null }
  destination: Destination | null
  lines: SnapshotLine[]
  totals: { goods: number; discount: number; freight: number; insurance: number; tax: number; total: number }
  origin_statement: { scheme: string; text: string; lines: number[] } | null
  /** Why eligible lines carry no statement, when that happens. */
  origin_note: string | null
  packages: SnapshotPackage[]
  package_totals: { count: number; net_weight_kg: number; gross_weight_kg: number; cbm: number }
  declaration: string
  signatory: { name: string; title: string | null; place: string; date: string }
}

/** What staff see before issuing: each line's preference and whether the statement covers it. */
export type PaperworkPreview = Pick<PaperworkSnapshot, "lines" | "origin_statement" | "origin_note" | "destination">

export type BuildResult = ({ ok: true; snapshot: PaperworkSnapshot } | { ok: false; issues: Issue[] }) & { preview: PaperworkPreview }

const money = (n: number) => Math.round(n * 100) / 100
const kg3 = (n: number) => Math.round(n * 1000) / 1000
const isTextileChapter = (hs: string) => {
  const chapter = Number(hs.replace(/\D/g, "").slice(0, 2))
  return chapter >= 50 && chapter <= 63
}
const addressLines = (a: PostalAddress) =>
  [a.address_1, a.address_2, [a.postal_code, a.city].filter(Boolean).join(" "), a.province, a.country_code?.toUpperCase()]
    .map((s) => (s ?? "").trim())
    .filter(Boolean)

export const DECLARATION =
  "I declare that the information on this invoice is true and correct, and that the contents of this shipment are as stated above."

/** The statement on origin for a scheme, covering the listed items; null for schemes with no printed statement. */
export function originStatementText(scheme: string, items: number[], rexNumber: string | null): string | null {
  const which = `items ${items.join(", ")}`
  switch (scheme) {
    case "eu-gsp-eba":
      return (
        `The exporter of the products covered by this document${rexNumber ? ` (Number of Registered Exporter ${rexNumber})` : ""} ` +
        `declares that, except where otherwise clearly indicated, these products are of Cambodian preferential origin according to ` +
        `rules of origin of the Generalised System of Preferences of the European Union and that the origin criterion met is "W" (${which}).`
      )
    case "uk-dcts-comprehensive":
    case "uk-gsp-ldc":
      return (
        `The exporter of the products covered by this document declares that, except where otherwise clearly indicated, these ` +
        `products are of Cambodian preferential origin according to the rules of origin of the UK Developing Countries Trading Scheme (${which}).`
      )
    case "au-ldc":
      return (
        `The manufacturer declares that the last process of manufacture of ${which} was performed in Cambodia and that at least ` +
        `50 % of their total factory cost is qualifying content under Australia's rules of origin for least developed countries.`
      )
    default:
      return null
  }
}

/**
 * Everything both documents print, or the reasons they cannot be issued yet.
 * `numbers` are the ones being issued; `issuedOn` is the invoice date (yyyy-mm-dd).
 */
export function buildPaperwork(input: PaperworkInput, numbers: { invoice: string; packing_list: string }, issuedOn: string): BuildResult {
  const issues: Issue[] = []
  const { profile, order } = input
  const currency = order.currency_code.toUpperCase()
  const country = (input.shipping_address.country_code ?? "").toUpperCase()
  const destination = destinationFor(country)

  for (const field of missingForInvoice(input.exporter)) {
    issues.push({ path: `exporter.${field}`, code: "exporter_incomplete", message: `The exporter's ${field.replace("_", " ")} is missing (Settings → Exporter).` })
  }
  const unpacked = unpackedLines(profile.cartons, input.lines.map((l) => ({ id: l.line_item_id, quantity: l.quantity })))
  for (const u of unpacked) {
    const line = input.lines.find((l) => l.line_item_id === u.id)!
    issues.push({ path: "cartons", code: "unpacked", message: `${u.missing} × ${line.description} is not in any carton yet.` })
  }

  const lines: SnapshotLine[] = input.lines.map((line, i) => {
    const n = i + 1
    if (!line.hs_code) issues.push({ path: `lines.${n}`, code: "hs_missing", message: `Item ${n} (${line.description}) has no HS code.` })
    if (!line.unit_weight_g || line.unit_weight_g <= 0) {
      issues.push({ path: `lines.${n}`, code: "weight_missing", message: `Item ${n} (${line.description}) has no net weight.` })
    }
    if (line.construction !== "not_textile" && !line.composition.length) {
      issues.push({ path: `lines.${n}`, code: "composition_missing", message: `Item ${n} (${line.description}) has no fibre composition.` })
    }
    const hs = line.hs_code ?? ""
    const mid = line.manufacturer?.mid ?? null
    if (destination === "US" && hs && isTextileChapter(hs) && !mid) {
      issues.push({
        path: `lines.${n}`,
        code: "mid_missing",
        message: `Item ${n} (${line.description}) is a textile for the US and needs its manufacturer's MID: credit the product to a maker or team whose facility has a MID.`,
      })
    }
    const ownCode = destination ? line.tariff_overrides?.[destination]?.code : null
    const preference = hs
      ? preferenceFor({ destination, hs_code: hs, tariff_code: ownCode ?? null, date: issuedOn, origin: line.origin_country ?? "KH" })
      : null
    const unitWeight = line.unit_weight_g ?? 0
    return {
      n,
      line_item_id: line.line_item_id,
      description: line.description,
      sku: line.sku,
      composition: describeComposition(line.composition, "en"),
      construction: line.construction,
      hs_code: hs ? formatHs(hs) : "",
      tariff: destination && ownCode ? { label: `${destination} ${TARIFF_FORMATS[destination].name}`, code: formatHs(tariffCodeFor(destination, hs, line.tariff_overrides)) } : null,
      origin: (line.origin_country ?? "KH").toUpperCase(),
      mid: destination === "US" ? mid : null,
      manufacturer:
        destination === "US" && line.manufacturer
          ? [line.manufacturer.name, ...line.manufacturer.address_lines, line.manufacturer.city, line.manufacturer.country_code].join(", ")
          : null,
      quantity: line.quantity,
      unit: "PCS",
      unit_price: money(line.value / line.quantity),
      value: money(line.value),
      net_weight_kg: kg3((unitWeight * line.quantity) / 1000),
      preference: preference
        ? { eligible: preference.eligible, scheme: preference.scheme_name, reason: preference.reason, caution: preference.caution }
        : { eligible: false, scheme: null, reason: "No HS code.", caution: null },
      origin_statement: false,
    }
  })

  // The statement on origin: eligible lines only, and for the EU only within the REX rule.
  let origin_statement: PaperworkSnapshot["origin_statement"] = null
  let origin_note: string | null = null
  const eligible = lines.filter((l) => l.preference.eligible)
  const schemeId = eligible.length
    ? preferenceFor({ destination, hs_code: input.lines[eligible[0].n - 1].hs_code!, date: issuedOn }).scheme
    : null
  if (schemeId && profile.reason_for_export === "sale") {
    let allowed = true
    let rex: string | null = null
    if (destination === "EU") {
      const originating = eligible.reduce((sum, l) => sum + l.value, 0)
      if (currency !== "EUR" && profile.eur_rate == null) {
        issues.push({
          path: "eur_rate",
          code: "eur_rate_missing",
          message: `The order is in ${currency}: enter the euro rate on the export profile to apply the €6,000 REX rule.`,
        })
        allowed = false
      } else {
        const decision = rexRequirement({
          originating_value: originating,
          currency,
          eur_per_unit: currency === "EUR" ? null : profile.eur_rate,
          rex_number: input.exporter?.rex_number ?? null,
        })
        allowed = decision.statement_allowed
        rex = decision.rex_number_required ? input.exporter?.rex_number ?? null : null
        if (!allowed) origin_note = `No statement on origin: ${decision.reason}`
      }
    }
    const text = allowed ? originStatementText(schemeId, eligible.map((l) => l.n), rex) : null
    if (text) {
      origin_statement = { scheme: schemeId, text, lines: eligible.map((l) => l.n) }
      for (const l of eligible) l.origin_statement = true
    }
  }

  // Packages: the cartons in packing order, "CTN 1/3".
  const byId = new Map(lines.map((l) => [l.line_item_id, l]))
  const packages: SnapshotPackage[] = profile.cartons.map((carton, c) => {
    const contents = carton.contents.map((content) => {
      const line = byId.get(content.line_item_id)
      return { n: line?.n ?? 0, description: line?.description ?? content.line_item_id, sku: line?.sku ?? null, quantity: content.quantity }
    })
    const net = kg3(
      carton.contents.reduce((sum, content) => {
        const line = input.lines.find((l) => l.line_item_id === content.line_item_id)
        return sum + ((line?.unit_weight_g ?? 0) * content.quantity) / 1000
      }, 0)
    )
    if (carton.gross_weight_kg < net) {
      issues.push({
        path: `cartons.${c}.gross_weight_kg`,
        code: "gross_below_net",
        message: `Carton ${c + 1}: its gross weight (${carton.gross_weight_kg} kg) is less than the net weight of its contents (${net} kg).`,
      })
    }
    return {
      mark: `CTN ${c + 1}/${profile.cartons.length}`,
      length_cm: carton.length_cm,
      width_cm: carton.width_cm,
      height_cm: carton.height_cm,
      cbm: cbm(dimensionsOf(carton)),
      volumetric_kg: volumetricWeightKg(dimensionsOf(carton)),
      net_weight_kg: net,
      gross_weight_kg: kg3(carton.gross_weight_kg),
      contents,
    }
  })

  const preview: PaperworkPreview = { lines, origin_statement, origin_note, destination }
  if (issues.length) return { ok: false, issues, preview }

  const goods = money(lines.reduce((sum, l) => sum + l.value, 0))
  const insurance = money(profile.insurance_amount ?? 0)
  const discount = money(input.charges.discount)
  const freight = money(input.charges.freight)
  const tax = money(input.charges.tax)
  const exporter = input.exporter!
  const addr = input.shipping_address
  const name = [addr.first_name, addr.last_name].filter(Boolean).join(" ").trim()
  const registrations: { label: string; value: string }[] = []
  // The number of a low-value import scheme only when the tax was collected under it: a DDP
  // consignment within the scheme's limit (customs then charges nothing more at the border).
  const scheme = profile.incoterm === "DDP" && tax > 0 ? dutiesFor({ country_code: country, currency, goods_value: goods, date: issuedOn }).scheme : null
  const schemeNumber: Record<string, [string, string | null]> = {
    "EU IOSS": ["IOSS", exporter.ioss_number],
    "UK VAT at sale": ["UK VAT", exporter.uk_vat_number],
    "Australian GST at sale": ["ARN", exporter.au_arn],
  }
  const [label, number] = (scheme && schemeNumber[scheme]) || ["", null]
  if (number) registrations.push({ label, value: number })
  if (destination === "EU" && exporter.rex_number) registrations.push({ label: "REX", value: exporter.rex_number })

  const snapshot: PaperworkSnapshot = {
    version: 1,
    invoice_number: numbers.invoice,
    packing_list_number: numbers.packing_list,
    issued_on: issuedOn,
    order: { id: order.id, display_id: String(order.display_id), placed_on: order.placed_at.slice(0, 10), email: order.email },
    currency,
    exporter: {
      legal_name: exporter.legal_name,
      address_lines: addressLines({ ...exporter.address }),
      tax_id: exporter.tax_id,
      phone: exporter.phone,
      email: exporter.email,
      registrations,
    },
    consignee: {
      name: name || profile.consignee.company_name || "",
      company: profile.consignee.company_name ?? addr.company ?? null,
      address_lines: addressLines(addr),
      country_code: country,
      phone: addr.phone ?? null,
      email: order.email,
      tax_ids: profile.consignee.tax_ids.map((t) => ({ label: TAX_ID_LABELS[t.type], value: formatTaxId(t.type, t.value) })),
    },
    terms: {
      incoterm: profile.incoterm,
      place: profile.incoterm_place.trim(),
      reason: REASON_LABELS[profile.reason_for_export],
      po_number: profile.po_number?.trim() || null,
    },
    destination,
    lines,
    totals: { goods, discount, freight, insurance, tax, total: money(goods - discount + freight + insurance + tax) },
    origin_statement,
    origin_note,
    packages,
    package_totals: {
      count: packages.length,
      net_weight_kg: kg3(packages.reduce((s, p) => s + p.net_weight_kg, 0)),
      gross_weight_kg: kg3(packages.reduce((s, p) => s + p.gross_weight_kg, 0)),
      cbm: Math.round(packages.reduce((s, p) => s + p.cbm, 0) * 10_000) / 10_000,
    },
    declaration: DECLARATION,
    signatory: { name: exporter.signatory_name!, title: exporter.signatory_title, place: exporter.address.city, date: issuedOn },
  }
  return { ok: true, snapshot, preview }
}
