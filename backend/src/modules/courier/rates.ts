/**
 * Courier rates from Phnom Penh, per destination zone and service.
 *
 * Reviewed 2026-11-29 against the courier's tariff. Change prices, weight limits
 * and delivery times here (and nowhere else), then restart the backend and
 * re-run the seed so the shipping options' delivery estimates follow
 * (docs/shipping.md).
 *
 * - Zones are the store's regions (src/scripts/seed/regions.ts), one service zone each.
 * - Prices are in major units of the region's currency: `first` buys the first
 *   0.5 kg of chargeable weight, `additional` each further 0.5 kg.
 * - Where the region's prices include VAT/GST (EU, UK, Australia) these prices
 *   include it too, so `prices_include_tax` must equal the region's tax inclusivity.
 * - Above `max_kg` the service is not offered for the parcel; the Store API
 *   answers its price request with 400 and a message saying why.
 */
import type { ServiceRate } from "../../lib/parcel"

export const SERVICES = ["standard", "express"] as const
export type ServiceCode = (typeof SERVICES)[number]

export const ZONES = ["US", "EU", "UK", "AU", "ROW"] as const
export type ZoneCode = (typeof ZONES)[number]

export const SERVICE_LABELS: Record<ServiceCode, string> = { standard: "Standard", express: "Express" }

export type ZoneRates = {
  code: ZoneCode
  /** Name of the store region (and of its service zone). */
  region: string
  /** The prices include VAT/GST (tax-inclusive region). */
  prices_include_tax: boolean
  services: Record<ServiceCode, ServiceRate>
}

export const courierRates: readonly ZoneRates[] = [
  {
    code: "US",
    region: "United States",
    prices_include_tax: false,
    services: {
      standard: { prices: { usd: { first: 18, additional: 4.5 } }, max_kg: 20, days: { min: 8, max: 14 } },
      express: { prices: { usd: { first: 42, additional: 7 } }, max_kg: 30, days: { min: 3, max: 5 } },
    },
  },
  {
    code: "EU",
    region: "European Union",
    prices_include_tax: true,
    services: {
      standard: { prices: { eur: { first: 17, additional: 4 } }, max_kg: 20, days: { min: 7, max: 12 } },
      express: { prices: { eur: { first: 39, additional: 6.5 } }, max_kg: 30, days: { min: 3, max: 5 } },
    },
  },
  {
    code: "UK",
    region: "United Kingdom",
    prices_include_tax: true,
    services: {
      standard: { prices: { gbp: { first: 15, additional: 3.5 } }, max_kg: 20, days: { min: 7, max: 12 } },
      express: { prices: { gbp: { first: 34, additional: 5.5 } }, max_kg: 30, days: { min: 3, max: 5 } },
    },
  },
  {
    code: "AU",
    region: "Australia",
    prices_include_tax: true,
    services: {
      standard: { prices: { aud: { first: 22, additional: 5 } }, max_kg: 20, days: { min: 6, max: 10 } },
      express: { prices: { aud: { first: 49, additional: 8 } }, max_kg: 30, days: { min: 2, max: 4 } },
    },
  },
  {
    code: "ROW",
    region: "Rest of world",
    prices_include_tax: false,
    services: {
      standard: { prices: { usd: { first: 24, additional: 6 } }, max_kg: 20, days: { min: 10, max: 20 } },
      express: { prices: { usd: { first: 55, additional: 9 } }, max_kg: 30, days: { min: 4, max: 7 } },
    },
  },
]

/**
 * What a shipping option of this provider keeps in its `data` (and what
 * getFulfillmentOptions offers in the Admin): the zone and service it prices,
 * plus the delivery estimate the storefront shows.
 */
export type CourierOptionData = {
  id: string
  name: string
  zone: ZoneCode
  service: ServiceCode
  transit_days_min: number
  transit_days_max: number
  /** e.g. "3–5 business days" */
  delivery_estimate: string
}

export function findRate(zone: unknown, service: unknown): { zone: ZoneRates; service: ServiceCode; rate: ServiceRate } | undefined {
  const zoneRates = courierRates.find((z) => z.code === zone)
  if (!zoneRates || !SERVICES.includes(service as ServiceCode)) return undefined
  return { zone: zoneRates, service: service as ServiceCode, rate: zoneRates.services[service as ServiceCode] }
}

export const deliveryEstimate = (days: ServiceRate["days"]) => `${days.min}–${days.max} business days`

/** The option data for a zone and service; throws for an unknown pair. */
export function courierOptionData(zone: ZoneCode, service: ServiceCode): CourierOptionData {
  const found = findRate(zone, service)
  if (!found) throw new Error(`No courier rate for zone ${zone} and service ${service}`)
  const { days } = found.rate
  return {
    id: `courier-${zone.toLowerCase()}-${service}`,
    name: `${SERVICE_LABELS[service]} — ${found.zone.region}`,
    zone,
    service,
    transit_days_min: days.min,
    transit_days_max: days.max,
    delivery_estimate: deliveryEstimate(days),
  }
}

/** Every zone × service pair. */
export const allCourierOptions = (): CourierOptionData[] =>
  courierRates.flatMap((z) => SERVICES.map((service) => courierOptionData(z.code, service)))
