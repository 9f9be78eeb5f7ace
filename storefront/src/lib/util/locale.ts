import { hasLocale } from "next-intl"
import { routing, type Locale } from "../../i18n/routing"

/** The visitor's language: her saved choice, else her browser's first supported language. */
export function negotiateLocale(cookie: string | undefined, acceptLanguage: string | null): Locale {
  if (hasLocale(routing.locales, cookie)) return cookie
  for (const part of (acceptLanguage ?? "").split(",")) {
    const language = part.split(";")[0].trim().toLowerCase().split("-")[0]
    if (hasLocale(routing.locales, language)) return language
  }
  return routing.defaultLocale
}
