import { model } from "@medusajs/framework/utils"

/** Append-only log of publish, unpublish and consent changes. */
export const AuditEntry = model.define("maker_audit_entry", {
  id: model.id({ prefix: "mkaud" }).primaryKey(),
  maker_id: model.text().index(),
  action: model.enum([
    "maker_created",
    "profile_updated",
    "consent_recorded",
    "consent_revoked",
    "story_reviewed",
    "published",
    "unpublished",
    "consent_expired",
    "identity_updated",
  ]),
  actor: model.text(),
  detail: model.json().nullable(),
})
