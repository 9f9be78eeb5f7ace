import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import {
  buildMid,
  checkCustomsDetail,
  DESTINATIONS,
  missingForInvoice,
  preferenceFor,
  tariffCodeFor,
  type CustomsDetail,
  type Destination,
  type Preference,
} from "../../../lib/customs"
import { CUSTOMS_MODULE, type CustomsModuleService } from "../../../modules/customs"
import { CUSTOMS_DETAIL_KEYS } from "../../../modules/customs/models/customs-detail"
import { midInputOf } from "../../../workflows/customs/steps"

/**
 * Reads behind the customs Admin routes. Each answer carries the rules'
 * verdict on the stored data (errors, warnings, today's preferences), so the
 * Admin shows what a document would print.
 */

type Row = Record<string, any>
type Scope = { resolve: MedusaContainer["resolve"] }

const VARIANT_FIELDS = ["id", "title", "sku", "hs_code", "origin_country", "mid_code", "material", "weight", "length", "width", "height", "variant_rank"]

const DETAIL_KEYS = ["id", ...CUSTOMS_DETAIL_KEYS] as const

const pick = (row: Row | null | undefined) => (row ? Object.fromEntries(DETAIL_KEYS.map((k) => [k, row[k] ?? null])) : null)
const isoDay = (date: Date) => date.toISOString().slice(0, 10)

export async function getProductCustoms(scope: Scope, productId: string, today = new Date()) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [product] } = await query.graph({
    entity: "product",
    fields: ["id", "title", "hs_code", "origin_country", ...VARIANT_FIELDS.map((f) => `variants.${f}`), "variants.customs_detail.*"],
    filters: { id: productId },
  })
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${productId} was not found`)
  const variants = ((product.variants ?? []) as Row[])
    .filter(Boolean)
    .sort((a, b) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0))
    .map((v) => {
      const customs = pick(v.customs_detail)
      const hs = v.hs_code ?? null
      const weight = v.weight == null ? null : Number(v.weight)
      const check = customs
        ? checkCustomsDetail(customs as unknown as CustomsDetail, { hs_code: hs, weight })
        : { errors: [{ path: "", code: "customs_missing", message: "No customs data yet." }], warnings: [] }
      const preferences = hs
        ? (Object.fromEntries(
            DESTINATIONS.map((d) => [
              d,
              preferenceFor({ destination: d, hs_code: hs, tariff_code: tariffCodeFor(d, hs, customs?.tariff_overrides as any), date: isoDay(today) }),
            ])
          ) as Record<Destination, Preference>)
        : null
      const { customs_detail, variant_rank, ...medusa } = v
      return { ...medusa, weight, customs, check, preferences }
    })
  return { product: { id: product.id, title: product.title, hs_code: product.hs_code, origin_country: product.origin_country }, variants }
}

export async function getExporterSettings(scope: Scope) {
  const service = scope.resolve<CustomsModuleService>(CUSTOMS_MODULE)
  const [exporter] = await service.listExporterSettings({}, { take: 1, order: { created_at: "ASC" } })
  return { exporter: exporter ?? null, missing: missingForInvoice(exporter as any) }
}

/** A facility's MID as documents use it, with the rule's answer for its current address. */
export function describeFacilityMid(facility: Row, row: Row | null) {
  const current = buildMid(midInputOf(facility))
  const currentMid = current.ok ? current.mid : null
  const computed = row?.computed_mid ?? null
  const override = row?.override_mid ?? null
  const country = String(facility.customs_address?.country_code ?? "").toUpperCase()
  return {
    facility_id: facility.id,
    code: facility.code,
    name: facility.name,
    customs_address: facility.customs_address ?? null,
    /** The MID documents print: the staff override, else the computed one. */
    mid: override ?? computed,
    source: override ? "override" : computed ? "computed" : null,
    computed_mid: computed,
    compute_error: row?.compute_error ?? null,
    computed_at: row?.computed_at ?? null,
    override_mid: override,
    override_reason: row?.override_reason ?? null,
    overridden_by: row?.overridden_by ?? null,
    overridden_at: row?.overridden_at ?? null,
    /** What the rule gives for the address as it is now. */
    rule_mid: currentMid,
    rule_error: current.ok ? null : current.error,
    /** The address changed since the MID was computed: recompute. */
    stale: !!row && computed !== currentMid,
    override_differs: !!override && !!currentMid && override !== currentMid,
    override_country_mismatch: !!override && !!country && override.slice(0, 2) !== country,
  }
}

export async function listFacilityMids(scope: Scope, filters: Row = {}) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const service = scope.resolve<CustomsModuleService>(CUSTOMS_MODULE)
  const { data: facilities } = await query.graph({ entity: "facility", fields: ["id", "code", "name", "customs_address"], filters })
  const rows = facilities.length ? await service.listFacilityMids({ facility_id: facilities.map((f: Row) => f.id) }) : []
  const byFacility = new Map(rows.map((r) => [r.facility_id, r as Row]))
  return (facilities as Row[])
    .sort((a, b) => String(a.code).localeCompare(String(b.code)))
    .map((f) => describeFacilityMid(f, byFacility.get(f.id) ?? null))
}

export async function getFacilityMid(scope: Scope, facilityId: string) {
  const [mid] = await listFacilityMids(scope, { id: facilityId })
  if (!mid) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Facility ${facilityId} was not found`)
  return mid
}
