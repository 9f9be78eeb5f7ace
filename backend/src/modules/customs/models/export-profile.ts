import { model } from "@medusajs/framework/utils"
import { EXPORT_REASONS, INCOTERMS } from "../../../lib/customs/export-profile"

/**
 * How one order leaves Cambodia: terms of sale, why it is exported, who
 * imports it and how it is packed. Staff set it on the order page in the
 * Admin; until then the defaults in lib/customs/export-profile.ts apply.
 * One per order, named by `order_id`.
 */
export const ExportProfile = model.define("export_profile", {
  id: model.id({ prefix: "expp" }).primaryKey(),
  order_id: model.text().unique(),
  incoterm: model.enum([...INCOTERMS]),
  /** The Incoterm's named place, e.g. "Berlin, DE" for DAP or "Phnom Penh International Airport, KH" for FCA. */
  incoterm_place: model.text(),
  reason_for_export: model.enum([...EXPORT_REASONS]),
  /** { company_name, tax_ids: [{ type, value }] }: the importer's identifiers (lib/customs/tax-ids.ts). */
  consignee: model.json(),
  po_number: model.text().nullable(),
  /** [{ length_cm, width_cm, height_cm, gross_weight_kg, contents: [{ line_item_id, quantity }] }], in packing order. */
  cartons: model.json(),
  /** Insurance declared on the invoice, in the order's currency (major units). */
  insurance_amount: model.float().nullable(),
  /** Euros per one unit of the order's currency, for the EU €6,000 REX threshold on non-euro orders. */
  eur_rate: model.float().nullable(),
  updated_by: model.text().nullable(),
})
