import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createShippingOptionsWorkflow } from "@medusajs/medusa/core-flows"
import { regions } from "./regions"

export const RETURN_OPTION_NAME = "Return to AFESIP (Phnom Penh export centre)"

/**
 * One return option per destination zone of the courier fulfillment set, so
 * buyers can ask to return delivered pieces from their account. It costs the
 * buyer nothing here; staff send the return label and decide on the refund.
 */
export async function seedReturnOptions(container: MedusaContainer, options: { fulfillmentSetName: string; providerId: string }): Promise<number> {
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  const regionModule = container.resolve(Modules.REGION)
  const [fulfillmentSet] = await fulfillmentModule.listFulfillmentSets({ name: options.fulfillmentSetName }, { relations: ["service_zones"] })
  if (!fulfillmentSet) return 0
  const [profile] = await fulfillmentModule.listShippingProfiles({ type: "default" })
  const regionRows = await regionModule.listRegions({}, { select: ["id", "name", "currency_code"] })
  let created = 0
  for (const zone of fulfillmentSet.service_zones) {
    const region = regionRows.find((r) => r.name === zone.name)
    const seedRegion = regions.find((r) => r.name === zone.name)
    if (!region || !seedRegion) continue
    const existing = await fulfillmentModule.listShippingOptions({ service_zone: { id: zone.id }, name: RETURN_OPTION_NAME })
    if (existing.length) continue
    await createShippingOptionsWorkflow(container).run({
      input: [
        {
          name: RETURN_OPTION_NAME,
          price_type: "flat" as const,
          provider_id: options.providerId,
          service_zone_id: zone.id,
          shipping_profile_id: profile.id,
          type: { label: "Return", description: "Return of delivered pieces", code: "return" },
          prices: [
            { currency_code: seedRegion.currency_code, amount: 0 },
            { region_id: region.id, amount: 0 },
          ],
          rules: [
            { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
            { attribute: "is_return", value: "true", operator: "eq" as const },
          ],
        },
      ],
    })
    created += 1
  }
  return created
}
