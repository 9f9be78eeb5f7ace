import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { FULFILLMENT_EMAIL_FIELDS, ORDER_EMAIL_FIELDS, shippingConfirmationData, type EmailFulfillment, type EmailOrder } from "../emails/data"
import { sendEmail } from "../emails/send"

/**
 * Shipping confirmation when a fulfillment is marked as shipped. The event
 * carries the fulfillment's id and the Admin's "notify customer" choice
 * (`no_notification`). Failures are logged, never thrown.
 */
export default async function emailShipmentCreated({ event, container }: SubscriberArgs<{ id: string; no_notification?: boolean }>) {
  if (event.data?.no_notification) return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: fulfillments } = await query.graph({ entity: "fulfillment", fields: FULFILLMENT_EMAIL_FIELDS, filters: { id: event.data.id } })
    const fulfillment = fulfillments[0] as unknown as EmailFulfillment | undefined
    const orderId = fulfillment?.order?.id
    if (!fulfillment || !orderId) {
      logger.warn(`[email] shipment.created: no order for fulfillment ${event.data.id}, no shipping confirmation sent`)
      return
    }
    const { data: orders } = await query.graph({ entity: "order", fields: ORDER_EMAIL_FIELDS, filters: { id: orderId } })
    const order = orders[0] as unknown as EmailOrder | undefined
    if (!order?.email || order.no_notification) return
    await sendEmail(container, {
      to: order.email,
      template: "shipping-confirmation",
      data: shippingConfirmationData(fulfillment, order, process.env),
      trigger: event.name,
      resource: { id: fulfillment.id, type: "fulfillment" },
      idempotencyKey: `shipping-confirmation:${fulfillment.id}`,
    })
  } catch (error) {
    logger.error(`[email] shipping confirmation for fulfillment ${event.data?.id} failed: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = {
  event: "shipment.created",
  context: { subscriberId: "email-shipment-created" },
}
