import { model } from "@medusajs/framework/utils"

/**
 * A maker's private identity. Deliberately not related to `maker` in the data
 * model: it is read only by the identity Admin route, which checks the
 * caller's role. Store routes never import it.
 */
export const MakerIdentity = model.define("maker_identity", {
  id: model.id({ prefix: "mkid" }).primaryKey(),
  maker_id: model.text().unique(),
  legal_name: model.text(),
  village: model.text().nullable(),
  contact: model.text().nullable(),
  notes: model.text().nullable(),
})
