import { model } from "@medusajs/framework/utils"
import { Facility } from "./facility"

/**
 * A dated aggregate for one facility and period. There is deliberately no
 * per-person figure anywhere in this model.
 */
export const ImpactFigure = model.define("impact_figure", {
  id: model.id({ prefix: "imp" }).primaryKey(),
  period_start: model.dateTime(),
  period_end: model.dateTime(),
  makers_employed: model.number(),
  pieces_made: model.number(),
  training_hours: model.number(),
  /** Average monthly wage paid, in USD. */
  average_monthly_wage_usd: model.float(),
  /** Local benchmark (e.g. garment-sector minimum wage), in USD per month. */
  benchmark_monthly_wage_usd: model.float(),
  benchmark_label: model.text(),
  source: model.text(),
  entered_by: model.text(),
  facility: model.belongsTo(() => Facility, { mappedBy: "impact_figures" }),
})
