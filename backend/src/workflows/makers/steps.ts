import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKER_MODULE, type MakerModuleService } from "../../modules/maker"
import { consentInputErrors, publishBlockers, shouldStayPublished, type NewConsent } from "../../modules/maker/consent"

type Json = Record<string, unknown>
const makers = (container: { resolve: (key: string) => unknown }) => container.resolve(MAKER_MODULE) as MakerModuleService

export type AuditInput = { maker_id: string; action: string; actor: string; detail?: Json | null }

/** Appends to the maker audit log; undone by deleting the entry. */
export const writeAuditStep = createStep("write-maker-audit", async (entries: AuditInput[], { container }) => {
  const created = (await makers(container).createAuditEntries(entries as any)) as unknown as { id: string }[]
  return new StepResponse(created, created.map((e) => e.id))
}, async (ids, { container }) => {
  if (ids?.length) await makers(container).deleteAuditEntries(ids)
})

export type MakerProfileInput = {
  handle: string
  code: string
  display_name: string
  name_display?: "pseudonym" | "first_name"
  role: Json
  skills?: Json[]
  start_year?: number | null
  story?: Json
  photo_mode?: string
  facility_id: string
  team_id?: string | null
  /** When the story text was written; defaults to now (imports pass the original date). */
  story_written_at?: Date
}
export type IdentityInput = { legal_name: string; village?: string | null; contact?: string | null; notes?: string | null }

export const createMakerStep = createStep(
  "create-maker",
  async (input: { profile: MakerProfileInput; identity: IdentityInput }, { container }) => {
    const service = makers(container)
    const [clash] = await service.listMakers({ $or: [{ handle: input.profile.handle }, { code: input.profile.code }] })
    if (clash) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, "A maker with this handle or hang-tag code already exists.")
    const { story_written_at, ...profile } = input.profile
    const maker = await service.createMakers({
      ...profile,
      facility_id: input.profile.facility_id,
      team_id: input.profile.team_id ?? null,
      story: input.profile.story ?? { en: "", fr: "" },
      skills: input.profile.skills ?? [],
      story_updated_at: story_written_at ?? new Date(),
      is_published: false,
    } as any)
    await service.createMakerIdentities({ ...input.identity, maker_id: maker.id })
    return new StepResponse(maker, maker.id)
  },
  async (makerId, { container }) => {
    if (!makerId) return
    const service = makers(container)
    const identities = await service.listMakerIdentities({ maker_id: makerId })
    await service.deleteMakerIdentities(identities.map((i) => i.id))
    await service.deleteMakers(makerId)
  }
)

const PROFILE_FIELDS = ["display_name", "name_display", "role", "skills", "start_year", "story", "photo_mode", "facility_id", "team_id", "handle", "code"] as const

export const updateMakerStep = createStep(
  "update-maker",
  async (input: { id: string; update: Partial<MakerProfileInput> }, { container }) => {
    const service = makers(container)
    const before = await service.retrieveMaker(input.id)
    if (input.update.display_name) {
      const [identity] = await service.listMakerIdentities({ maker_id: input.id })
      if (identity && identity.legal_name.trim().toLowerCase() === input.update.display_name.trim().toLowerCase()) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "The public name must not be her legal name.")
      }
    }
    const update: Json = { ...input.update }
    if (input.update.story && JSON.stringify(input.update.story) !== JSON.stringify(before.story)) {
      // Edited text is hidden until she reviews this version.
      update.story_updated_at = new Date()
    }
    const previous: Json = { id: before.id, story_updated_at: before.story_updated_at }
    for (const key of Object.keys(update)) previous[key] = (before as unknown as Json)[key]
    const maker = await service.updateMakers({ id: input.id, ...update } as any)
    return new StepResponse(maker, previous)
  },
  async (previous, { container }) => {
    if (previous) await makers(container).updateMakers(previous as any)
  }
)

export const upsertIdentityStep = createStep(
  "upsert-maker-identity",
  async (input: { maker_id: string; identity: Partial<IdentityInput> }, { container }) => {
    const service = makers(container)
    const [existing] = await service.listMakerIdentities({ maker_id: input.maker_id })
    if (!existing) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This maker has no identity record.")
    const updated = await service.updateMakerIdentities({ id: existing.id, ...input.identity })
    return new StepResponse(updated, existing)
  },
  async (previous, { container }) => {
    if (previous) await makers(container).updateMakerIdentities(previous as any)
  }
)

export const recordConsentStep = createStep(
  "record-maker-consent",
  async (input: { maker_id: string; consent: NewConsent; recorded_by: string }, { container }) => {
    const errors = consentInputErrors(input.consent)
    if (errors.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, errors.join(" "))
    const service = makers(container)
    await service.retrieveMaker(input.maker_id)
    const consent = await service.createConsentRecords({
      maker_id: input.maker_id,
      scopes: [...input.consent.scopes],
      signed_at: new Date(input.consent.signed_at),
      expires_at: new Date(input.consent.expires_at),
      maker_reviewed_at: input.consent.maker_reviewed_at ? new Date(input.consent.maker_reviewed_at) : null,
      risk_assessment_ref: input.consent.risk_assessment_ref ?? null,
      recorded_by: input.recorded_by,
    } as any)
    return new StepResponse(consent, consent.id)
  },
  async (id, { container }) => {
    if (id) await makers(container).deleteConsentRecords(id)
  }
)

/** Updates one consent record of this maker (revocation, review); undone by restoring it. */
export const updateConsentStep = createStep(
  "update-maker-consent",
  async (input: { maker_id: string; consent_id: string; update: Json; requireActive?: boolean }, { container }) => {
    const service = makers(container)
    const [before] = await service.listConsentRecords({ id: input.consent_id, maker_id: input.maker_id })
    if (!before) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Consent record not found for this maker.")
    if (input.requireActive && before.revoked_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This consent was already revoked.")
    }
    const updated = await service.updateConsentRecords({ id: before.id, ...input.update } as any)
    const previous: Json = { id: before.id }
    for (const key of Object.keys(input.update)) previous[key] = (before as unknown as Json)[key]
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (previous) await makers(container).updateConsentRecords(previous as any)
  }
)

type PublishState = { id: string; is_published: boolean; published_at: Date | null }

/**
 * Sets the published flag. Publishing re-checks consent inside the step, so
 * nothing between the check and the write can slip an unconsented field out.
 */
export const setPublishedStep = createStep(
  "set-maker-published",
  async (input: { id: string; publish: boolean; now?: Date }, { container }) => {
    const service = makers(container)
    const maker = await service.retrieveMaker(input.id, { relations: ["consents"] })
    const previous: PublishState = { id: maker.id, is_published: maker.is_published, published_at: maker.published_at }
    if (input.publish) {
      const blockers = publishBlockers(maker as any, maker.consents as any, input.now ?? new Date())
      if (blockers.length) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `She cannot be published yet: ${blockers.join(" ")}`)
      }
    }
    const changed = maker.is_published !== input.publish
    const updated = await service.updateMakers({
      id: maker.id,
      is_published: input.publish,
      published_at: input.publish ? (maker.published_at ?? new Date()) : null,
    })
    return new StepResponse({ maker: updated, changed }, previous)
  },
  async (previous, { container }) => {
    if (previous) await makers(container).updateMakers(previous)
  }
)

/** Unpublishes the given makers if their consents no longer cover their name. */
export const unpublishUncoveredStep = createStep(
  "unpublish-makers-without-consent",
  async (input: { maker_ids?: string[]; now?: Date }, { container }) => {
    const service = makers(container)
    const filters = input.maker_ids ? { id: input.maker_ids, is_published: true } : { is_published: true }
    const published = await service.listMakers(filters, { relations: ["consents"] })
    const now = input.now ?? new Date()
    const lapsed = published.filter((m) => !shouldStayPublished(m as any, m.consents as any, now))
    if (lapsed.length) {
      await service.updateMakers(lapsed.map((m) => ({ id: m.id, is_published: false, published_at: null })))
    }
    const previous = lapsed.map((m) => ({ id: m.id, is_published: true, published_at: m.published_at }))
    return new StepResponse(
      lapsed.map((m) => ({ id: m.id, handle: m.handle })),
      previous
    )
  },
  async (previous, { container }) => {
    if (previous?.length) await makers(container).updateMakers(previous)
  }
)
