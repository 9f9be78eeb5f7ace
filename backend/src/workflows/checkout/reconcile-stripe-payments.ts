import { randomUUID } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, PaymentSessionStatus } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import type { StripeClient, StripePaymentIntent } from "../../modules/stripe-payment/client"
import { RETURNED_MARKER } from "../../modules/stripe-payment/service"
import { reviveStripeSessions, stripeClientFromEnv } from "./stripe-sessions"

/**
 * Paid at Stripe, no order in Medusa: the browser never came back and the
 * webhook was lost (Medusa answers webhooks 200 before handling them, and the
 * local event bus keeps them in memory only). For every recent PaymentIntent
 * that is `succeeded` (or `requires_capture`) and belongs to a Medusa payment
 * session whose cart has no order, this completes the cart; if the cart cannot
 * become an order any more, the money goes back (refund, or cancel for an
 * uncaptured intent) and the reason is logged and kept on the cart.
 * Safe to run concurrently: one lock per intent, and Medusa's own cart lock.
 */

export type ReconcileOptions = {
  /** How far back to list intents. */
  lookbackHours?: number
  /** Leave younger intents to the browser and the webhook. */
  minAgeMinutes?: number
  /** At most this many intents per run. */
  maxIntents?: number
  now?: Date
  stripe?: StripeClient
}

export type ReconcileOutcome = {
  intent_id: string
  session_id?: string
  cart_id?: string
  order_id?: string
  outcome:
    | "completed" // the cart became an order now
    | "already_ordered" // nothing to do
    | "refunded" // completion impossible: money returned
    | "canceled" // completion impossible: uncaptured intent canceled
    | "already_returned" // refunded or canceled on an earlier run (or by Medusa's compensation)
    | "too_recent"
    | "unknown_session" // not a session of this store: left alone
    | "locked" // another run is handling it
    | "error"
  reason?: string
}

export type CartReconciliationNote = {
  intent_id: string
  outcome: "refunded" | "canceled"
  reason: string
  at: string
}

const PAID_STATES = new Set(["succeeded", "requires_capture"])
export const DEFAULTS = { lookbackHours: 72, minAgeMinutes: 5, maxIntents: 1000 }

export async function reconcileStripePayments(container: MedusaContainer, options: ReconcileOptions = {}): Promise<ReconcileOutcome[]> {
  const stripe = options.stripe ?? stripeClientFromEnv()
  if (!stripe) return []
  const now = options.now ?? new Date()
  const lookbackHours = options.lookbackHours ?? DEFAULTS.lookbackHours
  const minAgeMinutes = options.minAgeMinutes ?? DEFAULTS.minAgeMinutes
  const maxIntents = options.maxIntents ?? DEFAULTS.maxIntents
  const since = Math.floor(now.getTime() / 1000 - lookbackHours * 3600)
  const youngest = now.getTime() / 1000 - minAgeMinutes * 60

  const outcomes: ReconcileOutcome[] = []
  let seen = 0
  for await (const intent of stripe.paymentIntents.list({ created: { gte: since }, limit: 100 })) {
    if (++seen > maxIntents) break
    const sessionId = intent.metadata?.session_id
    if (!sessionId || !PAID_STATES.has(intent.status)) continue
    if (intent.created > youngest) {
      outcomes.push({ intent_id: intent.id, session_id: sessionId, outcome: "too_recent" })
      continue
    }
    outcomes.push(await reconcileIntent(container, stripe, intent, sessionId))
  }
  return outcomes
}

type SessionRow = {
  id: string
  status: string
  payment_collection_id: string
  metadata?: Record<string, unknown> | null
  payment?: { id: string; captured_at?: string | null; refunds?: ({ id: string } | null)[] | null } | null
}

async function reconcileIntent(container: MedusaContainer, stripe: StripeClient, intent: StripePaymentIntent, sessionId: string): Promise<ReconcileOutcome> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const locking = container.resolve(Modules.LOCKING)
  const key = `afesip:reconcile:${intent.id}`
  const ownerId = `reconcile:${randomUUID()}`
  const base = { intent_id: intent.id, session_id: sessionId }
  try {
    await locking.acquire(key, { ownerId, expire: 300 })
  } catch {
    return { ...base, outcome: "locked" }
  }
  try {
    return await reconcileLocked(container, stripe, intent, sessionId)
  } catch (error) {
    logger.error(`Stripe reconciliation of ${intent.id} failed: ${(error as Error).message}`)
    return { ...base, outcome: "error", reason: (error as Error).message }
  } finally {
    await locking.release(key, { ownerId }).catch(() => false)
  }
}

async function reconcileLocked(container: MedusaContainer, stripe: StripeClient, intent: StripePaymentIntent, sessionId: string): Promise<ReconcileOutcome> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const base = { intent_id: intent.id, session_id: sessionId }

  const session = await loadSession(container, sessionId)
  if (!session) {
    // Possibly another environment sharing the Stripe account: never touch its money.
    logger.warn(`Stripe reconciliation: ${intent.id} is ${intent.status} but payment session ${sessionId} is not in this store; left alone`)
    return { ...base, outcome: "unknown_session" }
  }
  const { data: links } = await query.graph({ entity: "cart_payment_collection", fields: ["cart_id"], filters: { payment_collection_id: session.payment_collection_id } })
  const cartId = (links[0] as { cart_id?: string } | undefined)?.cart_id
  if (!cartId) {
    logger.warn(`Stripe reconciliation: ${intent.id} belongs to payment collection ${session.payment_collection_id}, which has no cart; left alone`)
    return { ...base, outcome: "unknown_session" }
  }
  const withCart = { ...base, cart_id: cartId }
  const existing = await orderOfCart(container, cartId)
  if (existing) return { ...withCart, order_id: existing, outcome: "already_ordered" }

  const note = await cartNote(container, cartId)
  if (note?.intent_id === intent.id || session.payment?.refunds?.length) return { ...withCart, outcome: "already_returned" }

  await reviveStripeSessions(container, cartId)
  const { result, errors } = await completeCartWorkflow(container).run({ input: { id: cartId }, throwOnError: false })
  if (!errors?.length && result?.id) {
    logger.info(`Stripe reconciliation: ${intent.id} was paid without an order; cart ${cartId} completed as order ${result.id}`)
    return { ...withCart, order_id: result.id, outcome: "completed" }
  }
  const reason = errors?.[0]?.error?.message ?? "the cart could not be completed"

  // A concurrent completion (browser, webhook) may have won meanwhile.
  const raced = await orderOfCart(container, cartId)
  if (raced) return { ...withCart, order_id: raced, outcome: "already_ordered" }
  // Medusa refunds by itself when completion fails after capturing the payment.
  const after = await loadSession(container, sessionId)
  if (after?.payment?.refunds?.length) {
    await writeCartNote(container, cartId, { intent_id: intent.id, outcome: "refunded", reason, at: new Date().toISOString() })
    logger.warn(`Stripe reconciliation: cart ${cartId} cannot become an order (${reason}); Medusa refunded ${intent.id}`)
    return { ...withCart, outcome: "refunded", reason }
  }

  const fresh = await stripe.paymentIntents.retrieve(intent.id)
  let outcome: "refunded" | "canceled"
  if (fresh.status === "requires_capture") {
    await stripe.paymentIntents.cancel(fresh.id, { cancellation_reason: "abandoned" }, { idempotencyKey: `afesip-reconcile-cancel-${fresh.id}` })
    outcome = "canceled"
  } else if (fresh.status === "succeeded") {
    await stripe.refunds.create(
      { payment_intent: fresh.id, metadata: { reason: reason.slice(0, 450), cart_id: cartId } },
      { idempotencyKey: `afesip-reconcile-refund-${fresh.id}` }
    )
    outcome = "refunded"
  } else {
    return { ...withCart, outcome: "error", reason: `intent is now ${fresh.status}; ${reason}` }
  }
  const at = new Date().toISOString()
  await writeCartNote(container, cartId, { intent_id: fresh.id, outcome, reason, at })
  // The session must never complete a cart with money that went back.
  const payment = container.resolve(Modules.PAYMENT)
  const dto = await payment.retrievePaymentSession(session.id)
  await payment.updatePaymentSession({
    id: dto.id,
    amount: dto.amount,
    currency_code: dto.currency_code,
    data: { ...dto.data, status: fresh.status, [RETURNED_MARKER]: outcome },
    status: PaymentSessionStatus.CANCELED,
    metadata: { ...(dto.metadata ?? {}), stripe_reconciliation: { outcome, reason, at } },
  })
  logger.warn(`Stripe reconciliation: ${fresh.id} was paid but cart ${cartId} cannot become an order (${reason}); ${outcome} at Stripe`)
  return { ...withCart, outcome, reason }
}

async function loadSession(container: MedusaContainer, sessionId: string): Promise<SessionRow | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment_session",
    fields: ["id", "status", "payment_collection_id", "metadata", "payment.id", "payment.captured_at", "payment.refunds.id"],
    filters: { id: sessionId },
  })
  return data[0] as SessionRow | undefined
}

async function orderOfCart(container: MedusaContainer, cartId: string): Promise<string | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
  return (data[0] as { order_id?: string } | undefined)?.order_id
}

async function cartNote(container: MedusaContainer, cartId: string): Promise<CartReconciliationNote | undefined> {
  const cart = await container.resolve(Modules.CART).retrieveCart(cartId, { select: ["id", "metadata"] })
  return (cart.metadata as { stripe_reconciliation?: CartReconciliationNote } | null)?.stripe_reconciliation
}

async function writeCartNote(container: MedusaContainer, cartId: string, note: CartReconciliationNote) {
  const cartModule = container.resolve(Modules.CART)
  const cart = await cartModule.retrieveCart(cartId, { select: ["id", "metadata"] })
  await cartModule.updateCarts(cartId, { metadata: { ...(cart.metadata ?? {}), stripe_reconciliation: note } })
}
