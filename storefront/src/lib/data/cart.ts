import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cookies } from "next/headers"
import { sdk } from "@/lib/config"
import { getAuthHeaders } from "./auth"

export const CART_COOKIE = "_afesip_cart_id"

const CART_FIELDS = [
  "id", "email", "currency_code", "region_id", "customer_id", "completed_at",
  "item_total", "item_subtotal", "subtotal", "tax_total", "total", "discount_total",
  "shipping_total", "shipping_subtotal", "shipping_tax_total", "original_total",
  "*region", "*region.countries", "*items", "*items.variant", "*items.variant.options", "*items.product",
  "*shipping_address", "*billing_address", "*shipping_methods",
  "*promotions", "*promotions.application_method",
  "*payment_collection", "*payment_collection.payment_sessions",
].join(",")

/** The visitor's cart: per user, never cached. */
export async function retrieveCart(): Promise<HttpTypes.StoreCart | null> {
  const id = (await cookies()).get(CART_COOKIE)?.value
  if (!id) return null
  try {
    const { cart } = await sdk.client.fetch<HttpTypes.StoreCartResponse>(`/store/carts/${id}`, {
      query: { fields: CART_FIELDS },
      headers: await getAuthHeaders(),
      cache: "no-store",
    })
    return cart.completed_at ? null : cart
  } catch {
    return null
  }
}
