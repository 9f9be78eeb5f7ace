import { createRequire } from "node:module"
import { discoveryPath as stripeProviderPath } from "@medusajs/medusa/payment-stripe"
import type { StripeSettings } from "../../lib/runtime-env"

/**
 * The Stripe SDK our code talks through: the very copy Medusa's Stripe
 * provider was built against (its own dependency), so our calls, the
 * provider's calls and their API version never drift apart.
 */

/** Id of the card provider in Medusa: `pp_<identifier>_<id in medusa-config>`. */
export const STRIPE_PROVIDER_ID = "pp_stripe_stripe"
/** The webhook route Medusa serves for it: /hooks/payment/stripe_stripe. */
export const STRIPE_WEBHOOK_PATH = "/hooks/payment/stripe_stripe"

export type StripeIntentStatus =
  | "requires_payment_method"
  | "requires_confirmation"
  | "requires_action"
  | "processing"
  | "requires_capture"
  | "canceled"
  | "succeeded"

/** The parts of a PaymentIntent this project reads. */
export type StripePaymentIntent = {
  id: string
  object: "payment_intent"
  amount: number
  amount_received?: number
  currency: string
  status: StripeIntentStatus
  created: number
  metadata: Record<string, string> | null
  client_secret?: string | null
  capture_method?: string
  cancellation_reason?: string | null
  latest_charge?: string | { id: string; amount_refunded?: number; refunded?: boolean } | null
  last_payment_error?: { code?: string; decline_code?: string; message?: string; type?: string } | null
}

type RequestOptions = { idempotencyKey?: string }
type ListPage<T> = { data: T[]; has_more: boolean }

/** The Stripe client surface this project uses (a subset of stripe-node). */
export interface StripeClient {
  paymentIntents: {
    retrieve(id: string, params?: Record<string, unknown>): Promise<StripePaymentIntent>
    list(params: Record<string, unknown>): Promise<ListPage<StripePaymentIntent>> & AsyncIterable<StripePaymentIntent>
    cancel(id: string, params?: Record<string, unknown>, options?: RequestOptions): Promise<StripePaymentIntent>
  }
  refunds: {
    create(params: { payment_intent: string; amount?: number; reason?: string; metadata?: Record<string, string> }, options?: RequestOptions): Promise<{ id: string; status: string | null; amount: number }>
    list(params: { payment_intent: string; limit?: number }): Promise<ListPage<{ id: string; status: string | null; amount: number }>>
  }
}

type StripeConstructor = new (apiKey: string, config?: Record<string, unknown>) => unknown

let stripeConstructor: StripeConstructor | undefined

/** The stripe-node constructor that @medusajs/payment-stripe itself imports. */
export function loadStripeConstructor(): StripeConstructor {
  if (!stripeConstructor) {
    const required = createRequire(stripeProviderPath)("stripe")
    stripeConstructor = (required.default ?? required) as StripeConstructor
  }
  return stripeConstructor
}

/**
 * stripe-node settings for a custom API base (STRIPE_API_BASE), used only by
 * test rigs that run an offline Stripe API; empty for api.stripe.com.
 */
export function apiBaseConfig(apiBase?: string): Record<string, unknown> {
  if (!apiBase) return {}
  const url = new URL(apiBase)
  const protocol = url.protocol.replace(":", "")
  return {
    host: url.hostname,
    port: Number(url.port || (protocol === "https" ? 443 : 80)),
    protocol,
    // A local fake answers at once; do not let a hiccup hide behind retries.
    maxNetworkRetries: 0,
  }
}

/** Builds a client like the provider's, pointed at STRIPE_API_BASE when set. */
export function createStripeClient(settings: Pick<StripeSettings, "apiKey" | "apiBase">): StripeClient {
  const Stripe = loadStripeConstructor()
  return new Stripe(settings.apiKey, apiBaseConfig(settings.apiBase)) as StripeClient
}
