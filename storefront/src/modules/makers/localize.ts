import type { Localized } from "@/types/provenance"

/**
 * Text in the visitor's locale, falling back to English. `lang` is the
 * language actually shown, for a `lang` attribute when it differs from the page.
 */
export function localize(text: Localized | null | undefined, locale: string): { text: string; lang: string } {
  const wanted = text?.[locale as keyof Localized]?.trim()
  if (wanted) return { text: wanted, lang: locale }
  return { text: text?.en?.trim() ?? "", lang: "en" }
}

/** Just the string of `localize`. */
export const tr = (text: Localized | null | undefined, locale: string) => localize(text, locale).text

/** A lang attribute only when the text is not in the page's language. */
export const langIfOther = (lang: string, locale: string) => (lang === locale ? undefined : lang)

/** "Jan – Jun 2024" / "janv. – juin 2024" for an impact period (ISO dates, read as UTC). */
export function formatPeriod(start: string, end: string, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" })
  const from = new Date(`${start.slice(0, 10)}T00:00:00Z`)
  const to = new Date(`${end.slice(0, 10)}T00:00:00Z`)
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) return `${start} – ${end}`
  return format.formatRange(from, to)
}

export const formatNumber = (value: number, locale: string) => new Intl.NumberFormat(locale).format(value)
