import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ORDER_EMAIL_FIELDS, orderConfirmationData, type EmailOrder } from "../emails/data"
import { sendEmail } from "../emails/send"

/**
 * Order confirmation to the order's email address. Failures are logged, never
 * thrown: the order is placed whatever happens to its email.
 */
export default async function emailOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ORDER_EMAIL_FIELDS, filters: { id: event.data.id } })
    const order = data[0] as unknown as EmailOrder | undefined
    if (!order) {
      logger.warn(`[email] order.placed: order ${event.data.id} not found, no confirmation sent`)
      return
    }
    if (!order.email || order.no_notification) return
    await sendEmail(container, {
      to: order.email,
      template: "order-confirmation",
      data: orderConfirmationData(order, process.env),
      trigger: event.name,
      resource: { id: order.id, type: "order" },
      idempotencyKey: `order-confirmation:${order.id}`,
    })
  } catch (error) {
    logger.error(`[email] order confirmation for ${event.data?.id} failed: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "email-order-placed" },
}
