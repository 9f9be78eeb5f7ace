import { model } from "@medusajs/framework/utils"
import { ConsentRecord } from "./consent-record"
import { Maker } from "./maker"

/** An image of a maker's work, with how identifying it is and the consent that covers it. */
export const MediaAsset = model.define("maker_media", {
  id: model.id({ prefix: "mkmed" }).primaryKey(),
  url: model.text(),
  kind: model.enum(["illustration", "hands_at_work", "workshop", "non_identifying", "portrait"]),
  identifiability: model.enum(["none", "low", "high"]),
  alt: model.json(),
  maker: model.belongsTo(() => Maker, { mappedBy: "media" }),
  consent: model.belongsTo(() => ConsentRecord, { mappedBy: "media" }).nullable(),
})
