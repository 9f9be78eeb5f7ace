import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { NewConsent } from "../../modules/maker/consent"
import {
  createMakerStep,
  recordConsentStep,
  setPublishedStep,
  unpublishUncoveredStep,
  updateConsentStep,
  updateMakerStep,
  upsertIdentityStep,
  writeAuditStep,
  type IdentityInput,
  type MakerProfileInput,
} from "./steps"

/** Emitted whenever anything a visitor could see about a maker changes; the storefront revalidates. */
export const MAKER_UPDATED_EVENT = "maker.updated"

export const createMakerWorkflow = createWorkflow(
  "create-maker",
  (input: { profile: MakerProfileInput; identity: IdentityInput; actor: string }) => {
    const maker = createMakerStep({ profile: input.profile, identity: input.identity })
    const audit = transform({ maker, input }, ({ maker, input }) => [
      { maker_id: maker.id, action: "maker_created", actor: input.actor },
    ])
    writeAuditStep(audit)
    return new WorkflowResponse(maker)
  }
)

export const updateMakerWorkflow = createWorkflow(
  "update-maker",
  (input: { id: string; update: Partial<MakerProfileInput>; actor: string }) => {
    const maker = updateMakerStep({ id: input.id, update: input.update })
    const audit = transform({ input }, ({ input }) => [
      { maker_id: input.id, action: "profile_updated", actor: input.actor, detail: { fields: Object.keys(input.update) } },
    ])
    writeAuditStep(audit)
    emitEventStep({ eventName: MAKER_UPDATED_EVENT, data: { id: input.id } })
    return new WorkflowResponse(maker)
  }
)

/** The audit entry names the changed fields only: values stay out of the log. */
export const updateMakerIdentityWorkflow = createWorkflow(
  "update-maker-identity",
  (input: { maker_id: string; identity: Partial<IdentityInput>; actor: string }) => {
    const identity = upsertIdentityStep({ maker_id: input.maker_id, identity: input.identity })
    const audit = transform({ input }, ({ input }) => [
      { maker_id: input.maker_id, action: "identity_updated", actor: input.actor, detail: { fields: Object.keys(input.identity) } },
    ])
    writeAuditStep(audit)
    return new WorkflowResponse(identity)
  }
)

export const recordConsentWorkflow = createWorkflow(
  "record-maker-consent",
  (input: { maker_id: string; consent: NewConsent; actor: string }) => {
    const consent = recordConsentStep({ maker_id: input.maker_id, consent: input.consent, recorded_by: input.actor })
    const audit = transform({ consent, input }, ({ consent, input }) => [
      {
        maker_id: input.maker_id,
        action: "consent_recorded",
        actor: input.actor,
        detail: { consent_id: consent.id, scopes: input.consent.scopes, expires_at: input.consent.expires_at },
      },
    ])
    writeAuditStep(audit)
    emitEventStep({ eventName: MAKER_UPDATED_EVENT, data: { id: input.maker_id } })
    return new WorkflowResponse(consent)
  }
)

/**
 * Revokes a consent and, in the same transaction, unpublishes the maker if
 * her name is no longer covered; the storefront is told to drop its pages.
 */
export const revokeConsentWorkflow = createWorkflow(
  "revoke-maker-consent",
  (input: { maker_id: string; consent_id: string; reason?: string | null; actor: string }) => {
    const update = transform({ input }, ({ input }) => ({
      revoked_at: new Date(),
      revocation_reason: input.reason ?? null,
    }))
    const consent = updateConsentStep({ maker_id: input.maker_id, consent_id: input.consent_id, update, requireActive: true })
    const unpublished = unpublishUncoveredStep({ maker_ids: [input.maker_id] })
    const audit = transform({ input, unpublished }, ({ input, unpublished }) => [
      {
        maker_id: input.maker_id,
        action: "consent_revoked",
        actor: input.actor,
        detail: { consent_id: input.consent_id, reason: input.reason ?? null },
      },
      ...unpublished.map((m) => ({
        maker_id: m.id,
        action: "unpublished",
        actor: input.actor,
        detail: { reason: "consent revoked" },
      })),
    ])
    writeAuditStep(audit)
    emitEventStep({ eventName: MAKER_UPDATED_EVENT, data: { id: input.maker_id } })
    return new WorkflowResponse({ consent, unpublished })
  }
)

/** Records that she reviewed the current story text (today), under an active consent. */
export const recordStoryReviewWorkflow = createWorkflow(
  "record-maker-story-review",
  (input: { maker_id: string; consent_id: string; actor: string }) => {
    const update = transform({}, () => ({ maker_reviewed_at: new Date() }))
    const consent = updateConsentStep({ maker_id: input.maker_id, consent_id: input.consent_id, update, requireActive: true })
    const audit = transform({ input }, ({ input }) => [
      { maker_id: input.maker_id, action: "story_reviewed", actor: input.actor, detail: { consent_id: input.consent_id } },
    ])
    writeAuditStep(audit)
    emitEventStep({ eventName: MAKER_UPDATED_EVENT, data: { id: input.maker_id } })
    return new WorkflowResponse(consent)
  }
)

export const publishMakerWorkflow = createWorkflow("publish-maker", (input: { id: string; actor: string }) => {
  const result = setPublishedStep({ id: input.id, publish: true })
  const audit = transform({ input }, ({ input }) => [{ maker_id: input.id, action: "published", actor: input.actor }])
  writeAuditStep(audit)
  emitEventStep({ eventName: MAKER_UPDATED_EVENT, data: { id: input.id } })
  return new WorkflowResponse(result.maker)
})

export const unpublishMakerWorkflow = createWorkflow(
  "unpublish-maker",
  (input: { id: string; actor: string; reason?: string | null }) => {
    const result = setPublishedStep({ id: input.id, publish: false })
    const audit = transform({ input }, ({ input }) => [
      { maker_id: input.id, action: "unpublished", actor: input.actor, detail: { reason: input.reason ?? null } },
    ])
    writeAuditStep(audit)
    emitEventStep({ eventName: MAKER_UPDATED_EVENT, data: { id: input.id } })
    return new WorkflowResponse(result.maker)
  }
)

/** Run by the scheduled job: every published maker whose consent lapsed is unpublished. */
export const unpublishExpiredMakersWorkflow = createWorkflow(
  "unpublish-expired-makers",
  (input: { now?: Date }) => {
    const unpublished = unpublishUncoveredStep({ now: input.now })
    const audit = transform({ unpublished }, ({ unpublished }) =>
      unpublished.map((m) => ({ maker_id: m.id, action: "consent_expired", actor: "system", detail: { reason: "consent expired" } }))
    )
    writeAuditStep(audit)
    when({ unpublished }, ({ unpublished }) => unpublished.length > 0).then(() => {
      const events = transform({ unpublished }, ({ unpublished }) => unpublished.map((m) => ({ id: m.id })))
      emitEventStep({ eventName: MAKER_UPDATED_EVENT, data: events })
    })
    return new WorkflowResponse(unpublished)
  }
)
