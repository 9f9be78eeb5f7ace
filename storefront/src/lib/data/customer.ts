import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { redirect } from "next/navigation"
import { cache } from "react"
import { sdk } from "@/lib/config"
import { getAuthHeaders } from "./auth"

const CUSTOMER_FIELDS = "id,email,first_name,last_name,phone,has_account,created_at,*addresses"

/**
 * The signed-in customer, or null (no cookie, an expired or rejected token).
 * Per visitor: never cached across requests, only shared within one render
 * (layout and page ask once).
 */
export const retrieveCustomer = cache(async (): Promise<HttpTypes.StoreCustomer | null> => {
  const headers = await getAuthHeaders()
  if (!("authorization" in headers)) return null
  try {
    const { customer } = await sdk.client.fetch<HttpTypes.StoreCustomerResponse>("/store/customers/me", {
      query: { fields: CUSTOMER_FIELDS },
      headers,
      cache: "no-store",
    })
    return customer
  } catch {
    return null
  }
})

/** For account pages: the customer, or a redirect to sign in that comes back to `returnTo`. */
export async function requireCustomer(countryCode: string, returnTo: string): Promise<HttpTypes.StoreCustomer> {
  const customer = await retrieveCustomer()
  if (!customer) redirect(`/${countryCode}/account/login?next=${encodeURIComponent(returnTo)}`)
  return customer
}

/** Her addresses, default shipping address first, then newest first. */
export function sortedAddresses(customer: HttpTypes.StoreCustomer): HttpTypes.StoreCustomerAddress[] {
  return [...(customer.addresses ?? [])].sort(
    (a, b) => Number(b.is_default_shipping) - Number(a.is_default_shipping) || String(b.created_at).localeCompare(String(a.created_at))
  )
}
