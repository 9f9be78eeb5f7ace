/**
 * The importer's tax identifiers printed in the consignee block of a
 * commercial invoice: EU VAT and EORI, UK VAT and EORI, US EIN, Australian
 * ABN. A business buyer gives them at checkout (kept on the cart, then the
 * order, as `metadata.consignee`), or staff add them to the order's export
 * profile. Values are stored compact: no spaces or dots, upper case.
 */
import { EU_MEMBER_STATES } from "./tariff"

export const TAX_ID_TYPES = ["eu_vat", "eu_eori", "uk_vat", "uk_eori", "us_ein", "au_abn"] as const
export type TaxIdType = (typeof TAX_ID_TYPES)[number]
export type TaxId = { type: TaxIdType; value: string }

export const TAX_ID_LABELS: Record<TaxIdType, string> = {
  eu_vat: "EU VAT number",
  eu_eori: "EORI number",
  uk_vat: "UK VAT number",
  uk_eori: "UK EORI number",
  us_ein: "EIN",
  au_abn: "ABN",
}

/** The consignee's business details as a buyer gives them at checkout. */
export type Consignee = { company_name?: string | null; tax_ids: TaxId[] }

/** Which identifiers make sense for a shipping country (ISO alpha-2). */
export function taxIdTypesFor(countryCode: string): TaxIdType[] {
  const c = countryCode.trim().toUpperCase()
  if (c === "GB") return ["uk_vat", "uk_eori"]
  if (c === "US") return ["us_ein"]
  if (c === "AU") return ["au_abn"]
  if ((EU_MEMBER_STATES as readonly string[]).includes(c)) return ["eu_vat", "eu_eori"]
  return []
}

/** Spaces, dots and hyphens dropped, upper case: "DE 123.456.789" → "DE123456789". */
export const compactTaxId = (value: string) => value.replace(/[\s.\-]/g, "").toUpperCase()

/** EU VAT numbers start with the member state's code, except Greece's "EL". */
const EU_VAT_PREFIXES = new Set([...EU_MEMBER_STATES.filter((c) => c !== "GR"), "EL"])

/** The ABN checksum: subtract 1 from the first digit, weight, and the sum divides by 89. */
function validAbn(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false
  const weights = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
  const sum = digits.split("").reduce((acc, d, i) => acc + (Number(d) - (i === 0 ? 1 : 0)) * weights[i], 0)
  return sum % 89 === 0
}

/** null when the value fits the identifier's format, else a sentence for the buyer or staff. */
export function checkTaxIdValue(type: TaxIdType, raw: string): string | null {
  const value = compactTaxId(raw)
  switch (type) {
    case "eu_vat":
      return EU_VAT_PREFIXES.has(value.slice(0, 2)) && /^[A-Z]{2}[A-Z0-9+*]{8,12}$/.test(value)
        ? null
        : "An EU VAT number starts with the member state's code (e.g. DE123456789)."
    case "eu_eori":
      return (EU_MEMBER_STATES as readonly string[]).includes(value.slice(0, 2)) && /^[A-Z]{2}[A-Z0-9]{1,15}$/.test(value)
        ? null
        : "An EU EORI number starts with the member state's code, then up to 15 letters or digits."
    case "uk_vat":
      return /^GB(\d{9}|\d{12})$/.test(value) ? null : "A UK VAT number is GB followed by 9 or 12 digits."
    case "uk_eori":
      return /^(GB|XI)\d{12}$/.test(value) ? null : "A UK EORI number is GB (or XI) followed by 12 digits."
    case "us_ein":
      return /^\d{9}$/.test(value) ? null : "An EIN has 9 digits (12-3456789)."
    case "au_abn":
      return validAbn(value) ? null : "An ABN has 11 digits and must be a real ABN (its check digits do not match)."
  }
}

/** How an identifier is printed: EINs as 12-3456789, ABNs as 51 824 753 556, others compact. */
export function formatTaxId(type: TaxIdType, value: string): string {
  const v = compactTaxId(value)
  if (type === "us_ein" && v.length === 9) return `${v.slice(0, 2)}-${v.slice(2)}`
  if (type === "au_abn" && v.length === 11) return `${v.slice(0, 2)} ${v.slice(2, 5)} ${v.slice(5, 8)} ${v.slice(8)}`
  return v
}

export type TaxIdIssue = { index: number; message: string }

/**
 * Every identifier checked; at most one of each type. `countryCode`, when
 * given, refuses identifiers of another customs territory (a UK VAT number on
 * a German delivery is a mistake, not a choice).
 */
export function checkTaxIds(taxIds: readonly TaxId[], countryCode?: string | null): TaxIdIssue[] {
  const issues: TaxIdIssue[] = []
  const seen = new Set<TaxIdType>()
  const allowed = countryCode ? taxIdTypesFor(countryCode) : null
  taxIds.forEach((id, index) => {
    if (!(TAX_ID_TYPES as readonly string[]).includes(id.type)) {
      issues.push({ index, message: `Unknown tax ID type "${id.type}".` })
      return
    }
    if (seen.has(id.type)) issues.push({ index, message: `Give one ${TAX_ID_LABELS[id.type]} only.` })
    seen.add(id.type)
    if (allowed && !allowed.includes(id.type)) {
      issues.push({ index, message: `A ${TAX_ID_LABELS[id.type]} does not apply to deliveries to ${countryCode!.toUpperCase()}.` })
      return
    }
    const problem = checkTaxIdValue(id.type, id.value)
    if (problem) issues.push({ index, message: problem })
  })
  return issues
}
