import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { CourierFulfillmentService } from "./service"

/**
 * Courier rates from Phnom Penh as a fulfillment provider with calculated
 * prices. Registered in medusa-config.ts under the fulfillment module with id
 * "afesip" (provider id courier_afesip); see docs/shipping.md.
 */
export default ModuleProvider(Modules.FULFILLMENT, {
  services: [CourierFulfillmentService],
})
