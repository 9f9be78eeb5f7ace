import { errorHandler, type MedusaErrorHandlerFunction, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { reviveStripeSessions } from "../../workflows/checkout/stripe-sessions"

/**
 * POST /store/carts/:id/complete, before Medusa's route: a Stripe session
 * marked failed whose intent the buyer has since paid (same intent, another
 * card) becomes completable again. See docs/payments.md.
 */
export async function refreshStripeSessionsBeforeCompletion(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const cartId = (req.params as { id?: string }).id
  if (cartId) await reviveStripeSessions(req.scope, cartId) // never throws
  next()
}

const LOCK_TIMEOUT = /Timed-out acquiring lock|Failed to acquire lock/i
const CART_ROUTE = /^\/store\/carts\/[^/]+(\/|$)/
const BUSY_MESSAGE = "Checkout is busy right now. Please try again in a moment."

/** Lock contention on a cart route: another request holds the cart or its stock. */
export function isContention(error: unknown): boolean {
  const e = error as { type?: string; message?: string } | undefined
  return e?.type === MedusaError.Types.CONFLICT || LOCK_TIMEOUT.test(e?.message ?? "")
}

/**
 * Medusa's error handler, except on cart routes: contention (another
 * completion of this cart, the stock lock, a lock timeout inside Medusa's
 * reserve-inventory step) answers 409 with a clear message and Retry-After
 * instead of Medusa's generic 409 text or a 500. Clients retry.
 */
export function checkoutErrorHandler(): MedusaErrorHandlerFunction {
  const medusaHandler = errorHandler()
  return (error, req, res, next) => {
    if (CART_ROUTE.test(req.path) && isContention(error) && !res.headersSent) {
      const message = (error as MedusaError).type === MedusaError.Types.CONFLICT && (error as MedusaError).message ? (error as MedusaError).message : BUSY_MESSAGE
      res.setHeader("Retry-After", "1")
      res.status(409).json({ type: MedusaError.Types.CONFLICT, code: "checkout_busy", message })
      return
    }
    return medusaHandler(error, req, res, next)
  }
}
