/**
 * Selling regions, their currencies, tax inclusivity and default tax rates.
 * Rates are dated data (reviewed 2026-11): change them here, never in code.
 */

export type SeedTaxRate = { rate: number; code: string; name: string }

export type SeedRegion = {
  name: string
  currency_code: "usd" | "eur" | "gbp" | "aud"
  /** Prices entered for this region already include VAT/GST. */
  is_tax_inclusive: boolean
  countries: string[]
  /** Default rate per country; countries absent here get a 0 % rate (duties and local taxes are due on delivery). */
  tax_rates: Record<string, SeedTaxRate>
}

export const STORE_NAME = "AFESIP Fair Fashion"

/**
 * EUR, GBP and AUD prices are set VAT/GST-inclusive (as buyers there expect);
 * USD prices are before sales tax. Regions carry the same preference.
 */
export const STORE_CURRENCIES = [
  { currency_code: "usd", is_default: true, is_tax_inclusive: false },
  { currency_code: "eur", is_default: false, is_tax_inclusive: true },
  { currency_code: "gbp", is_default: false, is_tax_inclusive: true },
  { currency_code: "aud", is_default: false, is_tax_inclusive: true },
] as const

const EU_VAT: Record<string, number> = {
  at: 20, be: 21, bg: 20, hr: 25, cy: 19, cz: 21, dk: 25, ee: 24, fi: 25.5, fr: 20, de: 19, gr: 24, hu: 27,
  ie: 23, it: 22, lv: 21, lt: 21, lu: 17, mt: 18, nl: 21, pl: 23, pt: 23, ro: 21, sk: 23, si: 22, es: 21, se: 25,
}

export const regions: SeedRegion[] = [
  {
    name: "United States",
    currency_code: "usd",
    is_tax_inclusive: false,
    countries: ["us"],
    tax_rates: { us: { rate: 0, code: "US-SALES", name: "Sales tax (collected where registered)" } },
  },
  {
    name: "European Union",
    currency_code: "eur",
    is_tax_inclusive: true,
    countries: Object.keys(EU_VAT),
    tax_rates: Object.fromEntries(
      Object.entries(EU_VAT).map(([country, rate]) => [country, { rate, code: `VAT-${country.toUpperCase()}`, name: "VAT" }])
    ),
  },
  {
    name: "United Kingdom",
    currency_code: "gbp",
    is_tax_inclusive: true,
    countries: ["gb"],
    tax_rates: { gb: { rate: 20, code: "VAT-GB", name: "VAT" } },
  },
  {
    name: "Australia",
    currency_code: "aud",
    is_tax_inclusive: true,
    countries: ["au"],
    tax_rates: { au: { rate: 10, code: "GST-AU", name: "GST" } },
  },
  {
    name: "Rest of world",
    currency_code: "usd",
    is_tax_inclusive: false,
    countries: ["ca", "nz", "jp", "sg", "ch", "no", "kr", "hk", "tw", "ae", "il", "is", "mx", "br", "za", "my", "th", "ph", "in"],
    tax_rates: {},
  },
]

/** Store languages (BCP 47): English is the source text, French comes from the translation module. */
export const DEFAULT_LOCALE = "en-US"
export const STORE_LOCALES = [DEFAULT_LOCALE, "fr-FR"] as const
