import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** Medusa's order ids; anything else (a NUL byte included) is an unknown order, not a database error. */
export const ORDER_ID = /^order_[A-Za-z0-9]{1,64}$/

/**
 * /store/orders/:id/documents*: only the order's own signed-in customer.
 * Anyone else, another customer included, gets the 404 an unknown order
 * gets, so the route does not confirm that an order exists.
 */
export async function enforceOrderDocumentsOwner(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const actor = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null
    if (!ORDER_ID.test(req.params.id ?? "")) return next(new MedusaError(MedusaError.Types.NOT_FOUND, "Order was not found"))
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ["id", "customer_id"], filters: { id: req.params.id } })
    const order = data[0] as { customer_id?: string | null } | undefined
    if (!actor || !order || order.customer_id !== actor) {
      return next(new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${req.params.id} was not found`))
    }
    next()
  } catch (error) {
    next(error)
  }
}
