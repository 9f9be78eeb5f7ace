import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "@/lib/config"
import { getAuthHeaders } from "./auth"

export type ShippingChoice = {
  id: string
  name: string
  amount: number | null
  /** Delivery estimate in business days, when the courier provider gives one. */
  days: { min: number; max: number } | null
  unavailable?: boolean
}

type OptionData = { transit_days_min?: unknown; transit_days_max?: unknown; days_min?: unknown; days_max?: unknown } | null | undefined

function transitDays(data: OptionData): ShippingChoice["days"] {
  const min = Number(data?.transit_days_min ?? data?.days_min)
  const max = Number(data?.transit_days_max ?? data?.days_max)
  return Number.isFinite(min) && Number.isFinite(max) && min > 0 ? { min, max } : null
}

/** Shipping options for the cart's address, each priced by the backend (calculated options included). */
export async function listShippingChoices(cartId: string): Promise<ShippingChoice[]> {
  const headers = await getAuthHeaders()
  const { shipping_options } = await sdk.client.fetch<HttpTypes.StoreShippingOptionListResponse>("/store/shipping-options", {
    query: { cart_id: cartId },
    headers,
    cache: "no-store",
  })
  return Promise.all(
    shipping_options.map(async (option) => {
      const base = { id: option.id, name: option.name, days: transitDays(option.data as OptionData) }
      if (option.price_type !== "calculated") return { ...base, amount: option.amount ?? null }
      try {
        const { shipping_option } = await sdk.client.fetch<HttpTypes.StoreShippingOptionResponse>(`/store/shipping-options/${option.id}/calculate`, {
          method: "POST",
          body: { cart_id: cartId },
          headers,
          cache: "no-store",
        })
        return { ...base, amount: shipping_option.amount ?? null }
      } catch {
        // e.g. the parcel is over the service's weight limit
        return { ...base, amount: null, unavailable: true }
      }
    })
  ).then((choices) => choices.sort((a, b) => (a.amount ?? Infinity) - (b.amount ?? Infinity)))
}

export async function listPaymentProviderIds(regionId: string): Promise<string[]> {
  const { payment_providers } = await sdk.client.fetch<HttpTypes.StorePaymentProviderListResponse>("/store/payment-providers", {
    query: { region_id: regionId },
    headers: await getAuthHeaders(),
    cache: "no-store",
  })
  return payment_providers.map((p) => p.id)
}

