import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules, PaymentActions, PaymentWebhookEvents } from "@medusajs/framework/utils"
import { recordStripeFailure } from "../workflows/checkout/stripe-sessions"

type WebhookEventData = {
  provider: string
  payload: { data: unknown; rawData: Buffer | { type: "Buffer"; data: number[] } | string; headers: Record<string, unknown> }
}

/**
 * Medusa's own webhook subscriber drops `payment_intent.payment_failed` and
 * `payment_intent.canceled` (issue #16398). This one handles exactly those:
 * the payment module verifies the signature (a forged or stale event throws
 * and changes nothing), then the session is marked from Stripe's current
 * state. Repeated deliveries of one event are harmless (recordStripeFailure
 * is idempotent).
 */
export default async function paymentStripeFailures({ event, container }: SubscriberArgs<WebhookEventData>) {
  if (event.data?.provider !== "stripe_stripe") return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const payload = { ...event.data.payload }
  const raw = payload.rawData
  if (raw && typeof raw === "object" && !Buffer.isBuffer(raw) && raw.type === "Buffer") payload.rawData = Buffer.from(raw.data)

  let action: { action: string; data?: { session_id?: string } }
  try {
    action = await container.resolve(Modules.PAYMENT).getWebhookActionAndData({ provider: event.data.provider, payload: payload as never })
  } catch (error) {
    logger.warn(`Stripe webhook refused (signature or payload): ${(error as Error).message}`)
    return
  }
  if (action.action !== PaymentActions.FAILED && action.action !== PaymentActions.CANCELED) return
  const sessionId = action.data?.session_id
  if (!sessionId) return
  try {
    await recordStripeFailure(container, sessionId)
  } catch (error) {
    logger.error(`Could not record the Stripe failure of payment session ${sessionId}: ${(error as Error).message}`)
    throw error
  }
}

export const config: SubscriberConfig = {
  event: PaymentWebhookEvents.WebhookReceived,
  context: { subscriberId: "afesip-stripe-payment-failures" },
}
