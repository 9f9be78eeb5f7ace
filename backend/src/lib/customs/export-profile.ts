/**
 * An order's export profile: Incoterm and named place, reason for export,
 * consignee tax IDs, PO number, cartons. Pure rules: defaults for a new
 * order, and the checks that keep a profile printable.
 */
import { dutiesFor } from "./duties"
import { cbm, type Dimensions } from "./measures"
import type { Issue } from "./issues"
import { checkTaxIds, type Consignee } from "./tax-ids"

/** The Incoterms 2020 rules AFESIP uses (docs/export-paperwork.md). */
export const INCOTERMS = ["EXW", "FCA", "FOB", "DAP", "DDP"] as const
export type Incoterm = (typeof INCOTERMS)[number]

export const EXPORT_REASONS = ["sale", "gift", "sample", "return", "repair"] as const
export type ExportReason = (typeof EXPORT_REASONS)[number]

export const REASON_LABELS: Record<ExportReason, string> = {
  sale: "Sale",
  gift: "Gift",
  sample: "Commercial sample",
  return: "Return of goods",
  repair: "Repair or replacement",
}

/** Cambodian seaports an FOB sale can name: FOB is for sea and inland waterway only. */
export const SEAPORTS = ["Sihanoukville", "Phnom Penh Autonomous Port"] as const

/** Orders from the retail webshop take DAP or DDP; the others suit a wholesale buyer with her own forwarder. */
export const RETAIL_INCOTERMS: readonly Incoterm[] = ["DAP", "DDP"]

/** A carton's L × W × H alone, for the measure functions. */
export const dimensionsOf = (c: Dimensions): Dimensions => ({ length_cm: c.length_cm, width_cm: c.width_cm, height_cm: c.height_cm })

export type CartonContent = { line_item_id: string; quantity: number }
export type Carton = Dimensions & { gross_weight_kg: number; contents: CartonContent[] }

export type ExportProfileInput = {
  incoterm: Incoterm
  incoterm_place: string
  reason_for_export: ExportReason
  consignee: Consignee
  po_number?: string | null
  cartons: Carton[]
  insurance_amount?: number | null
  eur_rate?: number | null
}

/** What the rules need to know of the order. */
export type OrderForProfile = {
  channel: "retail" | "wholesale"
  /** The shipping address's country (ISO alpha-2) and city. */
  country_code: string
  city?: string | null
  /** Line items with their quantities. */
  lines: { id: string; quantity: number }[]
  currency_code: string
  /** The items' value, tax and shipping excluded: decides whether duties were included at checkout. */
  goods_value: number
  /** metadata.consignee given at checkout, if any. */
  checkout_consignee?: Partial<Consignee> | null
}

/**
 * The profile an order starts with: to the buyer's city, a sale, the tax IDs
 * she gave at checkout, no cartons yet. A retail order is DDP when the
 * checkout told her duties and taxes were included (dutiesFor), else DAP;
 * wholesale orders start DAP (low-value import schemes are not for businesses).
 */
export function defaultExportProfile(order: OrderForProfile): ExportProfileInput {
  const place = [order.city?.trim(), order.country_code.toUpperCase()].filter(Boolean).join(", ")
  const given = order.checkout_consignee
  const retailDdp =
    order.channel === "retail" && dutiesFor({ country_code: order.country_code, currency: order.currency_code, goods_value: order.goods_value }).incoterm === "DDP"
  return {
    incoterm: retailDdp ? "DDP" : "DAP",
    incoterm_place: place,
    reason_for_export: "sale",
    consignee: { company_name: given?.company_name?.trim() || null, tax_ids: Array.isArray(given?.tax_ids) ? given!.tax_ids : [] },
    po_number: null,
    cartons: [],
    insurance_amount: null,
    eur_rate: null,
  }
}

/**
 * Everything wrong with a profile for this order, as field paths and
 * sentences; an empty list means it can be saved. Cartons may hold part of
 * the order (packing is finished before documents are issued), never more.
 */
export function checkExportProfile(profile: ExportProfileInput, order: OrderForProfile): Issue[] {
  const issues: Issue[] = []
  const place = profile.incoterm_place.trim()
  if (!place) issues.push({ path: "incoterm_place", code: "place_missing", message: `${profile.incoterm} needs a named place.` })

  if (order.channel === "retail" && !RETAIL_INCOTERMS.includes(profile.incoterm)) {
    issues.push({
      path: "incoterm",
      code: "incoterm_retail",
      message: `${profile.incoterm} does not suit a retail order delivered to the buyer's door: use DAP, or DDP when duties and taxes are paid by AFESIP.`,
    })
  }
  if (profile.incoterm === "FOB" && place && !SEAPORTS.some((port) => place.toLowerCase().includes(port.toLowerCase()))) {
    issues.push({
      path: "incoterm_place",
      code: "fob_not_port",
      message: `FOB is for sea freight only: name the port of shipment (${SEAPORTS.join(" or ")}), or use FCA.`,
    })
  }

  for (const issue of checkTaxIds(profile.consignee.tax_ids, order.country_code)) {
    issues.push({ path: `consignee.tax_ids.${issue.index}`, code: "tax_id", message: issue.message })
  }

  if (profile.insurance_amount != null && (!Number.isFinite(profile.insurance_amount) || profile.insurance_amount < 0)) {
    issues.push({ path: "insurance_amount", code: "insurance", message: "Insurance is an amount of 0 or more." })
  }
  if (profile.eur_rate != null && (!Number.isFinite(profile.eur_rate) || profile.eur_rate <= 0)) {
    issues.push({ path: "eur_rate", code: "eur_rate", message: "The euro rate is a number above 0 (euros per unit of the order's currency)." })
  }

  const ordered = new Map(order.lines.map((l) => [l.id, l.quantity]))
  const packed = new Map<string, number>()
  profile.cartons.forEach((carton, c) => {
    const path = `cartons.${c}`
    try {
      cbm(dimensionsOf(carton))
    } catch (e) {
      issues.push({ path, code: "carton_dimensions", message: `Carton ${c + 1}: ${(e as Error).message}` })
    }
    if (!Number.isFinite(carton.gross_weight_kg) || carton.gross_weight_kg <= 0) {
      issues.push({ path: `${path}.gross_weight_kg`, code: "carton_weight", message: `Carton ${c + 1}: the gross weight must be more than 0 kg.` })
    }
    if (!carton.contents.length) issues.push({ path: `${path}.contents`, code: "carton_empty", message: `Carton ${c + 1} holds nothing.` })
    carton.contents.forEach((content, i) => {
      if (!ordered.has(content.line_item_id)) {
        issues.push({ path: `${path}.contents.${i}`, code: "carton_line", message: `Carton ${c + 1}: ${content.line_item_id} is not a line of this order.` })
        return
      }
      if (!Number.isInteger(content.quantity) || content.quantity < 1) {
        issues.push({ path: `${path}.contents.${i}.quantity`, code: "carton_quantity", message: `Carton ${c + 1}: quantities are whole numbers from 1.` })
        return
      }
      packed.set(content.line_item_id, (packed.get(content.line_item_id) ?? 0) + content.quantity)
    })
  })
  for (const [lineId, quantity] of packed) {
    const max = ordered.get(lineId) ?? 0
    if (quantity > max) {
      issues.push({ path: "cartons", code: "carton_overpacked", message: `${quantity} of line ${lineId} are packed, but the order has ${max}.` })
    }
  }
  return issues
}

/** Lines (and how many of each) that no carton holds yet: documents need everything packed. */
export function unpackedLines(cartons: readonly Carton[], lines: readonly { id: string; quantity: number }[]) {
  const packed = new Map<string, number>()
  for (const carton of cartons) for (const c of carton.contents) packed.set(c.line_item_id, (packed.get(c.line_item_id) ?? 0) + c.quantity)
  return lines.filter((l) => (packed.get(l.id) ?? 0) < l.quantity).map((l) => ({ id: l.id, missing: l.quantity - (packed.get(l.id) ?? 0) }))
}
