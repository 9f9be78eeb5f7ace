import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, createOrderShipmentWorkflow, releaseLockStep, updateFulfillmentStep } from "@medusajs/medusa/core-flows"
import type { ShipmentCarrier } from "../../lib/carriers"
import { prepareFulfillmentShipmentStep, withCarrier } from "./steps"

export { withCarrier } from "./steps"

export type ShipOrderFulfillmentInput = {
  order_id: string
  fulfillment_id: string
  /** Checked and normalised by lib/carriers.ts `resolveShipmentCarrier`. */
  carrier: ShipmentCarrier
  notify_customer: boolean
  created_by?: string
}

/**
 * Marks an order's fulfillment as shipped with a carrier and tracking number
 * (docs/shipping.md, "Shipping an order"):
 *
 * 1. a lock per fulfillment, so two clicks cannot ship it twice;
 * 2. the fulfillment must belong to the order and be neither shipped nor canceled;
 * 3. the carrier is recorded on the fulfillment (undone if shipping fails);
 * 4. Medusa's createOrderShipmentWorkflow sets shipped_at, stores the label
 *    and emits `shipment.created`, which sends the shipping email unless
 *    staff untick "notify customer".
 */
export const shipOrderFulfillmentWorkflow = createWorkflow("afesip-ship-order-fulfillment", (input: ShipOrderFulfillmentInput) => {
  const lockKey = transform({ input }, ({ input }) => `afesip:ship-fulfillment:${input.fulfillment_id}`)
  acquireLockStep({ key: lockKey, timeout: 15, ttl: 60 })

  const prepared = prepareFulfillmentShipmentStep({ order_id: input.order_id, fulfillment_id: input.fulfillment_id })

  const recorded = transform({ input, prepared }, ({ input, prepared }) => ({ id: input.fulfillment_id, ...withCarrier(prepared, input.carrier) }))
  updateFulfillmentStep(recorded).config({ name: "afesip-record-shipment-carrier" })

  const shipment = transform({ input, prepared }, ({ input, prepared }) => ({
    order_id: input.order_id,
    fulfillment_id: input.fulfillment_id,
    items: prepared.items,
    labels: [{ tracking_number: input.carrier.tracking_number, tracking_url: input.carrier.tracking_url, label_url: "" }],
    no_notification: !input.notify_customer,
    created_by: input.created_by,
  }))
  createOrderShipmentWorkflow.runAsStep({ input: shipment })

  releaseLockStep({ key: lockKey })
  return new WorkflowResponse({ fulfillment_id: input.fulfillment_id })
})
