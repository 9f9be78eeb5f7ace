import { randomUUID } from "node:crypto"
import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { logger as frameworkLogger } from "@medusajs/framework/logger"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import { isEmailTemplate, renderEmail } from "../../emails"
import { emailFrom } from "../../emails/send"
import { outboxDir, writeOutboxFile, type Env, type OutboxRecord } from "./outbox-file"

export type OutboxOptions = {
  /** Channels this provider serves; medusa-config gives ["email"]. */
  channels?: string[]
  /** Overrides EMAIL_OUTBOX_DIR. */
  dir?: string
  /** Overrides EMAIL_FROM when a notification carries no sender. */
  from?: string
}

/** The startup warning for production, or undefined when there is nothing to say. */
export function productionWarning(env: Env, options: OutboxOptions = {}): string | undefined {
  if (env.NODE_ENV !== "production" || options.dir?.trim() || env.EMAIL_OUTBOX_DIR?.trim()) return undefined
  return (
    "[email-outbox] NODE_ENV=production but emails are only written as JSON files to " +
    `${outboxDir(env)} and NOT delivered to customers. Configure a real email provider ` +
    "(SendGrid, Resend…) for the \"email\" channel in medusa-config.ts, or set EMAIL_OUTBOX_DIR " +
    "if writing to disk is really intended. See docs/emails.md."
  )
}

type InjectedDependencies = { logger: Logger }

/**
 * Notification provider for the "email" channel that writes each email as a
 * JSON file into an outbox folder instead of sending it. Used in development
 * and tests; production should register a real provider for "email".
 */
export class OutboxNotificationService extends AbstractNotificationProviderService {
  static override identifier = "notification-outbox"

  protected logger_: Logger
  protected options_: OutboxOptions

  /** Runs when the notification module loads its providers, i.e. at startup. */
  static override validateOptions(options: Record<any, any>): void {
    const warning = productionWarning(process.env, options as OutboxOptions)
    if (warning) frameworkLogger.warn(warning)
  }

  constructor({ logger }: InjectedDependencies, options: OutboxOptions = {}) {
    super()
    this.logger_ = logger
    this.options_ = options
  }

  override async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    if (!notification?.to) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "An email needs a recipient")
    }
    let content = notification.content ?? undefined
    // Notifications created with a template name and data only (no rendered content) are rendered here.
    if (!content?.html && isEmailTemplate(notification.template)) {
      content = await renderEmail(notification.template, (notification.data ?? {}) as never)
    }
    const createdAt = new Date()
    const record: OutboxRecord = {
      // The notification module passes its own id along with the DTO.
      id: (notification as { id?: string }).id ?? `outbox_${randomUUID()}`,
      to: notification.to,
      from: notification.from?.trim() || this.options_.from?.trim() || emailFrom(),
      subject: content?.subject ?? "",
      template: notification.template,
      html: content?.html ?? "",
      text: content?.text ?? "",
      data: (notification.data ?? {}) as Record<string, unknown>,
      created_at: createdAt.toISOString(),
    }
    const file = await writeOutboxFile(outboxDir(process.env, process.cwd(), this.options_.dir), record, createdAt)
    this.logger_.info(`[email-outbox] ${record.template} email written to ${file}`)
    return { id: record.id }
  }
}

export default OutboxNotificationService
