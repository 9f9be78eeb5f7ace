import { model } from "@medusajs/framework/utils"

/**
 * Where the money for one piece goes, in USD, linked to a product. Every
 * component is optional; the storefront shows the breakdown only when filled in.
 */
export const CostBreakdown = model.define("cost_breakdown", {
  id: model.id({ prefix: "cost" }).primaryKey(),
  materials: model.float().nullable(),
  maker_wages: model.float().nullable(),
  training_programme: model.float().nullable(),
  overhead: model.float().nullable(),
  duties_estimate: model.float().nullable(),
  transport_estimate: model.float().nullable(),
  note: model.json().nullable(),
})
