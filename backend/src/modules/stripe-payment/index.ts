import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import AfesipStripeProviderService from "./service"

/**
 * Stripe card payments (pp_stripe_stripe). Registered by medusa-config.ts only
 * when STRIPE_API_KEY is set; see docs/payments.md.
 */
export default ModuleProvider(Modules.PAYMENT, {
  services: [AfesipStripeProviderService],
})
