import { model } from "@medusajs/framework/utils"
import { ConsentRecord } from "./consent-record"
import { Facility } from "./facility"
import { MediaAsset } from "./media-asset"
import { Team } from "./team"

/**
 * A maker's public profile: only what she chose to be known by. Her private
 * identity lives in `maker_identity`, which has no relation to this model so
 * that no graph query starting from a maker or a product can reach it.
 */
export const Maker = model.define("maker", {
  id: model.id({ prefix: "mkr" }).primaryKey(),
  /** Code printed on hang-tags, e.g. AFF-M07; never a name. */
  code: model.text().unique(),
  handle: model.text().unique(),
  display_name: model.text(),
  name_display: model.enum(["pseudonym", "first_name"]).default("pseudonym"),
  role: model.json(),
  skills: model.json(),
  start_year: model.number().nullable(),
  story: model.json(),
  /** Last edit of the story text; the public sees it only after her review of this version. */
  story_updated_at: model.dateTime().nullable(),
  photo_mode: model.enum(["none", "illustration", "hands_at_work", "non_identifying", "identifiable"]).default("illustration"),
  is_published: model.boolean().default(false),
  published_at: model.dateTime().nullable(),
  facility: model.belongsTo(() => Facility, { mappedBy: "makers" }),
  team: model.belongsTo(() => Team, { mappedBy: "makers" }).nullable(),
  consents: model.hasMany(() => ConsentRecord, { mappedBy: "maker" }),
  media: model.hasMany(() => MediaAsset, { mappedBy: "maker" }),
})
