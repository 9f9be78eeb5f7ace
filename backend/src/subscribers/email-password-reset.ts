import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CUSTOMER_EMAIL_FIELDS, passwordResetData, type EmailCustomer } from "../emails/data"
import { sendEmail } from "../emails/send"

type PasswordResetEvent = {
  /** The identifier the reset was asked for: the email address for emailpass. */
  entity_id: string
  actor_type: string
  token: string
  metadata?: Record<string, unknown>
}

/**
 * Reset link for customers (Admin users reset through the Admin, not here).
 * Medusa emits the event only when an identity exists for the address, so the
 * reset route itself never reveals whether an account exists.
 */
export default async function emailPasswordReset({ event, container }: SubscriberArgs<PasswordResetEvent>) {
  if (event.data?.actor_type !== "customer") return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const email = event.data.entity_id?.trim()
    if (!email || !event.data.token) return
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "customer", fields: CUSTOMER_EMAIL_FIELDS, filters: { email } })
    const customers = data as unknown as EmailCustomer[]
    const customer = customers.find((c) => c.has_account) ?? customers[0] ?? null
    await sendEmail(container, {
      to: email,
      template: "password-reset",
      data: passwordResetData({ email, token: event.data.token, customer, requestMetadata: event.data.metadata }, process.env),
      trigger: event.name,
    })
  } catch (error) {
    logger.error(`[email] password reset email failed: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = {
  event: "auth.password_reset",
  context: { subscriberId: "email-password-reset" },
}
