import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import {
  checkExportProfile,
  defaultExportProfile,
  type Carton,
  type Issue,
  type Construction,
  type ExportProfileInput,
  type ExporterSettings,
  type Manufacturer,
  type OrderForProfile,
  type PaperworkInput,
  type PaperworkLineInput,
} from "../../lib/customs"
import { toNumber } from "../../lib/parcel"
import { CUSTOMS_MODULE, type CustomsModuleService } from "../../modules/customs"
import { listFacilityMids } from "../../api/admin/customs/read"
import { ORDER_ID } from "../../api/store/order-documents-access"
import { SALES_CHANNELS } from "../../scripts/seed/shipping"

/**
 * Reads what an order's export documents need: the order and its lines, the
 * variants' customs data, the facility that made each product (for the US
 * MID), the exporter settings and the order's export profile (or its
 * defaults). Shared by the Admin routes and the issuing workflow.
 */

type Row = Record<string, any>
type Scope = { resolve: MedusaContainer["resolve"] }

const ORDER_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "currency_code",
  "email",
  "metadata",
  "customer_id",
  "sales_channel.name",
  "shipping_address.*",
  "discount_subtotal",
  "shipping_subtotal",
  "tax_total",
  "total",
  "items.id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.variant_sku",
  "items.quantity",
  "items.subtotal",
  "items.variant_id",
  "items.product_id",
  "items.variant.hs_code",
  "items.variant.origin_country",
  "items.variant.weight",
  "items.variant.length",
  "items.variant.width",
  "items.variant.height",
  "items.variant.customs_detail.*",
  "items.variant.product.origin_country",
]

export type ExportOrder = {
  order: Row
  for_profile: OrderForProfile
  profile: ExportProfileInput
  /** The profile is stored (false: the defaults are shown). */
  profile_saved: boolean
  exporter: ExporterSettings | null
  input: PaperworkInput
  /** One carton with everything, weighed from the catalogue: what staff start from. */
  suggested_carton: Carton
  /** The saved profile checked again against the order as it is now (lines or address may have changed since). */
  profile_issues: Issue[]
}

/** The facility credited on each product: an individual maker's, else the team's. */
async function manufacturersByProduct(scope: Scope, productIds: string[]): Promise<Map<string, Manufacturer>> {
  if (!productIds.length) return new Map()
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "makers.facility.id", "team.facility.id"],
    filters: { id: productIds },
  })
  const facilityOf = new Map<string, string>()
  for (const p of products as Row[]) {
    const facility = ((p.makers ?? []) as Row[]).find((m) => m?.facility?.id)?.facility?.id ?? p.team?.facility?.id
    if (facility) facilityOf.set(p.id, facility)
  }
  const mids = facilityOf.size ? await listFacilityMids(scope, { id: [...new Set(facilityOf.values())] }) : []
  const byFacility = new Map(mids.map((m) => [m.facility_id, m]))
  const result = new Map<string, Manufacturer>()
  for (const [productId, facilityId] of facilityOf) {
    const m = byFacility.get(facilityId)
    if (!m) continue
    const a = (m.customs_address ?? {}) as Row
    result.set(productId, {
      name: String(a.legal_name ?? m.name ?? ""),
      address_lines: [a.address_1, a.address_2].filter((l): l is string => typeof l === "string" && l.trim() !== ""),
      city: String(a.city ?? ""),
      country_code: String(a.country_code ?? "").toUpperCase(),
      mid: m.mid ?? null,
    })
  }
  return result
}

const num = (v: unknown) => {
  const n = toNumber(v)
  return Number.isFinite(n) ? n : 0
}
const positiveOrNull = (v: unknown) => {
  const n = toNumber(v)
  return Number.isFinite(n) && n > 0 ? n : null
}

export function storedProfile(row: Row): ExportProfileInput {
  return {
    incoterm: row.incoterm,
    incoterm_place: row.incoterm_place,
    reason_for_export: row.reason_for_export,
    consignee: { company_name: row.consignee?.company_name ?? null, tax_ids: row.consignee?.tax_ids ?? [] },
    po_number: row.po_number ?? null,
    cartons: (row.cartons ?? []) as Carton[],
    insurance_amount: row.insurance_amount ?? null,
    eur_rate: row.eur_rate ?? null,
  }
}

export async function loadExportOrder(scope: Scope, orderId: string): Promise<ExportOrder> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const service = scope.resolve<CustomsModuleService>(CUSTOMS_MODULE)
  if (!ORDER_ID.test(orderId)) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Order was not found")
  const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: orderId } })
  // Read as plain rows: totals and the linked customs data are not in Medusa's generated Order type.
  const order = data[0] as Row | undefined
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`)

  const items = ((order.items ?? []) as Row[]).filter(Boolean).sort((a, b) => String(a.id).localeCompare(String(b.id)))
  const address = (order.shipping_address ?? {}) as Row
  const forProfile: OrderForProfile = {
    channel: order.sales_channel?.name === SALES_CHANNELS.wholesale.name ? "wholesale" : "retail",
    country_code: String(address.country_code ?? "").toUpperCase(),
    city: address.city ?? null,
    lines: items.map((i) => ({ id: i.id, quantity: num(i.quantity) })),
    currency_code: String(order.currency_code ?? ""),
    goods_value: items.reduce((sum, i) => sum + num(i.subtotal), 0),
    checkout_consignee: (order.metadata?.consignee as OrderForProfile["checkout_consignee"]) ?? null,
  }
  const [profileRow] = await service.listExportProfiles({ order_id: orderId }, { take: 1 })
  const profile = profileRow ? storedProfile(profileRow) : defaultExportProfile(forProfile)
  const [exporter] = await service.listExporterSettings({}, { take: 1, order: { created_at: "ASC" } })
  const makers = await manufacturersByProduct(scope, [...new Set(items.map((i) => i.product_id).filter(Boolean))])

  const lines: PaperworkLineInput[] = items.map((item) => {
    const variant = (item.variant ?? {}) as Row
    const detail = (variant.customs_detail ?? null) as Row | null
    return {
      line_item_id: item.id,
      description: [item.product_title ?? item.title, item.variant_title].filter(Boolean).join(" – "),
      sku: item.variant_sku ?? null,
      quantity: num(item.quantity),
      value: num(item.subtotal),
      hs_code: variant.hs_code ?? null,
      origin_country: variant.origin_country ?? variant.product?.origin_country ?? "KH",
      tariff_overrides: detail?.tariff_overrides ?? null,
      composition: detail?.composition ?? [],
      construction: (detail?.construction ?? null) as Construction | null,
      unit_weight_g: positiveOrNull(variant.weight),
      manufacturer: makers.get(item.product_id) ?? null,
    }
  })

  // The suggestion: everything in one carton, its gross weight from the packed units (else net + 10 %).
  let grossG = 0
  let length = 0
  let width = 0
  let height = 0
  for (const item of items) {
    const variant = (item.variant ?? {}) as Row
    const detail = (variant.customs_detail ?? {}) as Row
    const qty = num(item.quantity)
    grossG += (positiveOrNull(detail.packed_weight_g) ?? (positiveOrNull(variant.weight) ?? 500) * 1.1) * qty
    length = Math.max(length, positiveOrNull(detail.packed_length_cm) ?? positiveOrNull(variant.length) ?? 35)
    width = Math.max(width, positiveOrNull(detail.packed_width_cm) ?? positiveOrNull(variant.width) ?? 28)
    height += (positiveOrNull(detail.packed_height_cm) ?? positiveOrNull(variant.height) ?? 4) * qty
  }
  const suggested_carton: Carton = {
    length_cm: Math.ceil(length),
    width_cm: Math.ceil(width),
    // A tall stack is more than one box: staff split it; the suggestion stays within what a carton may be.
    height_cm: Math.min(120, Math.max(4, Math.ceil(height))),
    // Plus the outer box.
    gross_weight_kg: Math.round((grossG + 250) / 10) / 100,
    contents: items.map((i) => ({ line_item_id: i.id, quantity: num(i.quantity) })),
  }

  const input: PaperworkInput = {
    order: { id: order.id, display_id: order.display_id, placed_at: new Date(order.created_at).toISOString(), currency_code: order.currency_code, email: order.email ?? null },
    shipping_address: address,
    profile,
    exporter: (exporter as unknown as ExporterSettings) ?? null,
    lines,
    charges: { discount: num(order.discount_subtotal), freight: num(order.shipping_subtotal), tax: num(order.tax_total), paid: num(order.total) },
  }
  const profile_issues = checkExportProfile(profile, forProfile)
  return { order, for_profile: forProfile, profile, profile_saved: !!profileRow, exporter: input.exporter, input, suggested_carton, profile_issues }
}
