import { hasLocale } from "next-intl"
import { getRequestConfig } from "next-intl/server"
import { routing } from "./routing"

/**
 * Messages: the shared catalogue (messages/{locale}.json) plus one file per
 * larger area (messages/{locale}/{namespace}.json), each the namespace's keys.
 */
const NAMESPACES = ["account", "checkout"] as const

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale
  const [base, ...areas] = await Promise.all([
    import(`../../messages/${locale}.json`),
    ...NAMESPACES.map((ns) => import(`../../messages/${locale}/${ns}.json`)),
  ])
  const messages = { ...base.default } as Record<string, unknown>
  NAMESPACES.forEach((ns, i) => (messages[ns] = areas[i].default))
  return { locale, messages }
})
