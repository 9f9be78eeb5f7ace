import {
  packParcel,
  parcelItemsFromCart,
  priceForWeight,
  quoteService,
  roundUpToStep,
  type ParcelItem,
} from "../parcel"
import { courierRates, findRate, SERVICES, type ServiceCode, type ZoneCode } from "../../modules/courier/rates"
import { regions as seedRegions } from "../../scripts/seed/regions"

/** A catalog-like unit: grams and centimetres. */
const unit = (ref: string, quantity: number, weightG: number | null, dims: [number | null, number | null, number | null]): ParcelItem => ({
  ref,
  quantity,
  weightG,
  lengthCm: dims[0],
  widthCm: dims[1],
  heightCm: dims[2],
})
const dress = (quantity = 1) => unit("dress", quantity, 290, [30, 24, 4]) // Mekong Wrap Dress
const scarf = (quantity = 1) => unit("scarf", quantity, 90, [22, 16, 2]) // Ikat Silk Scarf
const tote = (quantity = 1) => unit("tote", quantity, 340, [40, 32, 4]) // Silk Market Tote
const square = (quantity = 1) => unit("square", quantity, 20, [14, 10, 1]) // Silk Pocket Square

describe("rounding up to the courier's 0.5 kg steps", () => {
  it.each([
    [0, 0.5],
    [0.01, 0.5],
    [0.5, 0.5],
    [0.1 + 0.2 + 0.2, 0.5],
    [0.5000000001, 0.5],
    [0.51, 1],
    [1, 1],
    [2.26, 2.5],
    [19.99, 20],
    [20.01, 20.5],
  ])("%p kg → %p kg", (kg, expected) => {
    expect(roundUpToStep(kg)).toBe(expected)
  })
})

describe("packing a cart into one parcel", () => {
  it.each([
    {
      name: "one dress: volumetric dominates (2880 cm³ × 1.1 = 0.634 kg > 0.44 kg)",
      items: [dress()],
      actualKg: 0.44,
      volumetricKg: 0.634,
      chargeableKg: 1,
    },
    {
      name: "a pocket square alone ships in the smallest mailer (25 × 18 × 4 cm = 0.36 kg)",
      items: [square()],
      actualKg: 0.17,
      volumetricKg: 0.36,
      chargeableKg: 0.5,
    },
    {
      name: "a dense 2 kg item: actual weight dominates (2 kg + 10 % packaging)",
      items: [unit("dense", 1, 2000, [20, 15, 5])],
      actualKg: 2.2,
      volumetricKg: 0.36,
      chargeableKg: 2.5,
    },
    {
      name: "exactly on a step stays there (850 g + 150 g packaging = 1.0 kg)",
      items: [unit("brick", 1, 850, [10, 10, 10])],
      actualKg: 1,
      volumetricKg: 0.36,
      chargeableKg: 1,
    },
    {
      name: "several items: weights and volumes add up (2 dresses + 3 scarves)",
      items: [dress(2), scarf(3)],
      actualKg: 1,
      volumetricKg: 1.732,
      chargeableKg: 2,
    },
    {
      name: "six totes: bulky, 7 kg volumetric against 2.244 kg actual",
      items: [tote(6)],
      actualKg: 2.244,
      volumetricKg: 6.758,
      chargeableKg: 7,
    },
    {
      name: "an empty cart still costs the first step",
      items: [],
      actualKg: 0.15,
      volumetricKg: 0.36,
      chargeableKg: 0.5,
    },
    {
      name: "lines with quantity 0 count for nothing",
      items: [dress(0), square()],
      actualKg: 0.17,
      volumetricKg: 0.36,
      chargeableKg: 0.5,
    },
  ])("$name", ({ items, actualKg, volumetricKg, chargeableKg }) => {
    const parcel = packParcel(items)
    expect(parcel.actualKg).toBeCloseTo(actualKg, 3)
    expect(parcel.volumetricKg).toBeCloseTo(volumetricKg, 3)
    expect(parcel.chargeableKg).toBe(chargeableKg)
    expect(parcel.chargeableKg).toBeGreaterThanOrEqual(Math.max(parcel.actualKg, parcel.volumetricKg))
    expect(parcel.defaults).toEqual([])
  })

  it.each([
    {
      name: "no weight: 500 g is assumed",
      item: unit("v_noweight", 1, null, [10, 10, 2]),
      missing: ["weight"],
      actualKg: 0.65,
      chargeableKg: 1,
    },
    {
      name: "a dimension missing: the default 35 × 28 × 6 cm unit is assumed",
      item: unit("v_nodims", 1, 100, [30, null, 2]),
      missing: ["dimensions"],
      actualKg: 0.25,
      chargeableKg: 1.5,
    },
    {
      name: "nothing known (zeros count as missing)",
      item: unit("v_nothing", 2, 0, [0, 0, 0]),
      missing: ["weight", "dimensions"],
      actualKg: 1.15,
      chargeableKg: 3,
    },
  ])("$name — conservative default, reported", ({ item, missing, actualKg, chargeableKg }) => {
    const parcel = packParcel([item, square()])
    expect(parcel.defaults).toEqual([{ ref: item.ref, missing }])
    expect(parcel.actualKg).toBeCloseTo(actualKg + 0.02, 3)
    expect(parcel.chargeableKg).toBe(chargeableKg)
  })

  it("never charges less for a product with missing figures than for any catalog item it might be", () => {
    const known = packParcel([tote()]).chargeableKg
    expect(packParcel([unit("unknown", 1, null, [null, null, null])]).chargeableKg).toBeGreaterThanOrEqual(known)
  })
})

describe("cart line items → parcel items", () => {
  it("reads the variant's figures, falls back to the product's weight and skips items that need no shipping", () => {
    const items = parcelItemsFromCart([
      { id: "li_1", quantity: 2, variant_sku: "AFF-DRS-1", variant: { id: "v1", weight: 290, length: 30, width: 24, height: 4 } },
      { id: "li_2", quantity: { numeric: 3 }, variant_id: "v2", variant: { id: "v2", weight: null, length: "22", width: 16, height: 2 }, product: { weight: 90 } },
      { id: "li_3", quantity: 1, requires_shipping: false, variant: { id: "v3", weight: 10 } },
      { id: "li_4", quantity: "1", variant: null },
      null,
    ])
    expect(items).toEqual([
      { ref: "AFF-DRS-1", quantity: 2, weightG: 290, lengthCm: 30, widthCm: 24, heightCm: 4 },
      { ref: "v2", quantity: 3, weightG: 90, lengthCm: 22, widthCm: 16, heightCm: 2 },
      { ref: "li_4", quantity: 1, weightG: null, lengthCm: null, widthCm: null, heightCm: null },
    ])
    expect(packParcel(items).defaults).toEqual([{ ref: "li_4", missing: ["weight", "dimensions"] }])
  })
})

describe("rate table", () => {
  type Row = { zone: ZoneCode; service: ServiceCode; currency: string; taxInclusive: boolean; prices: [number, number, number] }
  /** Prices for 0.5 kg, 1 kg and 2.5 kg chargeable weight. */
  const table: Row[] = [
    { zone: "US", service: "standard", currency: "usd", taxInclusive: false, prices: [18, 22.5, 36] },
    { zone: "US", service: "express", currency: "usd", taxInclusive: false, prices: [42, 49, 70] },
    { zone: "EU", service: "standard", currency: "eur", taxInclusive: true, prices: [17, 21, 33] },
    { zone: "EU", service: "express", currency: "eur", taxInclusive: true, prices: [39, 45.5, 65] },
    { zone: "UK", service: "standard", currency: "gbp", taxInclusive: true, prices: [15, 18.5, 29] },
    { zone: "UK", service: "express", currency: "gbp", taxInclusive: true, prices: [34, 39.5, 56] },
    { zone: "AU", service: "standard", currency: "aud", taxInclusive: true, prices: [22, 27, 42] },
    { zone: "AU", service: "express", currency: "aud", taxInclusive: true, prices: [49, 57, 81] },
    { zone: "ROW", service: "standard", currency: "usd", taxInclusive: false, prices: [24, 30, 48] },
    { zone: "ROW", service: "express", currency: "usd", taxInclusive: false, prices: [55, 64, 91] },
  ]

  it("covers every zone × service", () => {
    expect(table.map((r) => `${r.zone}/${r.service}`).sort()).toEqual(
      courierRates.flatMap((z) => SERVICES.map((s) => `${z.code}/${s}`)).sort()
    )
  })

  it.each(table)("$zone $service in $currency", ({ zone, service, currency, taxInclusive, prices }) => {
    const found = findRate(zone, service)!
    expect(found.zone.prices_include_tax).toBe(taxInclusive)
    expect([0.5, 1, 2.5].map((kg) => quoteService(found.rate, currency.toUpperCase(), kg))).toEqual(
      prices.map((amount, i) => ({ ok: true, amount, chargeableKg: [0.5, 1, 2.5][i] }))
    )
  })

  it.each(table)("$zone $service: refused over its weight limit, priced right at it", ({ zone, service, currency }) => {
    const { rate } = findRate(zone, service)!
    const atLimit = quoteService(rate, currency, rate.max_kg)
    expect(atLimit).toEqual(expect.objectContaining({ ok: true }))
    expect(quoteService(rate, currency, rate.max_kg + 0.5)).toEqual({
      ok: false,
      reason: "over_limit",
      chargeableKg: rate.max_kg + 0.5,
      maxKg: rate.max_kg,
    })
  })

  it("Standard takes up to 20 kg and Express up to 30 kg everywhere", () => {
    for (const zone of courierRates) {
      expect([zone.code, zone.services.standard.max_kg, zone.services.express.max_kg]).toEqual([zone.code, 20, 30])
    }
  })

  it("has no price in a currency the zone is not sold in", () => {
    expect(quoteService(findRate("EU", "standard")!.rate, "usd", 1)).toEqual({ ok: false, reason: "no_price", currency: "usd" })
  })

  it.each([
    ["XX", "standard"],
    ["EU", "overnight"],
    [undefined, undefined],
  ])("knows no zone %p with service %p", (zone, service) => {
    expect(findRate(zone, service)).toBeUndefined()
  })

  it("prices the first 0.5 kg, then each further 0.5 kg, to the cent", () => {
    expect(priceForWeight({ first: 17, additional: 4 }, 0.5)).toBe(17)
    expect(priceForWeight({ first: 17, additional: 4 }, 0.7)).toBe(21)
    expect(priceForWeight({ first: 9.99, additional: 0.1 }, 2)).toBe(10.29)
  })

  it("matches the store's regions: one zone each, priced in its currency, tax-inclusive where the region is", () => {
    expect(courierRates.map((z) => z.region).sort()).toEqual(seedRegions.map((r) => r.name).sort())
    for (const zone of courierRates) {
      const region = seedRegions.find((r) => r.name === zone.region)!
      expect([zone.code, zone.prices_include_tax]).toEqual([zone.code, region.is_tax_inclusive])
      for (const service of SERVICES) {
        expect([zone.code, service, Object.keys(zone.services[service].prices)]).toEqual([zone.code, service, [region.currency_code]])
        const { days } = zone.services[service]
        expect(days.min).toBeLessThanOrEqual(days.max)
      }
      expect(zone.services.express.days.max).toBeLessThan(zone.services.standard.days.min)
    }
  })
})
