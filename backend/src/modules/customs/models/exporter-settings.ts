import { model } from "@medusajs/framework/utils"

/**
 * The exporter block of commercial invoices: one row for the store. Numbers
 * are kept compact (no spaces, upper case). Staff edit it under Settings →
 * Exporter in the Admin.
 */
export const ExporterSettings = model.define("exporter_settings", {
  id: model.id({ prefix: "exps" }).primaryKey(),
  legal_name: model.text(),
  /** { address_1, address_2?, city, province?, postal_code?, country_code (ISO alpha-2, upper case) }. */
  address: model.json(),
  /** Cambodian tax identification number (TIN); null until staff enter it. */
  tax_id: model.text().nullable(),
  /** Registered exporter number (REX), needed on EU origin statements above €6,000. */
  rex_number: model.text().nullable(),
  /** EU Import One-Stop Shop number, when AFESIP collects EU VAT at checkout. */
  ioss_number: model.text().nullable(),
  uk_vat_number: model.text().nullable(),
  /** Australian ATO Reference Number for GST on low-value imports. */
  au_arn: model.text().nullable(),
  phone: model.text().nullable(),
  email: model.text().nullable(),
  /** Who signs the invoice declaration. */
  signatory_name: model.text().nullable(),
  signatory_title: model.text().nullable(),
})
