import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { type GuardCart, type GuardState, guardAfterReservation, guardBeforeOrder, guardCompensate } from "./stock-guard"

/**
 * Cart-completion hooks: the oversell guard (stock-guard.ts). Medusa loads
 * every file under src/workflows, which registers these handlers once.
 */

type HookContext = { container: MedusaContainer }
type HookRegistrar = (
  handler: (input: { input: { id: string } }, context: HookContext) => Promise<unknown>,
  compensate?: (data: unknown, context: HookContext) => Promise<unknown>
) => void

type CartPayments = {
  metadata?: { stripe_reconciliation?: { intent_id?: string; outcome?: string } } | null
  payment_collection?: { payment_sessions?: ({ data?: { id?: string } | null } | null)[] | null } | null
}

/** Money the reconciliation job gave back must not become an order after all (e.g. a late webhook). */
function refuseReturnedPayment(cart: CartPayments) {
  const note = cart.metadata?.stripe_reconciliation
  if (!note?.intent_id) return
  const sessions = cart.payment_collection?.payment_sessions ?? []
  if (sessions.some((s) => s?.data?.id === note.intent_id)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This payment was ${note.outcome ?? "returned"} because the order could not be placed. Please pay again.`)
  }
}

completeCartWorkflow.hooks.validate(
  async ({ cart }, { container }) => {
    refuseReturnedPayment(cart as CartPayments)
    const state = await guardBeforeOrder(container, cart as GuardCart)
    return new StepResponse(undefined, state)
  },
  async (state, { container }) => {
    await guardCompensate(container, state as GuardState | undefined)
  }
)

// Not in the workflow's typed hooks, but declared by it (createHook) right
// after the stock is reserved and before the payment is authorised.
const beforePaymentAuthorization = (completeCartWorkflow.hooks as unknown as Record<string, HookRegistrar | undefined>)
  .beforePaymentAuthorization
if (typeof beforePaymentAuthorization !== "function") {
  throw new Error("completeCartWorkflow no longer declares the beforePaymentAuthorization hook: the oversell guard needs a new release point")
}
beforePaymentAuthorization(async ({ input }, { container }) => {
  await guardAfterReservation(container, input.id)
  return new StepResponse(undefined)
})
