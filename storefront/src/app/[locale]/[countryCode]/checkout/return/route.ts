import type { HttpTypes } from "@medusajs/types"
import { cookies } from "next/headers"
import { NextResponse, type NextRequest } from "next/server"
import { sdk } from "@/lib/config"
import { getAuthHeaders } from "@/lib/data/auth"
import { CART_COOKIE } from "@/lib/data/cart"
import { completeCart } from "@/lib/data/complete-cart"
import { rememberPlacedOrder } from "@/lib/data/placed-orders"

/**
 * Stripe sends the buyer back here after a redirect (3-D Secure, bank redirects):
 * ?payment_intent=pi_…&payment_intent_client_secret=…&redirect_status=succeeded|failed.
 * The intent must belong to this browser's cart; then the cart is completed
 * (or, if Stripe's webhook got there first, the existing order is returned).
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  const to = (path: string) => NextResponse.redirect(new URL(`/${countryCode}${path}`, request.url), 303)
  const query = request.nextUrl.searchParams
  const intentId = query.get("payment_intent") ?? ""
  const cartId = (await cookies()).get(CART_COOKIE)?.value
  if (!cartId || !/^pi_[A-Za-z0-9_]+$/.test(intentId)) return to("/cart")
  if (query.get("redirect_status") !== "succeeded") return to("/checkout?error=authenticationFailed")

  const cart = await sdk.client
    .fetch<HttpTypes.StoreCartResponse>(`/store/carts/${cartId}`, {
      query: { fields: "id,*payment_collection.payment_sessions" },
      headers: await getAuthHeaders(),
      cache: "no-store",
    })
    .then((r) => r.cart)
    .catch(() => null)
  const owns = cart?.payment_collection?.payment_sessions?.some((s) => (s.data as { id?: unknown } | undefined)?.id === intentId)
  if (!owns) return to("/checkout?error=paymentFailed")

  const outcome = await completeCart(cartId)
  if (outcome.kind !== "order") return to(`/checkout?error=${outcome.kind === "busy" ? "stillProcessing" : "paymentNotCompleted"}`)
  await rememberPlacedOrder(outcome.orderId)
  ;(await cookies()).set(CART_COOKIE, "", { maxAge: -1, path: "/" })
  return to(`/order/${outcome.orderId}/confirmed`)
}
