import { intlLocale, type EmailLocale } from "./i18n"

/**
 * Formats a Medusa 2 amount (major units: 148 means 148.00) in the order's
 * currency. Currencies without minor units get none, as Intl knows.
 */
export function formatMoney(amount: number | null | undefined, currencyCode: string, locale: EmailLocale): string {
  const value = typeof amount === "number" && Number.isFinite(amount) ? amount : 0
  return new Intl.NumberFormat(intlLocale(locale), { style: "currency", currency: currencyCode.toUpperCase() }).format(value)
}

/** The number customers see: `#1001`. */
export function orderNumber(displayId: number | string | null | undefined): string {
  return `#${displayId ?? ""}`
}

/** Only http(s) addresses become links; anything else (javascript:, data:…) is dropped. */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== "string" || !value.trim()) return undefined
  try {
    const url = new URL(value.trim())
    return url.protocol === "https:" || url.protocol === "http:" ? url.toString() : undefined
  } catch {
    return undefined
  }
}

export const DEFAULT_STOREFRONT_URL = "http://localhost:8000"
export const DEFAULT_COUNTRY_CODE = "us"

export type Env = Record<string, string | undefined>

export function storefrontUrl(env: Env = process.env): string {
  return (env.STOREFRONT_URL || DEFAULT_STOREFRONT_URL).replace(/\/+$/, "")
}

/** A two-letter country code for storefront paths, or the default. */
export function countryPath(code: unknown): string {
  return typeof code === "string" && /^[a-z]{2}$/i.test(code) ? code.toLowerCase() : DEFAULT_COUNTRY_CODE
}

const EU_COUNTRIES = new Set([
  "at", "be", "bg", "hr", "cy", "cz", "dk", "ee", "fi", "fr", "de", "gr", "hu", "ie", "it", "lv", "lt", "lu", "mt", "nl",
  "pl", "pt", "ro", "sk", "si", "es", "se",
])

/**
 * Whether the confirmation warns that import duties may be due on delivery:
 * for every destination outside the EU, the UK and Australia, where the store
 * collects import VAT/GST at checkout.
 */
export function dutiesMayBeDue(countryCode: string | null | undefined): boolean {
  const country = (countryCode ?? "").toLowerCase()
  if (!country) return false
  return !(EU_COUNTRIES.has(country) || country === "gb" || country === "au")
}
