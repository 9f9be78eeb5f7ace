import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * POST /store/returns: Medusa accepts any order id. Only the signed-in customer
 * who owns the order may ask to return its items; anyone else gets the same 404
 * as for an unknown order (guests write to AFESIP instead).
 */
export async function enforceReturnOwnership(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const orderId = (req.body as { order_id?: unknown } | undefined)?.order_id
    const actor = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null
    if (typeof orderId !== "string" || !orderId) return next(new MedusaError(MedusaError.Types.INVALID_DATA, "order_id is required"))
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ["id", "customer_id"], filters: { id: orderId } })
    const order = data[0] as { customer_id?: string | null } | undefined
    if (!order || !actor || order.customer_id !== actor) {
      return next(new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`))
    }
    next()
  } catch (error) {
    next(error)
  }
}
