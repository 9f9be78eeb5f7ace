import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cookies } from "next/headers"
import { sdk } from "@/lib/config"

export const CART_COOKIE = "_afesip_cart_id"

const CART_FIELDS = [
  "id", "currency_code", "region_id", "item_total", "item_subtotal", "subtotal", "tax_total", "total", "shipping_total",
  "*region", "*items", "*items.variant", "*items.variant.options", "*items.product",
].join(",")

/** The visitor's cart: per user, never cached. */
export async function retrieveCart(): Promise<HttpTypes.StoreCart | null> {
  const id = (await cookies()).get(CART_COOKIE)?.value
  if (!id) return null
  try {
    const { cart } = await sdk.client.fetch<HttpTypes.StoreCartResponse>(`/store/carts/${id}`, {
      query: { fields: CART_FIELDS },
      cache: "no-store",
    })
    return cart.completed_at ? null : cart
  } catch {
    return null
  }
}
