import StripeModule from "@medusajs/medusa/payment-stripe"
import { PaymentSessionStatus } from "@medusajs/framework/utils"
import { apiBaseConfig, loadStripeConstructor } from "./client"

/**
 * Set in a session's data when the reconciliation job gave the money back
 * (docs/payments.md): such a session must never authorise an order again,
 * e.g. when a late `payment_intent.succeeded` webhook arrives.
 */
export const RETURNED_MARKER = "afesip_returned"

/**
 * Options of Medusa's Stripe provider (see @medusajs/payment-stripe), plus
 * `apiBase` for an offline Stripe API in tests.
 */
export type AfesipStripeOptions = {
  apiKey: string
  webhookSecret: string
  capture?: boolean
  automaticPaymentMethods?: boolean
  paymentDescription?: string
  apiBase?: string
}

/** What this subclass touches of the provider instance (its stripe-node client). */
type AuthorizeInput = { data?: Record<string, unknown>; context?: Record<string, unknown> }
type AuthorizeOutput = { status: PaymentSessionStatus; data?: Record<string, unknown> }
type StripeProviderInstance = { stripe_: unknown; authorizePayment(input: AuthorizeInput): Promise<AuthorizeOutput> }
type StripeProviderClass = (new (cradle: Record<string, unknown>, options: AfesipStripeOptions) => StripeProviderInstance) & {
  identifier: string
  validateOptions(options: Record<string, unknown>): void
}

/** Medusa's card provider (identifier "stripe"), taken from the module it ships in. */
const MedusaStripeProvider = (StripeModule.services as unknown as StripeProviderClass[]).find((service) => service.identifier === "stripe")
if (!MedusaStripeProvider) {
  throw new Error("@medusajs/medusa/payment-stripe no longer ships the 'stripe' provider: check the upgrade notes")
}

/**
 * Medusa's Stripe card provider, unchanged, except that:
 * - its client talks to STRIPE_API_BASE when that is set (offline tests);
 * - a session whose money the reconciliation job returned never authorises;
 * - intents accept cards only (wallets such as Apple Pay and Google Pay are
 *   cards too), so every payment is settled the moment it is confirmed and
 *   automatic capture never waits days for a bank debit.
 * Identifier stays "stripe", so with id "stripe" the provider is
 * pp_stripe_stripe and webhooks arrive on /hooks/payment/stripe_stripe.
 */
export default class AfesipStripeProviderService extends MedusaStripeProvider {
  static override identifier = "stripe"

  constructor(cradle: Record<string, unknown>, options: AfesipStripeOptions) {
    super(cradle, options)
    if (options.apiBase) {
      const Stripe = loadStripeConstructor()
      this.stripe_ = new Stripe(options.apiKey, apiBaseConfig(options.apiBase))
    }
  }

  override async authorizePayment(input: AuthorizeInput): Promise<AuthorizeOutput> {
    if (input.data?.[RETURNED_MARKER]) return { status: PaymentSessionStatus.CANCELED, data: input.data }
    return super.authorizePayment(input)
  }

  get paymentIntentOptions() {
    return { payment_method_types: ["card"] }
  }
}
