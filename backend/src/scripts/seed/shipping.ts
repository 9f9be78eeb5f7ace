/**
 * Flat courier rates per destination region from Phnom Penh, in the region's
 * currency (major units). Reviewed 2026-11; tune here, not in code.
 */
export type SeedShippingRate = {
  region: string
  standard: { amount: number; days: string }
  express: { amount: number; days: string }
}

export const shippingRates: SeedShippingRate[] = [
  { region: "United States", standard: { amount: 18, days: "8–14 business days" }, express: { amount: 42, days: "3–5 business days" } },
  { region: "European Union", standard: { amount: 17, days: "7–12 business days" }, express: { amount: 39, days: "3–5 business days" } },
  { region: "United Kingdom", standard: { amount: 15, days: "7–12 business days" }, express: { amount: 34, days: "3–5 business days" } },
  { region: "Australia", standard: { amount: 22, days: "6–10 business days" }, express: { amount: 49, days: "2–4 business days" } },
  { region: "Rest of world", standard: { amount: 24, days: "10–20 business days" }, express: { amount: 55, days: "4–7 business days" } },
]

export const SALES_CHANNELS = {
  webshop: { name: "Webshop", description: "Retail buyers on the online store" },
  wholesale: { name: "Wholesale", description: "Approved wholesale partners (boutiques, fair-trade shops)" },
} as const
