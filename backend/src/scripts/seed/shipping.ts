/**
 * Shipping options the seed keeps in line: Standard and Express per destination
 * region, priced by the courier provider from each cart's parcel. Prices, weight
 * limits and delivery times are NOT here: they live in the courier module's
 * rate table (src/modules/courier/rates.ts, docs/shipping.md).
 */
import { courierOptionData, courierRates, SERVICE_LABELS, SERVICES, type CourierOptionData, type ServiceCode } from "../../modules/courier/rates"

/** The courier provider as shipping options reference it: `<identifier>_<id>` ("courier", registered as "afesip"). */
export const COURIER_PROVIDER_ID = "courier_afesip"

export type SeedShippingOption = {
  /** Region name, also the service zone's name. */
  region: string
  /** Shipping option type: code, label and description (the description carries the delivery estimate). */
  type: { code: ServiceCode; label: string; description: string }
  /** e.g. "Express (European Union)" */
  name: string
  /** Stored as the option's data; the Store API returns it with each option. */
  data: CourierOptionData
}

export const shippingOptions: SeedShippingOption[] = courierRates.flatMap((zone) =>
  SERVICES.map((service) => {
    const data = courierOptionData(zone.code, service)
    const label = SERVICE_LABELS[service]
    return {
      region: zone.region,
      type: { code: service, label, description: `Tracked courier, ${data.delivery_estimate}` },
      name: `${label} (${zone.region})`,
      data,
    }
  })
)

export const SALES_CHANNELS = {
  webshop: { name: "Webshop", description: "Retail buyers on the online store" },
  wholesale: { name: "Wholesale", description: "Approved wholesale partners (boutiques, fair-trade shops)" },
} as const
