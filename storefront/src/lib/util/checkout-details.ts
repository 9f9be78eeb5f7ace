/** Server-side validation of the checkout contact + address form. */
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

export type CheckoutDetailsInput = { email?: string; shipping?: AddressInput; billing?: AddressInput | null }

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
): { ok: true; value: { email: string; shipping: CleanAddress; billing: CleanAddress } } | { ok: false; fields: Record<string, string> } {
  const fields: Record<string, string> = {}
  const email = typeof input?.email === "string" ? input.email.trim().toLowerCase() : ""
  if (!EMAIL.test(email) || email.length > 254) fields.email = "emailInvalid"
  const shipping = cleanAddress(input?.shipping, allowedCountries, "shipping", fields)
  // Billing may be anywhere in the world; the card issuer checks it, not us.
  const billing = input?.billing ? cleanAddress(input.billing, [input.billing.country_code?.toLowerCase() ?? ""], "billing", fields) : shipping
  if (Object.keys(fields).length || !shipping || !billing) return { ok: false, fields }
  return { ok: true, value: { email, shipping, billing } }
}
