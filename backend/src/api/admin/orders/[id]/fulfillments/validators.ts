import { z } from "@medusajs/framework/zod"
import { CARRIER_CODES, MAX_CARRIER_NAME, MAX_TRACKING_URL, resolveShipmentCarrier } from "../../../../../lib/carriers"

/**
 * Body of POST /admin/orders/:id/fulfillments/:fulfillment_id/ship. The
 * carrier rules (number format per carrier, a name and optional link only for
 * "Other") come from lib/carriers.ts, so a bad request is a 400 that names
 * the field and nothing is changed.
 */
export const AdminShipFulfillment = z
  .object({
    carrier: z.enum(CARRIER_CODES),
    carrier_name: z.string().max(MAX_CARRIER_NAME * 2).optional(),
    tracking_number: z.string().max(200),
    tracking_url: z.string().max(MAX_TRACKING_URL).optional(),
    notify_customer: z.boolean().default(true),
  })
  .strict()
  .superRefine((body, ctx) => {
    const resolved = resolveShipmentCarrier(body)
    if (resolved.ok) return
    for (const issue of resolved.issues) ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message })
  })
export type AdminShipFulfillment = z.infer<typeof AdminShipFulfillment>
