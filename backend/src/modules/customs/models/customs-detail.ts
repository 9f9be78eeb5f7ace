import { model } from "@medusajs/framework/utils"
import { CONSTRUCTIONS } from "../../../lib/customs/classification"

/**
 * What Medusa's variant lacks for labels and customs: structured fibre
 * composition, construction, care, national tariff lines and the packed unit.
 * One per product variant (link in src/links/variant-customs.ts). The HS code,
 * origin country, MID, material, weight and dimensions stay on the variant.
 */
export const CustomsDetail = model.define("customs_detail", {
  id: model.id({ prefix: "cusd" }).primaryKey(),
  /** [{ fibre, percent }]: Annex I fibre names of Regulation (EU) 1007/2011, largest share first, 100 % in all. */
  composition: model.json(),
  construction: model.enum([...CONSTRUCTIONS]),
  /** { en, fr }: one instruction per line. */
  care_text: model.json(),
  /** ISO 3758-style codes from lib/customs/care-symbols.ts, in label order. */
  care_symbols: model.json(),
  /** { US?: { code }, EU?: { code }, UK?: { code }, AU?: { code, stat_code } }. */
  tariff_overrides: model.json(),
  /** One unit in its retail packing, grams. */
  packed_weight_g: model.float().nullable(),
  packed_length_cm: model.float().nullable(),
  packed_width_cm: model.float().nullable(),
  packed_height_cm: model.float().nullable(),
})

/** The fields staff edit (everything but the id): read and written by the customs routes and workflow. */
export const CUSTOMS_DETAIL_KEYS = [
  "composition",
  "construction",
  "care_text",
  "care_symbols",
  "tariff_overrides",
  "packed_weight_g",
  "packed_length_cm",
  "packed_width_cm",
  "packed_height_cm",
] as const
