import { model } from "@medusajs/framework/utils"

/**
 * The US manufacturer ID of one facility (maker module). `computed_mid` is
 * what the CBP rule gives for `computed_from` (the facility's customs name and
 * address when it was last computed); `override_mid` is a staff correction and
 * wins until it is cleared. Recomputing never touches the override.
 */
export const FacilityMid = model.define("facility_mid", {
  id: model.id({ prefix: "fmid" }).primaryKey(),
  facility_id: model.text().unique(),
  computed_mid: model.text().nullable(),
  /** Why the rule gave no MID (e.g. no city), when computed_mid is null. */
  compute_error: model.text().nullable(),
  /** { name, address_lines, city, country_code, province } used by the rule. */
  computed_from: model.json().nullable(),
  computed_at: model.dateTime().nullable(),
  override_mid: model.text().nullable(),
  override_reason: model.text().nullable(),
  overridden_by: model.text().nullable(),
  overridden_at: model.dateTime().nullable(),
})
