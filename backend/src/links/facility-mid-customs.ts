import { defineLink } from "@medusajs/framework/utils"
import CustomsModule from "../modules/customs"
import MakerModule from "../modules/maker"

/**
 * Read-only: a facility MID names its facility by `facility_id`, so Query can
 * read `facility_mid.facility` without a link table.
 */
export default defineLink(
  { linkable: CustomsModule.linkable.facilityMid, field: "facility_id" },
  MakerModule.linkable.facility,
  { readOnly: true }
)
