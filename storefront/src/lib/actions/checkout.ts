"use server"

import type { HttpTypes } from "@medusajs/types"
import { cookies } from "next/headers"
import { sdk } from "@/lib/config"
import { getAuthHeaders } from "@/lib/data/auth"
import { CART_COOKIE } from "@/lib/data/cart"
import { completeCart } from "@/lib/data/complete-cart"
import { rememberPlacedOrder } from "@/lib/data/placed-orders"
import { consigneeFieldErrors, parseCheckoutDetails, readConsignee, type CheckoutDetailsInput, type Consignee } from "@/lib/util/checkout-details"

/** Every action answers with a value; errors are message keys of the `checkout` namespace (or Medusa's own text). */
export type ActionResult<T = object> = ({ ok: true } & T) | { ok: false; error: string; detail?: string; fields?: Record<string, string> }

async function cartId(): Promise<string | undefined> {
  return (await cookies()).get(CART_COOKIE)?.value
}

/** Medusa's message for a 4xx, or nothing for anything else (never leak server internals). */
function medusaMessage(error: unknown): string | undefined {
  const e = error as { status?: number; message?: string }
  if (typeof e?.status === "number" && e.status >= 400 && e.status < 500 && e.message) return e.message
  return undefined
}

async function request<T>(path: string, init: { method?: string; body?: unknown; query?: Record<string, unknown> } = {}): Promise<T> {
  return sdk.client.fetch<T>(path, {
    method: init.method ?? "GET",
    body: init.body as Record<string, unknown> | undefined,
    query: init.query,
    headers: await getAuthHeaders(),
    cache: "no-store",
  })
}

/**
 * Step 1 + 2: contact email and shipping address (billing is the same unless
 * given), and a business buyer's company and tax IDs (`metadata.consignee`,
 * null clears it). The backend checks the tax IDs against the address in the
 * same request; its 400 comes back as errors on the fields. Answers with the
 * consignee as stored (compact).
 */
export async function saveCheckoutDetails(input: CheckoutDetailsInput): Promise<ActionResult<{ consignee: Consignee | null }>> {
  const id = await cartId()
  if (!id) return { ok: false, error: "noCart" }
  const { cart } = await request<HttpTypes.StoreCartResponse>(`/store/carts/${id}`, { query: { fields: "id,region_id,*region.countries" } }).catch(() => ({ cart: null as HttpTypes.StoreCart | null }))
  if (!cart) return { ok: false, error: "noCart" }
  const allowed = (cart.region?.countries ?? []).map((c) => c.iso_2 ?? "").filter(Boolean)
  const parsed = parseCheckoutDetails(input, allowed)
  if (!parsed.ok) return { ok: false, error: "invalidDetails", fields: parsed.fields }
  try {
    const { cart: saved } = await request<HttpTypes.StoreCartResponse>(`/store/carts/${id}`, {
      method: "POST",
      body: {
        email: parsed.value.email,
        shipping_address: parsed.value.shipping,
        billing_address: parsed.value.billing,
        // Only when the form said (the business section loaded or touched): null clears it.
        ...(parsed.value.consignee !== undefined ? { metadata: { consignee: parsed.value.consignee } } : {}),
      },
      query: { fields: "id,metadata" },
    })
    return { ok: true, consignee: readConsignee(saved.metadata) }
  } catch (error) {
    const detail = medusaMessage(error)
    const fields = consigneeFieldErrors(detail, parsed.value.consignee)
    if (Object.keys(fields).length) return { ok: false, error: "invalidDetails", fields }
    return { ok: false, error: "saveFailed", detail }
  }
}

/** The business buyer's details already on the cart, to prefill the form when she comes back to checkout. */
export async function loadConsignee(): Promise<Consignee | null> {
  const id = await cartId()
  if (!id) return null
  const { cart } = await request<HttpTypes.StoreCartResponse>(`/store/carts/${id}`, { query: { fields: "id,metadata" } }).catch(() => ({ cart: null }))
  return readConsignee(cart?.metadata)
}

/** Step 3: the chosen shipping option (its price is computed by the backend, never sent from here). */
export async function chooseShippingOption(optionId: string): Promise<ActionResult> {
  const id = await cartId()
  if (!id || typeof optionId !== "string" || !/^so_[A-Za-z0-9]+$/.test(optionId)) return { ok: false, error: "noShipping" }
  try {
    await request(`/store/carts/${id}/shipping-methods`, { method: "POST", body: { option_id: optionId }, query: { fields: "id" } })
    return { ok: true }
  } catch (error) {
    return { ok: false, error: "shippingFailed", detail: medusaMessage(error) }
  }
}

/**
 * Step 4: opens (or reopens) a payment session for the provider and returns
 * what the browser needs: Stripe's client secret, or nothing for the test provider.
 */
export async function startPayment(providerId: string): Promise<ActionResult<{ clientSecret: string | null }>> {
  const id = await cartId()
  if (!id || !/^pp_[a-z0-9_]+$/.test(providerId)) return { ok: false, error: "paymentFailed" }
  try {
    const { cart } = await request<HttpTypes.StoreCartResponse>(`/store/carts/${id}`, {
      query: { fields: "id,total,*payment_collection,*payment_collection.payment_sessions" },
    })
    const headers = await getAuthHeaders()
    const { payment_collection } = await sdk.store.payment.initiatePaymentSession(cart, { provider_id: providerId }, {}, headers)
    const session = payment_collection.payment_sessions?.find((s) => s.provider_id === providerId)
    const secret = (session?.data as { client_secret?: unknown } | undefined)?.client_secret
    return { ok: true, clientSecret: typeof secret === "string" ? secret : null }
  } catch (error) {
    return { ok: false, error: "paymentFailed", detail: medusaMessage(error) }
  }
}

export async function applyPromoCode(code: string): Promise<ActionResult> {
  const id = await cartId()
  const clean = typeof code === "string" ? code.trim().toUpperCase() : ""
  if (!id || !/^[A-Z0-9_-]{2,40}$/.test(clean)) return { ok: false, error: "promoInvalid" }
  try {
    const { cart } = await request<HttpTypes.StoreCartResponse>(`/store/carts/${id}/promotions`, {
      method: "POST",
      body: { promo_codes: [clean] },
      query: { fields: "id,*promotions" },
    })
    // Medusa ignores codes that do not apply: tell the buyer instead of pretending.
    if (!(cart.promotions ?? []).some((p) => p.code?.toUpperCase() === clean)) return { ok: false, error: "promoInvalid" }
    return { ok: true }
  } catch (error) {
    return { ok: false, error: "promoInvalid", detail: medusaMessage(error) }
  }
}

export async function removePromoCode(code: string): Promise<ActionResult> {
  const id = await cartId()
  if (!id || typeof code !== "string") return { ok: false, error: "promoInvalid" }
  try {
    await request(`/store/carts/${id}/promotions`, { method: "DELETE", body: { promo_codes: [code] }, query: { fields: "id" } })
    return { ok: true }
  } catch (error) {
    return { ok: false, error: "promoInvalid", detail: medusaMessage(error) }
  }
}

/**
 * Step 5: completes the cart into an order. A 409 means another request (a
 * double click, Stripe's webhook) is completing it right now: wait and ask
 * again until the order exists. The order id is remembered in an httpOnly
 * cookie so this browser may show its confirmation page.
 */
export async function placeOrder(): Promise<ActionResult<{ orderId: string }>> {
  const id = await cartId()
  if (!id) return { ok: false, error: "noCart" }
  const outcome = await completeCart(id)
  if (outcome.kind === "order") {
    await rememberPlacedOrder(outcome.orderId)
    ;(await cookies()).set(CART_COOKIE, "", { maxAge: -1, path: "/" })
    return { ok: true, orderId: outcome.orderId }
  }
  if (outcome.kind === "busy") return { ok: false, error: "stillProcessing" }
  return { ok: false, error: outcome.kind === "payment" ? "paymentNotCompleted" : "placeFailed", detail: outcome.message }
}
