import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { renderEmail, storedEmailData, type EmailDataByTemplate, type EmailTemplate } from "./index"

export const DEFAULT_EMAIL_FROM = "AFESIP Fair Fashion <orders@afesip-fairfashion.org>"

export function emailFrom(env: Record<string, string | undefined> = process.env): string {
  return env.EMAIL_FROM?.trim() || DEFAULT_EMAIL_FROM
}

export type SendEmailInput<K extends EmailTemplate> = {
  to: string
  template: K
  data: EmailDataByTemplate[K]
  /** The event that caused it, e.g. "order.placed". */
  trigger: string
  resource?: { id: string; type: string }
  /** Same key twice → sent once (Medusa's notification module checks it). */
  idempotencyKey?: string
}

/**
 * Renders a template and hands it to the notification module on the "email"
 * channel. The rendered subject/html/text travel as `content`, so any email
 * provider (the outbox, SendGrid, a Resend provider…) sends the same message.
 */
export async function sendEmail<K extends EmailTemplate>(container: MedusaContainer, input: SendEmailInput<K>): Promise<void> {
  const content = await renderEmail(input.template, input.data)
  const notifications = container.resolve(Modules.NOTIFICATION)
  await notifications.createNotifications({
    to: input.to,
    from: emailFrom(),
    channel: "email",
    template: input.template,
    data: storedEmailData(input.template, input.data),
    content,
    trigger_type: input.trigger,
    resource_id: input.resource?.id ?? null,
    resource_type: input.resource?.type ?? null,
    idempotency_key: input.idempotencyKey ?? null,
  })
}
