import type { MedusaContainer, PaymentSessionDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, PaymentSessionStatus } from "@medusajs/framework/utils"
import { readStripeSettings } from "../../lib/runtime-env"
import { STRIPE_PROVIDER_ID, type StripeClient, type StripePaymentIntent, createStripeClient } from "../../modules/stripe-payment/client"

/**
 * Keeping Medusa's Stripe payment sessions in step with their PaymentIntent
 * where Medusa does not (issue #16398: failed and canceled intents are
 * ignored), without ever blocking a buyer who retries on the same intent.
 */

let cachedClient: { key: string; client: StripeClient } | undefined

/** A client for the configured Stripe account, or null when Stripe is off. */
export function stripeClientFromEnv(env: Record<string, string | undefined> = process.env): StripeClient | null {
  const settings = readStripeSettings(env)
  if (!settings) return null
  const key = `${settings.apiKey}|${settings.apiBase ?? ""}`
  if (cachedClient?.key !== key) cachedClient = { key, client: createStripeClient(settings) }
  return cachedClient.client
}

/** What we keep of a failure on the session (shown in the Admin). */
export type StripeFailureNote = {
  intent_id: string
  intent_status: string
  code: string | null
  decline_code: string | null
  message: string
  recorded_at: string
}

/** Intent states from which the buyer can still pay with this session. */
const LIVE_INTENT_STATES = new Set(["requires_confirmation", "requires_action", "processing", "requires_capture", "succeeded"])

function failureOf(intent: StripePaymentIntent): StripeFailureNote | null {
  const base = { intent_id: intent.id, intent_status: intent.status, recorded_at: new Date().toISOString() }
  if (intent.status === "canceled") {
    return { ...base, code: intent.cancellation_reason ?? null, decline_code: null, message: `The payment was canceled${intent.cancellation_reason ? ` (${intent.cancellation_reason})` : ""}.` }
  }
  if (intent.status === "requires_payment_method" && intent.last_payment_error) {
    const e = intent.last_payment_error
    return { ...base, code: e.code ?? null, decline_code: e.decline_code ?? null, message: e.message ?? "The card was declined." }
  }
  return null
}

/** Session fields Stripe data is written back with; the amount check keeps Medusa's provider from calling Stripe. */
function sessionUpdate(session: PaymentSessionDTO, intent: StripePaymentIntent) {
  const { last_payment_error, cancellation_reason, status } = intent
  return {
    id: session.id,
    amount: session.amount,
    currency_code: session.currency_code,
    data: { ...session.data, status, last_payment_error: last_payment_error ?? null, cancellation_reason: cancellation_reason ?? null },
  }
}

async function withSessionLock<T>(container: MedusaContainer, sessionId: string, job: () => Promise<T>): Promise<T> {
  const locking = container.resolve(Modules.LOCKING)
  return locking.execute(`afesip:payses:${sessionId}`, job, { timeout: 10 })
}

/**
 * After Stripe reported `payment_intent.payment_failed` or `.canceled` for a
 * session: re-read the intent (events arrive late and out of order) and, if
 * it is still failed or canceled, mark the session `error` / `canceled` with
 * Stripe's message. Such a session no longer completes a cart; the buyer
 * either confirms the same intent with another card (see reviveStripeSessions)
 * or the storefront opens a new session.
 * Returns the new status, or null when nothing changed.
 */
export async function recordStripeFailure(container: MedusaContainer, sessionId: string): Promise<PaymentSessionStatus | null> {
  const stripe = stripeClientFromEnv()
  if (!stripe) return null
  const payment = container.resolve(Modules.PAYMENT)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  return withSessionLock(container, sessionId, async () => {
    const [session] = await payment.listPaymentSessions({ id: sessionId }, { relations: ["payment"] })
    // A session with a payment has been authorised: Medusa owns it from there.
    if (!session || session.provider_id !== STRIPE_PROVIDER_ID || session.payment) return null
    const intentId = (session.data as { id?: string })?.id
    if (!intentId) return null
    const intent = await stripe.paymentIntents.retrieve(intentId)
    const failure = failureOf(intent)
    if (!failure) return null
    const status = intent.status === "canceled" ? PaymentSessionStatus.CANCELED : PaymentSessionStatus.ERROR
    const previous = (session.metadata as { stripe_failure?: StripeFailureNote } | null)?.stripe_failure
    if (session.status === status && previous?.message === failure.message && previous.intent_status === failure.intent_status) return null
    await payment.updatePaymentSession({
      ...sessionUpdate(session, intent),
      status,
      metadata: { ...(session.metadata ?? {}), stripe_failure: failure },
    })
    logger.info(`Stripe ${intent.status} for payment session ${session.id} (${intent.id}): ${failure.message}`)
    return status
  })
}

/**
 * Before a cart completes: a Stripe session marked `error` whose intent has
 * since moved on (the buyer confirmed the same intent with another card) is
 * set back to `pending`, so Medusa authorises it against Stripe instead of
 * refusing the cart (issue #12481). Never throws: completion decides.
 */
export async function reviveStripeSessions(container: MedusaContainer, cartId: string): Promise<string[]> {
  const stripe = stripeClientFromEnv()
  if (!stripe) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const payment = container.resolve(Modules.PAYMENT)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const revived: string[] = []
  try {
    const { data } = await query.graph({
      entity: "cart",
      fields: ["id", "payment_collection.payment_sessions.id", "payment_collection.payment_sessions.status", "payment_collection.payment_sessions.provider_id"],
      filters: { id: cartId },
    })
    const sessions = ((data[0]?.payment_collection?.payment_sessions ?? []) as ({ id: string; status: string; provider_id: string } | null)[])
      .filter((s): s is { id: string; status: string; provider_id: string } => !!s && s.provider_id === STRIPE_PROVIDER_ID && s.status === PaymentSessionStatus.ERROR)
    for (const { id } of sessions) {
      await withSessionLock(container, id, async () => {
        const session = await payment.retrievePaymentSession(id)
        const intentId = (session.data as { id?: string })?.id
        if (session.status !== PaymentSessionStatus.ERROR || !intentId) return
        const intent = await stripe.paymentIntents.retrieve(intentId)
        if (!LIVE_INTENT_STATES.has(intent.status)) return
        const { stripe_failure, ...metadata } = (session.metadata ?? {}) as Record<string, unknown>
        await payment.updatePaymentSession({
          ...sessionUpdate(session, intent),
          status: PaymentSessionStatus.PENDING,
          metadata: { ...metadata, ...(stripe_failure ? { stripe_earlier_failure: stripe_failure } : {}) },
        })
        revived.push(id)
      })
    }
  } catch (error) {
    logger.warn(`Could not refresh the Stripe payment sessions of cart ${cartId}: ${(error as Error).message}`)
  }
  return revived
}
