import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ShipmentCarrier } from "../../lib/carriers"

type Json = Record<string, unknown>

type OrderFulfillment = {
  id: string
  shipped_at?: string | Date | null
  canceled_at?: string | Date | null
  data?: Json | null
  metadata?: Json | null
  items?: ({ line_item_id?: string | null; quantity?: number | string | null } | null)[] | null
}

export type PreparedShipment = {
  /** The order's line items in the fulfillment, as createOrderShipmentWorkflow expects them. */
  items: { id: string; quantity: number }[]
  data: Json
  metadata: Json
}

const day = (value: string | Date) => new Date(value).toISOString().slice(0, 10)

/**
 * Checks that the fulfillment belongs to the order and can still be shipped,
 * with messages staff can act on (Medusa's own checks answer 500 for a
 * fulfillment of another order). Reads only; nothing to undo.
 */
export const prepareFulfillmentShipmentStep = createStep(
  "afesip-prepare-fulfillment-shipment",
  async (input: { order_id: string; fulfillment_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "display_id",
        "status",
        "fulfillments.id",
        "fulfillments.shipped_at",
        "fulfillments.canceled_at",
        "fulfillments.data",
        "fulfillments.metadata",
        "fulfillments.items.line_item_id",
        "fulfillments.items.quantity",
      ],
      filters: { id: input.order_id },
    })
    const order = orders[0] as unknown as { id: string; display_id?: number; status?: string; fulfillments?: (OrderFulfillment | null)[] } | undefined
    if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} was not found.`)
    const fulfillment = (order.fulfillments ?? []).find((f) => f?.id === input.fulfillment_id)
    if (!fulfillment) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Fulfillment ${input.fulfillment_id} is not part of order #${order.display_id ?? order.id}.`)
    }
    if (order.status === "canceled") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order #${order.display_id ?? order.id} is canceled; it cannot be shipped.`)
    }
    if (fulfillment.canceled_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This fulfillment was canceled on ${day(fulfillment.canceled_at)}; create a new fulfillment to ship these items.`)
    }
    if (fulfillment.shipped_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This fulfillment was already marked as shipped on ${day(fulfillment.shipped_at)}.`)
    }
    const quantities = new Map<string, number>()
    for (const item of fulfillment.items ?? []) {
      if (!item?.line_item_id) continue
      quantities.set(item.line_item_id, (quantities.get(item.line_item_id) ?? 0) + Number(item.quantity ?? 0))
    }
    const prepared: PreparedShipment = {
      items: [...quantities].map(([id, quantity]) => ({ id, quantity })),
      data: { ...(fulfillment.data ?? {}) },
      metadata: { ...(fulfillment.metadata ?? {}) },
    }
    return new StepResponse(prepared)
  }
)

/**
 * The fulfillment's data and metadata with the carrier recorded: `data.carrier`
 * is what the courier provider keeps and what the shipping email reads first
 * (emails/data.ts `carrierName`); metadata keeps the same for other tools.
 */
export function withCarrier(prepared: Pick<PreparedShipment, "data" | "metadata">, carrier: ShipmentCarrier): { data: Json; metadata: Json } {
  const recorded = { carrier: carrier.carrier_name, carrier_code: carrier.carrier_code }
  return {
    data: { ...prepared.data, ...recorded, tracking_number: carrier.tracking_number, tracking_url: carrier.tracking_url },
    metadata: { ...prepared.metadata, ...recorded },
  }
}
