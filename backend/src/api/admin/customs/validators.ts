import { z } from "@medusajs/framework/zod"
import {
  CONSTRUCTIONS,
  checkAuArn,
  checkCare,
  checkComposition,
  checkIossNumber,
  checkMidFormat,
  checkPacking,
  checkRexNumber,
  checkTaxId,
  checkUkVatNumber,
  compact,
  digitsOf,
  TARIFF_FORMATS,
  type Issue,
} from "../../../lib/customs"

/**
 * Request bodies of the customs, exporter and MID routes. The rules
 * themselves live in lib/customs; these schemas apply them so that a bad
 * request is answered 400 before any workflow runs. Rules that need Medusa's
 * own fields (the HS code's chapter, the tariff line's prefix) run again in
 * the workflow's first step, before anything is written.
 */

const text = (max: number) => z.string().trim().max(max)
/** An optional text field: "" and null both mean "none". */
const optionalText = (max: number) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), text(max).nullable().optional())
const optionalNumber = z.number().nullable().optional()

const report = (ctx: z.RefinementCtx, prefix: string, issues: Issue[]) => {
  for (const issue of issues) ctx.addIssue({ code: "custom", path: issue.path.split("."), message: `${prefix}${issue.message}` })
}

const TariffOverride = z
  .object({ code: text(20).min(1), stat_code: optionalText(4) })
  .strict()
  .nullable()
  .optional()

const VariantCustoms = z
  .object({
    variant_id: text(100).min(1),
    hs_code: z
      .string()
      .trim()
      .transform(digitsOf)
      .pipe(z.string().regex(/^\d{6}$/, "The HS code has exactly 6 digits, e.g. 6204.49."))
      .optional(),
    composition: z
      .array(z.object({ fibre: text(60).min(1), percent: z.number() }).strict())
      .max(10)
      .optional(),
    construction: z.enum(CONSTRUCTIONS).optional(),
    care_text: z.object({ en: text(2000), fr: text(2000) }).strict().optional(),
    care_symbols: z.array(text(40)).max(14).optional(),
    tariff_overrides: z.object({ US: TariffOverride, EU: TariffOverride, UK: TariffOverride, AU: TariffOverride }).strict().optional(),
    packed_weight_g: optionalNumber,
    packed_length_cm: optionalNumber,
    packed_width_cm: optionalNumber,
    packed_height_cm: optionalNumber,
  })
  .strict()
  .superRefine((v, ctx) => {
    const prefix = `${v.variant_id}: `
    // An empty composition is allowed only for not_textile; the workflow decides that with the stored construction.
    if (v.composition?.length) report(ctx, prefix, checkComposition(v.composition, v.construction ?? "woven"))
    if (v.care_symbols || v.care_text) {
      report(ctx, prefix, checkCare({ care_symbols: v.care_symbols ?? [], care_text: v.care_text ?? { en: "x", fr: "" }, construction: v.construction ?? "other" }))
    }
    const packing = { packed_weight_g: null, packed_length_cm: null, packed_width_cm: null, packed_height_cm: null }
    const given = Object.fromEntries(Object.entries(v).filter(([k, val]) => k in packing && val !== undefined))
    if (Object.keys(given).length) {
      // Dimensions are checked as a set only when all three are sent; the workflow checks the merged record.
      const partialDims = ["packed_length_cm", "packed_width_cm", "packed_height_cm"].some((k) => !(k in given))
      report(ctx, prefix, checkPacking({ ...packing, ...given }).filter((i) => !(partialDims && i.code === "dimensions_partial")))
    }
    for (const [destination, override] of Object.entries(v.tariff_overrides ?? {})) {
      if (!override) continue
      const format = TARIFF_FORMATS[destination as keyof typeof TARIFF_FORMATS]
      if (!new RegExp(`^\\d{${format.digits}}$`).test(digitsOf(override.code))) {
        ctx.addIssue({
          code: "custom",
          path: ["tariff_overrides", destination, "code"],
          message: `${prefix}The ${destination} ${format.name} has ${format.digits} digits (got "${override.code}").`,
        })
      }
    }
  })

export const AdminSetProductCustoms = z.object({ variants: z.array(VariantCustoms).min(1).max(300) }).strict()
export type AdminSetProductCustoms = z.infer<typeof AdminSetProductCustoms>

/** A registration number: spaces dropped, upper case, "" → null. */
const registration = z.preprocess(
  (v) => (typeof v === "string" ? (v.trim() === "" ? null : compact(v)) : v),
  z.string().max(40).nullable().optional()
)

export const AdminExporterSettings = z
  .object({
    legal_name: text(200).min(2),
    address: z
      .object({
        address_1: text(200).min(1),
        address_2: optionalText(200),
        city: text(100).min(1),
        province: optionalText(100),
        postal_code: optionalText(20),
        country_code: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "The country code has two letters, e.g. KH."),
      })
      .strict(),
    tax_id: z.preprocess((v) => (typeof v === "string" ? compact(v) : v), z.string().min(1, "Enter the exporter's tax ID (TIN).").max(40)),
    rex_number: registration,
    ioss_number: registration,
    uk_vat_number: registration,
    au_arn: registration,
    phone: optionalText(40),
    email: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), z.string().trim().email("Enter a valid e-mail address.").max(200).nullable().optional()),
    signatory_name: text(120).min(1, "Enter who signs the invoices."),
    signatory_title: optionalText(120),
  })
  .strict()
  .superRefine((v, ctx) => {
    const checks: [keyof typeof v, string | null][] = [
      ["tax_id", checkTaxId(v.tax_id)],
      ["rex_number", v.rex_number ? checkRexNumber(v.rex_number, /^[A-Z]{2}$/.test(v.address.country_code) ? v.address.country_code : null) : null],
      ["ioss_number", v.ioss_number ? checkIossNumber(v.ioss_number) : null],
      ["uk_vat_number", v.uk_vat_number ? checkUkVatNumber(v.uk_vat_number) : null],
      ["au_arn", v.au_arn ? checkAuArn(v.au_arn) : null],
    ]
    for (const [path, message] of checks) if (message) ctx.addIssue({ code: "custom", path: [path], message })
  })
export type AdminExporterSettings = z.infer<typeof AdminExporterSettings>

export const AdminFacilityMidOverride = z
  .object({
    override_mid: z.preprocess(
      (v) => (typeof v === "string" ? (v.trim() === "" ? null : compact(v)) : v),
      z
        .string()
        .nullable()
        .superRefine((mid, ctx) => {
          const message = mid === null ? null : checkMidFormat(mid)
          if (message) ctx.addIssue({ code: "custom", message })
        })
    ),
    reason: optionalText(300),
  })
  .strict()
export type AdminFacilityMidOverride = z.infer<typeof AdminFacilityMidOverride>
