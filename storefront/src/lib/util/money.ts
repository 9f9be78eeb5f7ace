/**
 * Formats a Medusa amount (major units, e.g. 148 = $148.00) for a locale.
 * Currencies without minor units (JPY, KRW…) get no decimals, as Intl knows.
 */
export function formatMoney(amount: number | null | undefined, currencyCode: string, locale = "en"): string {
  const value = typeof amount === "number" && Number.isFinite(amount) ? amount : 0
  return new Intl.NumberFormat(locale, { style: "currency", currency: currencyCode.toUpperCase() }).format(value)
}
