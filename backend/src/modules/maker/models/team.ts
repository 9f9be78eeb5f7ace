import { model } from "@medusajs/framework/utils"
import { Facility } from "./facility"
import { Maker } from "./maker"

/**
 * A group of makers at one facility. Products are credited to a team when no
 * individual maker consented to a product link; a team is public by itself
 * and never lists its members' private data.
 */
export const Team = model.define("team", {
  id: model.id({ prefix: "team" }).primaryKey(),
  code: model.text().unique(),
  handle: model.text().unique(),
  name: model.json(),
  description: model.json(),
  facility: model.belongsTo(() => Facility, { mappedBy: "teams" }),
  makers: model.hasMany(() => Maker, { mappedBy: "team" }),
})
