import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

type OrderOwner = { id: string; email: string | null; customer_id: string | null; customer?: { has_account?: boolean | null; email?: string | null } | null }

/**
 * GET /store/orders/:id (Medusa leaves it open: the id is the credential).
 * Our rule, docs/payments.md "Who may read an order":
 * - an order of a registered customer: only that customer, signed in;
 * - a guest order: by its id (the storefront keeps it in an httpOnly cookie and
 *   fetches through its server), but not by a signed-in customer other than
 *   one with the order's email address.
 * Anyone else gets the same 404 as for an unknown id.
 */
export async function enforceOrderOwnership(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  let allowed: boolean
  try {
    allowed = await mayReadOrder(req)
  } catch (error) {
    return next(error)
  }
  if (!allowed) return next(new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${(req.params as { id?: string }).id} was not found`))
  next()
}

async function mayReadOrder(req: AuthenticatedMedusaRequest): Promise<boolean> {
  const orderId = (req.params as { id?: string }).id
  if (!orderId) return true
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "email", "customer_id", "customer.has_account", "customer.email"],
    filters: { id: orderId },
  })
  const order = data[0] as OrderOwner | undefined
  // Unknown ids fall through to Medusa's own 404.
  if (!order) return true

  const actor = req.auth_context?.actor_type === "customer" && req.auth_context.actor_id ? req.auth_context.actor_id : null
  const isOwner = !!actor && actor === order.customer_id
  if (order.customer?.has_account) return isOwner
  if (!actor || isOwner) return true
  const { data: me } = await query.graph({ entity: "customer", fields: ["email"], filters: { id: actor } })
  const email = (me[0] as { email?: string | null } | undefined)?.email
  return !!email && !!order.email && email.toLowerCase() === order.email.toLowerCase()
}
