import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reconcileStripePayments } from "../workflows/checkout/reconcile-stripe-payments"

/**
 * Every 10 minutes: Stripe payments of the last 72 hours that have no order
 * (browser gone, webhook lost) are completed into orders, or refunded when the
 * cart cannot become one. Does nothing without Stripe. See docs/payments.md.
 */
export default async function reconcileStripePaymentsJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const outcomes = await reconcileStripePayments(container)
  const acted = outcomes.filter((o) => ["completed", "refunded", "canceled", "error"].includes(o.outcome))
  if (acted.length) {
    const counts = acted.reduce<Record<string, number>>((acc, o) => ({ ...acc, [o.outcome]: (acc[o.outcome] ?? 0) + 1 }), {})
    logger.warn(`Stripe reconciliation: ${Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(", ")}`)
  }
}

export const config = {
  name: "reconcile-stripe-payments",
  schedule: "*/10 * * * *",
}
