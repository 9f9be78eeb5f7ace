import { z } from "@medusajs/framework/zod"
import { CONSENT_SCOPES, PHOTO_MODES } from "../../modules/maker/consent"

/** AFESIP began in 2003; a start year before that is a typo. */
const FIRST_YEAR = 2003

const text = (max: number) => z.string().trim().max(max)
const Localized = z.object({ en: text(8000), fr: text(8000) }).strict()
const LocalizedRequired = z.object({ en: text(200).min(1), fr: text(200).min(1) }).strict()
const handle = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "handle may contain lower-case letters, digits and hyphens").max(80)
const id = z.string().trim().min(1).max(100)
const dateInput = z.coerce.date({ error: "must be a date" })

/** Profile fields without defaults: an update must never fill in fields it did not send. */
const MakerProfileFields = z.object({
  handle,
  code: z.string().trim().toUpperCase().regex(/^AFF-[A-Z0-9-]{2,16}$/, "code must look like AFF-M07"),
  display_name: text(60).min(1),
  name_display: z.enum(["pseudonym", "first_name"]),
  role: LocalizedRequired,
  skills: z.array(LocalizedRequired).max(12),
  start_year: z.number().int().min(FIRST_YEAR).max(new Date().getUTCFullYear()).nullable().optional(),
  story: Localized.optional(),
  photo_mode: z.enum(PHOTO_MODES),
  facility_id: id,
  team_id: id.nullable().optional(),
})

const MakerProfile = MakerProfileFields.extend({
  name_display: MakerProfileFields.shape.name_display.default("pseudonym"),
  skills: MakerProfileFields.shape.skills.default([]),
  photo_mode: MakerProfileFields.shape.photo_mode.default("illustration"),
}).strict()

export const AdminIdentity = z
  .object({
    legal_name: text(200).min(1),
    village: text(200).nullable().optional(),
    contact: text(500).nullable().optional(),
    notes: text(4000).nullable().optional(),
  })
  .strict()

export const AdminCreateMaker = MakerProfile.extend({ identity: AdminIdentity }).superRefine((value, ctx) => {
  const legal = value.identity.legal_name.toLowerCase()
  if (value.display_name.toLowerCase() === legal) {
    ctx.addIssue({ code: "custom", path: ["display_name"], message: "The public name must not be her legal name." })
  }
})
export type AdminCreateMaker = z.infer<typeof AdminCreateMaker>

export const AdminUpdateMaker = MakerProfileFields.partial().strict()
export type AdminUpdateMaker = z.infer<typeof AdminUpdateMaker>

export const AdminUpdateIdentity = AdminIdentity.partial().strict()
export type AdminUpdateIdentity = z.infer<typeof AdminUpdateIdentity>

export const AdminRecordConsent = z
  .object({
    scopes: z.array(z.enum(CONSENT_SCOPES)).min(1),
    signed_at: dateInput,
    expires_at: dateInput,
    maker_reviewed_at: dateInput.nullable().optional(),
    risk_assessment_ref: text(200).min(1).nullable().optional(),
  })
  .strict()
export type AdminRecordConsent = z.infer<typeof AdminRecordConsent>

export const AdminReason = z.object({ reason: text(500).optional() }).strict()
export type AdminReason = z.infer<typeof AdminReason>

export const AdminListMakers = z
  .object({
    q: text(100).optional(),
    is_published: z.enum(["true", "false"]).optional(),
  })
  .strict()
export type AdminListMakers = z.infer<typeof AdminListMakers>

export const AdminUpsertTeam = z
  .object({
    handle,
    code: z.string().trim().toUpperCase().regex(/^AFF-[A-Z0-9-]{2,16}$/, "code must look like AFF-T01"),
    name: LocalizedRequired,
    description: Localized,
    facility_id: id,
  })
  .strict()
export const AdminUpdateTeam = AdminUpsertTeam.partial().strict()

const CustomsAddress = z
  .object({
    legal_name: text(200).min(1),
    address_1: text(200).min(1),
    address_2: text(200).optional(),
    city: text(100).min(1),
    province: text(100).optional(),
    postal_code: text(20).optional(),
    country_code: z.string().length(2).toLowerCase(),
  })
  .strict()

export const AdminUpdateFacility = z
  .object({
    name: text(120).min(1),
    region_label: text(120).min(1),
    story: Localized,
    makes: Localized,
    image_url: z.string().url().max(500).nullable(),
    image_alt: Localized.nullable(),
    customs_address: CustomsAddress,
  })
  .partial()
  .strict()

const count = z.number().int().min(0).max(1_000_000)
const usd = z.number().min(0).max(100_000)

const ImpactFields = z
  .object({
    facility_id: id,
    period_start: dateInput,
    period_end: dateInput,
    makers_employed: count,
    pieces_made: count,
    training_hours: count,
    average_monthly_wage_usd: usd,
    benchmark_monthly_wage_usd: usd.positive(),
    benchmark_label: text(200).min(1),
    source: text(300).min(1),
  })
  .strict()
export const AdminImpactFigure = ImpactFields.refine((v) => v.period_end > v.period_start, {
  path: ["period_end"],
  message: "period_end must be after period_start",
})
export const AdminUpdateImpactFigure = ImpactFields.partial().refine(
  (v) => !v.period_start || !v.period_end || v.period_end > v.period_start,
  { path: ["period_end"], message: "period_end must be after period_start" }
)

export const AdminSetProductMakers = z
  .object({ maker_ids: z.array(id).max(20), team_id: id.nullable() })
  .strict()
export type AdminSetProductMakers = z.infer<typeof AdminSetProductMakers>

const amount = z.number().min(0).max(10_000).nullable().optional()
export const AdminCostBreakdown = z
  .object({
    materials: amount,
    maker_wages: amount,
    training_programme: amount,
    overhead: amount,
    duties_estimate: amount,
    transport_estimate: amount,
    note: Localized.nullable().optional(),
  })
  .strict()
export type AdminCostBreakdown = z.infer<typeof AdminCostBreakdown>

export const AdminStaffRoles = z.object({ roles: z.array(z.enum(["safeguarding"])).max(5) }).strict()
export type AdminStaffRoles = z.infer<typeof AdminStaffRoles>
