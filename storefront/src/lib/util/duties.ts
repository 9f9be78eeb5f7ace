/**
 * Whether a retail buyer pays import duties and taxes on delivery, or whether
 * they are included in what she pays at checkout.
 *
 * Retail parcels travel DAP (the buyer's address; she pays import charges to the
 * courier) unless the store collects the import tax at checkout under a
 * low-value scheme where AFESIP is registered: EU IOSS up to €150, UK VAT up to
 * £135, Australian GST up to A$1,000. Under those, the parcel travels DDP and
 * nothing more is due. The US has no de-minimis any more, so US parcels always
 * owe duties on delivery. Thresholds are dated data (reviewed 2026-11).
 */
export type Incoterm = "EXW" | "FCA" | "FOB" | "DAP" | "DDP"
export type DutiesOutcome = "included" | "due-on-delivery"

type Scheme = { name: string; currency: string; maxGoodsValue: number; countries: "eu" | string[] }

export const EU_COUNTRIES = [
  "at", "be", "bg", "hr", "cy", "cz", "dk", "ee", "fi", "fr", "de", "gr", "hu", "ie", "it", "lv", "lt", "lu", "mt", "nl",
  "pl", "pt", "ro", "sk", "si", "es", "se",
]

export const IMPORT_TAX_SCHEMES: Scheme[] = [
  { name: "EU IOSS", currency: "eur", maxGoodsValue: 150, countries: "eu" },
  { name: "UK VAT at sale", currency: "gbp", maxGoodsValue: 135, countries: ["gb"] },
  { name: "Australian GST at sale", currency: "aud", maxGoodsValue: 1000, countries: ["au"] },
]

/**
 * @param goodsValue the items' value in `currency` (major units, shipping excluded)
 */
export function dutiesAtCheckout(input: { countryCode: string; currency: string; goodsValue: number; incoterm?: Incoterm }): { outcome: DutiesOutcome; scheme?: string } {
  const incoterm = input.incoterm ?? "DAP"
  if (incoterm === "DDP") return { outcome: "included" }
  if (incoterm !== "DAP") return { outcome: "due-on-delivery" }
  const country = input.countryCode.toLowerCase()
  const scheme = IMPORT_TAX_SCHEMES.find((s) => (s.countries === "eu" ? EU_COUNTRIES.includes(country) : s.countries.includes(country)))
  if (scheme && scheme.currency === input.currency.toLowerCase() && input.goodsValue <= scheme.maxGoodsValue) {
    return { outcome: "included", scheme: scheme.name }
  }
  return { outcome: "due-on-delivery" }
}
