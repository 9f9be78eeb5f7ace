import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { BACKEND_URL, PUBLISHABLE_KEY, sdk } from "@/lib/config"
import { getAuthHeaders } from "./auth"
import { retrieveCustomer } from "./customer"

/** Fields of the order history list (all allowed by GET /store/orders). */
const LIST_FIELDS = [
  "id", "display_id", "created_at", "status", "payment_status", "fulfillment_status", "currency_code", "total",
  "*items",
].join(",")

/**
 * Fields of one order. `fulfillments.labels.*` (tracking numbers and links)
 * are requested too: Medusa's store route drops fields outside its allow-list
 * without an error, so they only arrive once the backend allows them.
 */
const DETAIL_FIELDS = [
  "id", "display_id", "created_at", "status", "payment_status", "fulfillment_status", "email", "currency_code", "customer_id",
  "item_total", "item_subtotal", "item_tax_total", "shipping_total", "shipping_subtotal", "tax_total", "discount_total", "total",
  "*items", "*items.detail", "*shipping_address", "*shipping_methods", "*fulfillments",
  "fulfillments.labels.id", "fulfillments.labels.tracking_number", "fulfillments.labels.tracking_url",
  "cart.id",
].join(",")

export type TrackingLabel = { id?: string; tracking_number?: string | null; tracking_url?: string | null }

export type AccountFulfillment = {
  id: string
  provider_id?: string | null
  shipped_at?: string | Date | null
  delivered_at?: string | Date | null
  canceled_at?: string | Date | null
  data?: Record<string, unknown> | null
  metadata?: Record<string, unknown> | null
  labels?: TrackingLabel[] | null
}

export type AccountOrder = Omit<HttpTypes.StoreOrder, "fulfillments"> & {
  fulfillments?: AccountFulfillment[] | null
  cart?: { id: string } | null
}

const ORDER_ID = /^order_[A-Za-z0-9]+$/

/** The signed-in customer's orders, newest first. Empty when signed out. */
export async function listCustomerOrders({ limit = 10, offset = 0 }: { limit?: number; offset?: number } = {}): Promise<{
  orders: HttpTypes.StoreOrder[]
  count: number
}> {
  const headers = await getAuthHeaders()
  if (!("authorization" in headers)) return { orders: [], count: 0 }
  const { orders, count } = await sdk.client.fetch<HttpTypes.StoreOrderListResponse>("/store/orders", {
    query: { fields: LIST_FIELDS, limit, offset, order: "-created_at" },
    headers,
    cache: "no-store",
  })
  return { orders, count }
}

/**
 * One of the signed-in customer's orders, or null. The id comes from the URL
 * or a form, so it is never trusted: the order must belong to her.
 */
export async function retrieveCustomerOrder(id: string): Promise<AccountOrder | null> {
  if (!ORDER_ID.test(id)) return null
  const customer = await retrieveCustomer()
  if (!customer) return null
  try {
    const { order } = await sdk.client.fetch<{ order: AccountOrder }>(`/store/orders/${id}`, {
      query: { fields: DETAIL_FIELDS },
      headers: await getAuthHeaders(),
      cache: "no-store",
    })
    return order.customer_id === customer.id ? order : null
  } catch {
    return null
  }
}

export type ReturnOption = { id: string; name: string; amount: number | null }

/**
 * Return shipping options for an order, found through the cart it was placed
 * from (Medusa lists options per cart; `is_return=true` gives the return ones).
 */
export async function listReturnOptions(cartId: string | null | undefined): Promise<ReturnOption[]> {
  if (!cartId) return []
  try {
    const { shipping_options } = await sdk.client.fetch<HttpTypes.StoreShippingOptionListResponse>("/store/shipping-options", {
      query: { cart_id: cartId, is_return: true },
      headers: await getAuthHeaders(),
      cache: "no-store",
    })
    return shipping_options.map((o) => ({ id: o.id, name: o.name, amount: typeof o.amount === "number" ? o.amount : null }))
  } catch {
    return []
  }
}

export type ReturnReasonChoice = { id: string; label: string }

/** Return reasons the shop defined in the Admin (none by default). */
export async function listReturnReasons(): Promise<ReturnReasonChoice[]> {
  try {
    const { return_reasons } = await sdk.client.fetch<HttpTypes.StoreReturnReasonListResponse>("/store/return-reasons", {
      query: { fields: "id,label,value", limit: 50 },
      cache: "no-store",
    })
    return return_reasons.map((r) => ({ id: r.id, label: r.label || r.value }))
  } catch {
    return []
  }
}

type ItemDetail = {
  delivered_quantity?: number | null
  return_requested_quantity?: number | null
  return_received_quantity?: number | null
  return_dismissed_quantity?: number | null
  written_off_quantity?: number | null
}

/** How many units of a line she may still send back: delivered, minus those already in a return. */
export function returnableQuantity(item: HttpTypes.StoreOrderLineItem): number {
  const d = (item as { detail?: ItemDetail | null }).detail
  if (!d) return 0
  const n = (v: number | null | undefined) => (typeof v === "number" && Number.isFinite(v) ? v : 0)
  const left = n(d.delivered_quantity) - n(d.return_requested_quantity) - n(d.return_received_quantity) - n(d.return_dismissed_quantity) - n(d.written_off_quantity)
  return Math.max(0, Math.floor(left))
}

/** Units of a line already in a return (requested or received). */
export function returnedQuantity(item: HttpTypes.StoreOrderLineItem): number {
  const d = (item as { detail?: ItemDetail | null }).detail
  return Math.max(0, (d?.return_requested_quantity ?? 0) + (d?.return_received_quantity ?? 0) + (d?.return_dismissed_quantity ?? 0))
}

const PROVIDER_CARRIERS: Record<string, string> = { dhl: "DHL", fedex: "FedEx", ups: "UPS", usps: "USPS", ems: "EMS" }

const textOf = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null)

export type Shipment = {
  id: string
  carrier: string | null
  shippedAt: string | null
  deliveredAt: string | null
  tracking: { number: string | null; url: string | null }[]
}

/** Shipped (not cancelled) fulfillments with the carrier's name and tracking, links only when http(s). */
export function shipmentsOf(order: AccountOrder): Shipment[] {
  return (order.fulfillments ?? [])
    .filter((f) => f && !f.canceled_at && f.shipped_at)
    .map((f) => {
      let carrier: string | null = null
      for (const source of [f.data, f.metadata]) carrier ??= textOf(source?.carrier) ?? textOf(source?.carrier_name)
      const provider = textOf(f.provider_id)?.split("_")[0]?.toLowerCase()
      if (!carrier && provider && provider !== "manual") carrier = PROVIDER_CARRIERS[provider] ?? provider.toUpperCase()
      const tracking = (f.labels ?? [])
        .map((l) => ({ number: textOf(l?.tracking_number), url: safeHttpUrl(l?.tracking_url) }))
        .filter((l) => l.number || l.url)
      return {
        id: f.id,
        carrier,
        shippedAt: f.shipped_at ? String(f.shipped_at) : null,
        deliveredAt: f.delivered_at ? String(f.delivered_at) : null,
        tracking,
      }
    })
}

function safeHttpUrl(value: unknown): string | null {
  const raw = textOf(value)
  if (!raw) return null
  try {
    const url = new URL(raw)
    return url.protocol === "https:" || url.protocol === "http:" ? url.toString() : null
  } catch {
    return null
  }
}

export type OrderDocument = { kind: "commercial-invoice"; number: string; issued_at: string }

/** The customs documents AFESIP has issued for the signed-in customer's order (the commercial invoice). */
export async function listOrderDocuments(orderId: string): Promise<OrderDocument[]> {
  if (!ORDER_ID.test(orderId)) return []
  const headers = await getAuthHeaders()
  if (!("authorization" in headers)) return []
  return sdk.client
    .fetch<{ documents: OrderDocument[] }>(`/store/orders/${orderId}/documents`, { headers, cache: "no-store" })
    .then((r) => r.documents)
    .catch(() => [])
}

/** The current commercial invoice PDF of her own order, straight from the backend; null when there is none or it is not hers. */
export async function fetchCommercialInvoice(orderId: string): Promise<Response | null> {
  if (!ORDER_ID.test(orderId)) return null
  const headers = await getAuthHeaders()
  if (!("authorization" in headers)) return null
  const response = await fetch(new URL(`/store/orders/${orderId}/documents/commercial-invoice`, BACKEND_URL), {
    headers: { ...headers, ...(PUBLISHABLE_KEY ? { "x-publishable-api-key": PUBLISHABLE_KEY } : {}) },
    cache: "no-store",
  })
  return response.ok && response.headers.get("content-type") === "application/pdf" ? response : null
}
