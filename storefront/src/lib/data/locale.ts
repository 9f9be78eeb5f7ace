/**
 * Catalog text comes in the visitor's language from Medusa's translation
 * module; English is the source text, so it needs no locale parameter.
 */
const MEDUSA_LOCALES: Record<string, string> = { fr: "fr-FR" }

export const localeQuery = (locale: string): { locale?: string } =>
  MEDUSA_LOCALES[locale] ? { locale: MEDUSA_LOCALES[locale] } : {}
