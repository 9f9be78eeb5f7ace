import { model } from "@medusajs/framework/utils"
import { Maker } from "./maker"
import { MediaAsset } from "./media-asset"

/**
 * A signed, scoped, time-limited consent. It is valid while signed, not yet
 * expired and not revoked; `expires_at` is at most three years after
 * `signed_at` (enforced by the record-consent workflow).
 */
export const ConsentRecord = model.define("maker_consent", {
  id: model.id({ prefix: "mkcon" }).primaryKey(),
  scopes: model.json(),
  signed_at: model.dateTime(),
  expires_at: model.dateTime(),
  revoked_at: model.dateTime().nullable(),
  revocation_reason: model.text().nullable(),
  /** When the maker reviewed the final public text; required for the story scope. */
  maker_reviewed_at: model.dateTime().nullable(),
  /** Reference to the risk assessment; required before an identifiable photo. */
  risk_assessment_ref: model.text().nullable(),
  recorded_by: model.text(),
  maker: model.belongsTo(() => Maker, { mappedBy: "consents" }),
  media: model.hasMany(() => MediaAsset, { mappedBy: "consent" }),
})
