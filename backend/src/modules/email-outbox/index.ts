import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { OutboxNotificationService } from "./service"

/** Registered in medusa-config.ts as a provider of @medusajs/medusa/notification (id "outbox"). */
export default ModuleProvider(Modules.NOTIFICATION, {
  services: [OutboxNotificationService],
})
