import { model } from "@medusajs/framework/utils"
import { ImpactFigure } from "./impact-figure"
import { Maker } from "./maker"
import { Team } from "./team"

/**
 * The public profile of one of AFESIP's workshops. Linked to the Medusa
 * stock location that holds its stock; `code` matches the location's
 * `metadata.facility_code`. Localised text is `{ en, fr }`.
 */
export const Facility = model.define("facility", {
  id: model.id({ prefix: "fac" }).primaryKey(),
  code: model.text().unique(),
  handle: model.text().unique(),
  name: model.text(),
  region_label: model.text(),
  story: model.json(),
  makes: model.json(),
  image_url: model.text().nullable(),
  image_alt: model.json().nullable(),
  /** Registered address used on export documents. */
  customs_address: model.json(),
  makers: model.hasMany(() => Maker, { mappedBy: "facility" }),
  teams: model.hasMany(() => Team, { mappedBy: "facility" }),
  impact_figures: model.hasMany(() => ImpactFigure, { mappedBy: "facility" }),
})
