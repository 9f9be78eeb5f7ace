import { defineRouting } from "next-intl/routing"

/**
 * Public URLs carry the country (/{countryCode}/…); the language comes from
 * the NEXT_LOCALE cookie (or Accept-Language) and is rewritten internally to
 * /{locale}/{countryCode}/…, so every page can still be served from cache.
 */
export const routing = defineRouting({
  locales: ["en", "fr"],
  defaultLocale: "en",
  localePrefix: "never",
})

export type Locale = (typeof routing.locales)[number]
