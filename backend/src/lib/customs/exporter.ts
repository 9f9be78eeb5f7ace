/**
 * Formats of the exporter's registration numbers, checked before they reach
 * an invoice. Each returns null when the value is acceptable, else a sentence.
 * Values are compared without spaces, upper case.
 */
export const compact = (value: string) => value.replace(/\s+/g, "").toUpperCase()

/** Cambodian tax identification number as issued (e.g. K001-901234567); we check its characters, not its checksum. */
export function checkTaxId(value: string): string | null {
  return /^[A-Z0-9][A-Z0-9-]{4,24}$/.test(compact(value)) ? null : "The tax ID (TIN) has 5 to 25 letters, digits or hyphens."
}

/** REX numbers: the exporter's ISO country code, "REX", then the national identifier. */
export function checkRexNumber(value: string, exporterCountry?: string | null): string | null {
  const rex = compact(value)
  if (!/^[A-Z]{2}REX[A-Z0-9]{1,32}$/.test(rex)) return "A REX number starts with the country code and REX, e.g. KHREX…"
  if (exporterCountry && rex.slice(0, 2) !== exporterCountry.toUpperCase()) {
    return `The REX number starts with ${rex.slice(0, 2)}, but the exporter is in ${exporterCountry.toUpperCase()}.`
  }
  return null
}

/** EU IOSS identification number: IM + 10 digits. */
export function checkIossNumber(value: string): string | null {
  return /^IM\d{10}$/.test(compact(value)) ? null : "An IOSS number is IM followed by 10 digits."
}

/** UK VAT registration number: GB + 9 or 12 digits (or GD/HA + 3 for government and health bodies). */
export function checkUkVatNumber(value: string): string | null {
  return /^GB(\d{9}|\d{12}|GD\d{3}|HA\d{3})$/.test(compact(value)) ? null : "A UK VAT number is GB followed by 9 digits (or 12)."
}

/** Australian ATO Reference Number for GST on low-value imports: 12 digits. */
export function checkAuArn(value: string): string | null {
  return /^\d{12}$/.test(compact(value)) ? null : "An Australian ARN has 12 digits."
}

export type ExporterAddress = {
  address_1: string
  address_2?: string | null
  city: string
  province?: string | null
  postal_code?: string | null
  /** ISO 3166-1 alpha-2, upper case. */
  country_code: string
}

export type ExporterSettings = {
  legal_name: string
  address: ExporterAddress
  tax_id: string | null
  rex_number: string | null
  ioss_number: string | null
  uk_vat_number: string | null
  au_arn: string | null
  phone: string | null
  email: string | null
  signatory_name: string | null
  signatory_title: string | null
}

/** What a commercial invoice cannot do without; the REX number only matters above €6,000 (see rexRequirement). */
export function missingForInvoice(settings: Partial<ExporterSettings> | null | undefined): string[] {
  if (!settings) return ["legal_name", "address", "tax_id", "signatory_name"]
  const missing: string[] = []
  if (!settings.legal_name?.trim()) missing.push("legal_name")
  if (!settings.address?.address_1?.trim() || !settings.address?.city?.trim() || !settings.address?.country_code?.trim()) missing.push("address")
  if (!settings.tax_id?.trim()) missing.push("tax_id")
  if (!settings.signatory_name?.trim()) missing.push("signatory_name")
  return missing
}
