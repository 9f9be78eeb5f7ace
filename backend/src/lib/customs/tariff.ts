/**
 * HS codes, their chapters and the national tariff lines that extend them.
 *
 * The first six digits of every national code are the international HS
 * subheading (Medusa keeps it on the variant as `hs_code`); each destination
 * adds its own digits: the US HTS has 10, the EU Combined Nomenclature 8, the
 * UK commodity code 10 and Australia's tariff classification 8 plus a 2-digit
 * statistical code.
 */
import type { Issue } from "./issues"

export const DESTINATIONS = ["US", "EU", "UK", "AU"] as const
export type Destination = (typeof DESTINATIONS)[number]

export type TariffFormat = { digits: number; name: string; statCodeDigits?: number }

export const TARIFF_FORMATS: Record<Destination, TariffFormat> = {
  US: { digits: 10, name: "HTSUS number" },
  EU: { digits: 8, name: "CN code" },
  UK: { digits: 10, name: "UK commodity code" },
  AU: { digits: 8, name: "Australian tariff classification", statCodeDigits: 2 },
}

/** A destination's own tariff line for a variant; `stat_code` only for Australia. */
export type TariffOverride = { code: string; stat_code?: string | null }
/** null (or a missing key) means no national line for that destination. */
export type TariffOverrides = Partial<Record<Destination, TariffOverride | null>>

/** The 27 member states, whose imports all go through the EU's Combined Nomenclature. */
export const EU_MEMBER_STATES = [
  "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT",
  "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
] as const

/** The customs territory a shipping country belongs to (ISO 3166-1 alpha-2), or null for the rest of the world. */
export function destinationFor(countryCode: string): Destination | null {
  const c = countryCode.trim().toUpperCase()
  if (c === "US") return "US"
  if (c === "GB") return "UK"
  if (c === "AU") return "AU"
  return (EU_MEMBER_STATES as readonly string[]).includes(c) ? "EU" : null
}

/** Digits only: "6204.49" and "6204 49" are both "620449". */
export const digitsOf = (code: string) => code.replace(/[\s.]/g, "")

/** "620449" → "6204.49", "6204495010" → "6204.49.5010". For documents and screens. */
export function formatHs(code: string): string {
  const d = digitsOf(code)
  if (d.length <= 4) return d
  if (d.length <= 6) return `${d.slice(0, 4)}.${d.slice(4)}`
  return `${d.slice(0, 4)}.${d.slice(4, 6)}.${d.slice(6)}`
}

export function checkHsCode(hsCode: string | null | undefined, path = "hs_code"): Issue[] {
  if (!hsCode || !hsCode.trim()) {
    return [{ path, code: "hs_missing", message: "Set the variant's 6-digit HS code first." }]
  }
  if (!/^\d{6}$/.test(digitsOf(hsCode))) {
    return [{ path, code: "hs_format", message: `The HS code must have exactly 6 digits (got "${hsCode}").` }]
  }
  return []
}

/**
 * A destination's tariff line must start with the variant's 6-digit HS code
 * and have that destination's number of digits.
 */
export function checkTariffOverride(destination: Destination, override: TariffOverride, hsCode: string, path = `tariff_overrides.${destination}`): Issue[] {
  const format = TARIFF_FORMATS[destination]
  const code = digitsOf(override.code ?? "")
  const issues: Issue[] = []
  if (!new RegExp(`^\\d{${format.digits}}$`).test(code)) {
    issues.push({
      path: `${path}.code`,
      code: "override_length",
      message: `The ${destination} ${format.name} has ${format.digits} digits (got "${override.code}").`,
    })
  } else if (/^\d{6}$/.test(digitsOf(hsCode)) && !code.startsWith(digitsOf(hsCode))) {
    issues.push({
      path: `${path}.code`,
      code: "override_prefix",
      message: `The ${destination} ${format.name} ${formatHs(code)} does not start with the HS code ${formatHs(hsCode)}.`,
    })
  }
  const stat = override.stat_code ?? null
  if (stat !== null && stat !== "") {
    if (!format.statCodeDigits) {
      issues.push({ path: `${path}.stat_code`, code: "override_stat", message: `Only the Australian line has a statistical code.` })
    } else if (!new RegExp(`^\\d{${format.statCodeDigits}}$`).test(stat)) {
      issues.push({
        path: `${path}.stat_code`,
        code: "override_stat",
        message: `The Australian statistical code has ${format.statCodeDigits} digits (got "${stat}").`,
      })
    }
  }
  return issues
}

/** The code to declare at a destination: its own line when set, else the 6-digit HS code. */
export function tariffCodeFor(destination: Destination | null, hsCode: string, overrides: TariffOverrides | null | undefined): string {
  const own = destination ? overrides?.[destination]?.code : undefined
  return own ? digitsOf(own) : digitsOf(hsCode)
}
