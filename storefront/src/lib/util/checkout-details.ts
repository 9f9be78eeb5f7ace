/** Server-side validation of the checkout contact + address form, and a business buyer's consignee details. */

export type AddressInput = {
  first_name?: string
  last_name?: string
  company?: string
  address_1?: string
  address_2?: string
  city?: string
  province?: string
  postal_code?: string
  country_code?: string
  phone?: string
}

export type CheckoutDetailsInput = { email?: string; shipping?: AddressInput; billing?: AddressInput | null; consignee?: ConsigneeInput | null }

export type CleanAddress = Required<Pick<AddressInput, "first_name" | "last_name" | "address_1" | "city" | "postal_code" | "country_code">> &
  Pick<AddressInput, "company" | "address_2" | "province" | "phone">

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const REQUIRED = ["first_name", "last_name", "address_1", "city", "postal_code", "country_code"] as const
const OPTIONAL = ["company", "address_2", "province", "phone"] as const

function cleanAddress(input: AddressInput | undefined, allowedCountries: string[], prefix: string, fields: Record<string, string>): CleanAddress | null {
  const out: Record<string, string> = {}
  for (const key of [...REQUIRED, ...OPTIONAL]) {
    const value = typeof input?.[key] === "string" ? input[key]!.trim() : ""
    if (value.length > 200) fields[`${prefix}.${key}`] = "tooLong"
    if (value) out[key] = key === "country_code" ? value.toLowerCase() : value
  }
  for (const key of REQUIRED) if (!out[key]) fields[`${prefix}.${key}`] = "required"
  if (out.country_code && !allowedCountries.includes(out.country_code)) fields[`${prefix}.country_code`] = "countryNotShipped"
  if (out.phone && !/^[+()0-9 .-]{5,30}$/.test(out.phone)) fields[`${prefix}.phone`] = "phoneInvalid"
  return Object.keys(fields).some((k) => k.startsWith(`${prefix}.`)) ? null : (out as CleanAddress)
}

export function parseCheckoutDetails(
  input: CheckoutDetailsInput,
  allowedCountries: string[]
): { ok: true; value: { email: string; shipping: CleanAddress; billing: CleanAddress; consignee: Consignee | null | undefined } } | { ok: false; fields: Record<string, string> } {
  const fields: Record<string, string> = {}
  const email = typeof input?.email === "string" ? input.email.trim().toLowerCase() : ""
  if (!EMAIL.test(email) || email.length > 254) fields.email = "emailInvalid"
  const shipping = cleanAddress(input?.shipping, allowedCountries, "shipping", fields)
  // Billing may be anywhere in the world; the card issuer checks it, not us.
  const billing = input?.billing ? cleanAddress(input.billing, [input.billing.country_code?.toLowerCase() ?? ""], "billing", fields) : shipping
  const consignee = cleanConsignee(input?.consignee, shipping?.country_code ?? input?.shipping?.country_code ?? "", fields)
  if (Object.keys(fields).length || !shipping || !billing) return { ok: false, fields }
  return { ok: true, value: { email, shipping, billing, consignee } }
}

/*
 * Business buyers: the company and the importer's tax IDs printed on the
 * customs invoice, saved on the cart as `metadata.consignee` (the order copies
 * it). The backend is authoritative (backend/src/lib/customs/tax-ids.ts): it
 * checks each identifier's format and territory and answers 400 with
 * "consignee.tax_ids.<index>: <reason>". The storefront only decides which
 * fields to show for the shipping country and maps that answer to a field.
 */
export const TAX_ID_TYPES = ["eu_vat", "eu_eori", "uk_vat", "uk_eori", "us_ein", "au_abn"] as const
export type TaxIdType = (typeof TAX_ID_TYPES)[number]
export type Consignee = { company_name: string | null; tax_ids: { type: TaxIdType; value: string }[] }
/** The form: "buying for a business" ticked or not, the company, one value per identifier. */
export type ConsigneeInput = { business?: boolean; company_name?: string; tax_ids?: Partial<Record<TaxIdType, string>> }

/** The EU member states (lower case): their buyers give an EU VAT or EORI number. */
export const EU_COUNTRIES = [
  "at", "be", "bg", "hr", "cy", "cz", "dk", "ee", "fi", "fr", "de", "gr", "hu", "ie", "it", "lv", "lt", "lu", "mt", "nl",
  "pl", "pt", "ro", "sk", "si", "es", "se",
]

/** The identifiers a business buyer may give for a shipping country (mirrors the backend's taxIdTypesFor). */
export function taxIdTypesFor(countryCode: string | null | undefined): TaxIdType[] {
  const c = (countryCode ?? "").trim().toLowerCase()
  if (c === "gb") return ["uk_vat", "uk_eori"]
  if (c === "us") return ["us_ein"]
  if (c === "au") return ["au_abn"]
  return EU_COUNTRIES.includes(c) ? ["eu_vat", "eu_eori"] : []
}

/** undefined leaves the cart's consignee as it is; null (not buying for a business) clears it. */
function cleanConsignee(input: ConsigneeInput | null | undefined, countryCode: string, fields: Record<string, string>): Consignee | null | undefined {
  if (input === undefined) return undefined
  if (!input?.business) return null
  const company = typeof input.company_name === "string" ? input.company_name.trim() : ""
  if (!company) fields["consignee.company_name"] = "required"
  else if (company.length > 120) fields["consignee.company_name"] = "tooLong"
  const taxIds: Consignee["tax_ids"] = []
  // Only the identifiers of the shipping country: others stay in the form, unsent, if the buyer changes country.
  for (const type of taxIdTypesFor(countryCode)) {
    const raw = input.tax_ids?.[type]
    const value = typeof raw === "string" ? raw.trim() : ""
    if (!value) continue
    if (value.length > 40) fields[`consignee.${type}`] = "tooLong"
    else if (!/^[A-Za-z0-9 .-]+$/.test(value)) fields[`consignee.${type}`] = "taxIdCharacters"
    taxIds.push({ type, value })
  }
  return { company_name: company || null, tax_ids: taxIds }
}

/** The backend's 400 for a consignee ("consignee.tax_ids.0: …; consignee.company_name: …") as field errors of the form. */
export function consigneeFieldErrors(message: string | undefined, sent: Consignee | null | undefined): Record<string, string> {
  const fields: Record<string, string> = {}
  if (!message || !sent) return fields
  for (const [, index] of message.matchAll(/consignee\.tax_ids\.(\d+)/g)) {
    const type = sent.tax_ids[Number(index)]?.type
    if (type) fields[`consignee.${type}`] = `taxId.${type}`
  }
  if (/consignee\.company_name/.test(message)) fields["consignee.company_name"] = "tooLong"
  return fields
}

/** A consignee as stored on a cart or order's metadata, or null when there is none (or it is not one). */
export function readConsignee(metadata: unknown): Consignee | null {
  const raw = (metadata as { consignee?: unknown } | null | undefined)?.consignee as { company_name?: unknown; tax_ids?: unknown } | null | undefined
  if (!raw || typeof raw !== "object") return null
  const company_name = typeof raw.company_name === "string" && raw.company_name ? raw.company_name : null
  const tax_ids = (Array.isArray(raw.tax_ids) ? raw.tax_ids : []).filter(
    (t): t is Consignee["tax_ids"][number] => typeof t?.value === "string" && (TAX_ID_TYPES as readonly string[]).includes(t?.type)
  )
  return company_name || tax_ids.length ? { company_name, tax_ids } : null
}

/** "Kastanie GmbH · VAT number DE123456789", for the review step and the confirmation page. */
export function consigneeText(consignee: Consignee, labelOf: (type: TaxIdType) => string): string {
  return [consignee.company_name, ...consignee.tax_ids.map((id) => `${labelOf(id.type)} ${id.value}`)].filter(Boolean).join(" · ")
}
