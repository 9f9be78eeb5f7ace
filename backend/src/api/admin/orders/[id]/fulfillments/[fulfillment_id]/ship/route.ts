import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { resolveShipmentCarrier } from "../../../../../../../lib/carriers"
import { shipOrderFulfillmentWorkflow } from "../../../../../../../workflows/shipping"
import type { AdminShipFulfillment } from "../../validators"

/**
 * Marks a fulfillment of the order as shipped with a carrier and a tracking
 * number (the Admin widget "Shipment carrier"; docs/shipping.md). Next to
 * Medusa's own `/shipments`, which takes labels but no carrier.
 *
 * 400: invalid body (nothing changed); 404: no such order, or the fulfillment
 * is not one of its fulfillments; 400 with a message: already shipped or
 * canceled (as Medusa's own /shipments answers).
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminShipFulfillment>, res: MedusaResponse) {
  const body = req.validatedBody
  const resolved = resolveShipmentCarrier(body)
  if (!resolved.ok) {
    // The body validator has run the same rules; this only guards direct calls.
    throw new MedusaError(MedusaError.Types.INVALID_DATA, resolved.issues.map((i) => i.message).join("; "))
  }
  const { id: orderId, fulfillment_id: fulfillmentId } = req.params
  await shipOrderFulfillmentWorkflow(req.scope).run({
    input: {
      order_id: orderId,
      fulfillment_id: fulfillmentId,
      carrier: resolved.value,
      notify_customer: body.notify_customer,
      created_by: req.secret_key_context?.created_by ?? req.auth_context?.actor_id,
    },
  })

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "fulfillment",
    fields: ["id", "shipped_at", "data", "metadata", "labels.id", "labels.tracking_number", "labels.tracking_url"],
    filters: { id: fulfillmentId },
  })
  const fulfillment = data[0] as { id: string; shipped_at: string | Date | null; labels?: unknown[] } | undefined
  res.json({
    fulfillment: {
      id: fulfillmentId,
      shipped_at: fulfillment?.shipped_at ?? null,
      carrier: resolved.value.carrier_name,
      carrier_code: resolved.value.carrier_code,
      tracking_number: resolved.value.tracking_number,
      tracking_url: resolved.value.tracking_url || null,
      labels: fulfillment?.labels ?? [],
    },
  })
}
