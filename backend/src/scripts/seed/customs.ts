import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { CustomsDetail } from "../../lib/customs"
import { CUSTOMS_MODULE, type CustomsModuleService } from "../../modules/customs"
import { recomputeFacilityMidWorkflow, setVariantCustomsWorkflow, updateExporterSettingsWorkflow } from "../../workflows/customs"
import { products } from "./catalog"
import { careFr } from "./catalog-fr"
import { facilities } from "./facilities"
import type { SeedProduct } from "./types"

/**
 * Customs data for every catalog variant, the exporter's working details and
 * each facility's US MID. Only what is missing is created, so a second run
 * creates nothing. Seed values are working values: staff weigh the packed
 * units, enter national tariff lines, and complete the exporter's TIN, REX
 * number and signatory under Settings → Exporter before shipping.
 */

/** The catalog's care wording → care symbol codes. A new phrase in the catalog must be added here. */
const CARE_SYMBOLS_BY_PHRASE: Record<string, string[]> = {
  "Hand wash cold or dry clean": ["hand-wash", "dry-clean-p"],
  "Dry clean or hand wash cold": ["hand-wash", "dry-clean-p"],
  "Hand wash cold": ["hand-wash"],
  "Machine wash 30 °C, gentle": ["wash-30-mild"],
  "Machine wash 30 °C, wool cycle": ["wash-30-very-mild"],
  "Do not tumble dry": ["do-not-tumble-dry"],
  "Line dry in shade": ["line-dry-shade"],
  "Line dry": ["line-dry"],
  "Dry flat": ["dry-flat"],
  "Cool iron on the reverse": ["iron-low"],
  "Cool iron": ["iron-low"],
  "Warm iron": ["iron-medium"],
  // Spot cleaning has no ISO symbol: the text says it.
  "Spot clean with a damp cloth": [],
  "Spot clean": [],
}

/** Polybag, tissue and hang-tag added to the piece's weight until staff weigh packed units. */
export const SEED_PACKING_ALLOWANCE_G = 10

export function seedCustomsDetail(p: SeedProduct): CustomsDetail {
  const symbols = p.care.flatMap((phrase) => {
    const codes = CARE_SYMBOLS_BY_PHRASE[phrase]
    if (!codes) throw new Error(`No care symbols for the catalog phrase "${phrase}" (seed/customs.ts)`)
    return codes
  })
  return {
    composition: p.composition,
    construction: p.construction,
    care_text: { en: p.care.join("\n"), fr: p.care.map((c) => careFr[c] ?? "").filter(Boolean).join("\n") },
    care_symbols: [...new Set(symbols)],
    tariff_overrides: {},
    packed_weight_g: p.weight + SEED_PACKING_ALLOWANCE_G,
    packed_length_cm: p.length,
    packed_width_cm: p.width,
    packed_height_cm: p.height,
  }
}

/** Returns how many records it created (customs details + exporter row + facility MIDs). */
export async function seedCustoms(container: MedusaContainer): Promise<number> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const productModule = container.resolve(Modules.PRODUCT)
  const service = container.resolve<CustomsModuleService>(CUSTOMS_MODULE)
  const created = { details: 0, exporter: 0, mids: 0 }

  // Variants without customs data, product by product (one workflow run each).
  const ids = new Map(
    (await productModule.listProducts({ handle: products.map((p) => p.handle) }, { select: ["id", "handle"] })).map((p) => [p.handle, p.id])
  )
  const { data: rows } = await query.graph({
    entity: "product",
    fields: ["id", "variants.id", "variants.customs_detail.id"],
    filters: { id: [...ids.values()] },
  })
  const missingByProduct = new Map(
    rows.map((r: Record<string, any>) => [
      r.id as string,
      ((r.variants ?? []) as Record<string, any>[]).filter((v) => v && !v.customs_detail).map((v) => v.id as string),
    ])
  )
  for (const p of products) {
    const productId = ids.get(p.handle)
    const missing = productId ? missingByProduct.get(productId) ?? [] : []
    if (!missing.length) continue
    const detail = seedCustomsDetail(p)
    await setVariantCustomsWorkflow(container).run({
      input: { product_id: productId!, variants: missing.map((variant_id) => ({ variant_id, ...detail })) },
    })
    created.details += missing.length
  }

  // The exporter: AFESIP's name and the export centre's address; staff add the TIN, REX number and signatory.
  const [exporter] = await service.listExporterSettings({}, { take: 1 })
  if (!exporter) {
    const centre = facilities.find((f) => f.ships_orders)!
    await updateExporterSettingsWorkflow(container).run({
      input: {
        data: {
          legal_name: "AFESIP Fair Fashion",
          address: {
            address_1: centre.address.address_1,
            address_2: centre.address.address_2 ?? null,
            city: centre.address.city,
            province: centre.address.province,
            postal_code: centre.address.postal_code,
            country_code: centre.address.country_code.toUpperCase(),
          },
        },
      },
    })
    created.exporter = 1
  }

  // Each facility's MID, computed from its customs name and address.
  const { data: facilityRows } = await query.graph({ entity: "facility", fields: ["id"] })
  const known = new Set((await service.listFacilityMids({}, { select: ["facility_id"] })).map((m) => m.facility_id))
  for (const facility of facilityRows as { id: string }[]) {
    if (known.has(facility.id)) continue
    await recomputeFacilityMidWorkflow(container).run({ input: { facility_id: facility.id } })
    created.mids += 1
  }
  logger.info(`[seed] customs: ${created.details} variant details, ${created.exporter} exporter row, ${created.mids} facility MIDs created`)
  return created.details + created.exporter + created.mids
}
