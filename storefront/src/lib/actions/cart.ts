"use server"

import type { HttpTypes } from "@medusajs/types"
import { cookies } from "next/headers"
import { getLocale } from "next-intl/server"
import { sdk } from "@/lib/config"
import { getAuthHeaders } from "@/lib/data/auth"
import { CART_COOKIE } from "@/lib/data/cart"
import { localeQuery } from "@/lib/data/locale"
import { getRegion } from "@/lib/data/regions"

export type CartActionResult = { count: number; error?: undefined } | { error: string; count?: undefined }

const countItems = (cart: HttpTypes.StoreCart | null | undefined) => (cart?.items ?? []).reduce((n, item) => n + item.quantity, 0)

/** Medusa answers with a message worth showing (e.g. not enough stock); anything else stays generic. */
function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : ""
  if (/inventory|stock/i.test(message)) return "out-of-stock"
  return "generic"
}

async function cartId() {
  return (await cookies()).get(CART_COOKIE)?.value
}

async function rememberCart(id: string) {
  ;(await cookies()).set(CART_COOKIE, id, {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production" && process.env.INSECURE_COOKIES !== "true",
    maxAge: 60 * 60 * 24 * 30,
    path: "/",
  })
}

async function openCart(countryCode: string): Promise<HttpTypes.StoreCart> {
  const region = await getRegion(countryCode)
  if (!region) throw new Error(`No region sells to ${countryCode}`)
  const id = await cartId()
  if (id) {
    try {
      const { cart } = await sdk.store.cart.retrieve(id, { fields: "id,region_id,completed_at" })
      if (!cart.completed_at) {
        if (cart.region_id !== region.id) return (await sdk.store.cart.update(id, { region_id: region.id })).cart
        return cart
      }
    } catch {
      // The cart is gone (expired or completed): start a new one below.
    }
  }
  // A signed-in buyer's cart belongs to her from the start (her orders then show in her account).
  // Its locale decides the language of the order emails.
  const { cart } = await sdk.store.cart.create({ region_id: region.id, ...localeQuery(await getLocale()) }, {}, await getAuthHeaders())
  await rememberCart(cart.id)
  return cart
}

export async function addToCart(input: { variantId: string; quantity: number; countryCode: string }): Promise<CartActionResult> {
  const quantity = Math.trunc(input.quantity)
  if (!input.variantId || quantity < 1 || quantity > 50) return { error: "generic" }
  try {
    const cart = await openCart(input.countryCode)
    const { cart: updated } = await sdk.store.cart.createLineItem(cart.id, { variant_id: input.variantId, quantity }, { fields: "id,*items" })
    return { count: countItems(updated) }
  } catch (error) {
    return { error: messageOf(error) }
  }
}

export async function updateLineItem(input: { lineId: string; quantity: number }): Promise<CartActionResult> {
  const id = await cartId()
  const quantity = Math.trunc(input.quantity)
  if (!id || quantity < 0 || quantity > 50) return { error: "generic" }
  try {
    if (quantity === 0) {
      await sdk.store.cart.deleteLineItem(id, input.lineId)
      const { cart } = await sdk.store.cart.retrieve(id, { fields: "id,*items" })
      return { count: countItems(cart) }
    }
    const { cart } = await sdk.store.cart.updateLineItem(id, input.lineId, { quantity }, { fields: "id,*items" })
    return { count: countItems(cart) }
  } catch (error) {
    return { error: messageOf(error) }
  }
}

export async function deleteLineItem(lineId: string): Promise<CartActionResult> {
  return updateLineItem({ lineId, quantity: 0 })
}

export async function getCartSummary(): Promise<{ count: number }> {
  const id = await cartId()
  if (!id) return { count: 0 }
  try {
    const { cart } = await sdk.store.cart.retrieve(id, { fields: "id,completed_at,*items" })
    return { count: cart.completed_at ? 0 : countItems(cart) }
  } catch {
    return { count: 0 }
  }
}

/** Keeps the cart's currency in step with the country the visitor picked. */
export async function updateCartRegion(countryCode: string): Promise<{ ok: boolean }> {
  const id = await cartId()
  if (!id) return { ok: true }
  try {
    await openCart(countryCode)
    return { ok: true }
  } catch {
    return { ok: false }
  }
}
