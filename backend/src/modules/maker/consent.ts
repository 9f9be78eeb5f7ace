/**
 * Consent rules for publishing a maker's story. Pure functions: the
 * workflows, the store routes and the expiry job all decide with these.
 */

export const CONSENT_SCOPES = ["name", "photo", "story", "product_link", "wholesale_materials", "social"] as const
export type ConsentScope = (typeof CONSENT_SCOPES)[number]

export const PHOTO_MODES = ["none", "illustration", "hands_at_work", "non_identifying", "identifiable"] as const
export type PhotoMode = (typeof PHOTO_MODES)[number]

/** A consent may last at most this many years from signing. */
export const MAX_CONSENT_YEARS = 3

type DateLike = Date | string
const time = (d: DateLike) => new Date(d).getTime()

export type ConsentLike = {
  id?: string
  scopes: readonly string[] | unknown
  signed_at: DateLike
  expires_at: DateLike
  revoked_at?: DateLike | null
  maker_reviewed_at?: DateLike | null
  risk_assessment_ref?: string | null
}

export type MakerLike = {
  display_name?: string | null
  story?: unknown
  story_updated_at?: DateLike | null
  photo_mode: PhotoMode | string
}

export type NewConsent = {
  scopes: readonly string[]
  signed_at: DateLike
  expires_at: DateLike
  maker_reviewed_at?: DateLike | null
  risk_assessment_ref?: string | null
}

export function addYears(date: DateLike, years: number): Date {
  const d = new Date(date)
  const result = new Date(d)
  result.setUTCFullYear(d.getUTCFullYear() + years)
  // 29 February + n years lands on 1 March: clamp back to the end of February.
  if (result.getUTCMonth() !== d.getUTCMonth()) result.setUTCDate(0)
  return result
}

/** Every reason a new consent record would be invalid; empty when it is fine. */
export function consentInputErrors(input: NewConsent, now: Date = new Date()): string[] {
  const errors: string[] = []
  const scopes = Array.isArray(input.scopes) ? input.scopes : []
  if (scopes.length === 0) errors.push("A consent must cover at least one scope.")
  const unknown = scopes.filter((s) => !(CONSENT_SCOPES as readonly string[]).includes(s))
  if (unknown.length) errors.push(`Unknown consent scope(s): ${unknown.join(", ")}.`)
  if (new Set(scopes).size !== scopes.length) errors.push("Consent scopes must not repeat.")

  const signed = time(input.signed_at)
  const expires = time(input.expires_at)
  if (Number.isNaN(signed)) errors.push("signed_at is not a valid date.")
  if (Number.isNaN(expires)) errors.push("expires_at is not a valid date.")
  if (!Number.isNaN(signed) && !Number.isNaN(expires)) {
    if (signed > now.getTime()) errors.push("signed_at cannot be in the future.")
    if (expires <= signed) errors.push("expires_at must be after signed_at.")
    if (expires > addYears(input.signed_at, MAX_CONSENT_YEARS).getTime()) {
      errors.push(`A consent expires at most ${MAX_CONSENT_YEARS} years after it was signed.`)
    }
  }
  if (input.maker_reviewed_at != null) {
    const reviewed = time(input.maker_reviewed_at)
    if (Number.isNaN(reviewed)) errors.push("maker_reviewed_at is not a valid date.")
    else if (reviewed > now.getTime()) errors.push("maker_reviewed_at cannot be in the future.")
  }
  if (scopes.includes("story") && input.maker_reviewed_at == null) {
    errors.push("A story consent needs the date the maker reviewed the final text.")
  }
  return errors
}

export function isConsentValid(consent: ConsentLike, now: Date = new Date()): boolean {
  const t = now.getTime()
  if (time(consent.signed_at) > t) return false
  if (time(consent.expires_at) <= t) return false
  if (consent.revoked_at && time(consent.revoked_at) <= t) return false
  return true
}

const scopesOf = (c: ConsentLike): string[] => (Array.isArray(c.scopes) ? (c.scopes as string[]) : [])

/**
 * What the public may see right now, from the maker's valid consents. The
 * story counts only if she reviewed it after its last edit; an identifiable
 * photo also needs a recorded risk assessment.
 */
export function publicPermissions(maker: MakerLike, consents: readonly ConsentLike[], now: Date = new Date()) {
  const valid = consents.filter((c) => isConsentValid(c, now))
  const has = (scope: ConsentScope) => valid.some((c) => scopesOf(c).includes(scope))
  const storyReviewed = valid.some(
    (c) =>
      scopesOf(c).includes("story") &&
      c.maker_reviewed_at != null &&
      (!maker.story_updated_at || time(c.maker_reviewed_at) >= time(maker.story_updated_at))
  )
  const photoAllowed =
    maker.photo_mode === "identifiable"
      ? valid.some((c) => scopesOf(c).includes("photo") && !!c.risk_assessment_ref)
      : has("photo")
  return {
    name: has("name"),
    story: has("story") && storyReviewed,
    photo: photoAllowed,
    product_link: has("product_link"),
  }
}

/** Imagery that shows the maker herself (not an illustration) needs photo consent. */
export const photoNeedsConsent = (mode: string) => mode === "hands_at_work" || mode === "non_identifying" || mode === "identifiable"

const hasStory = (story: unknown) =>
  !!story && typeof story === "object" && Object.values(story as Record<string, unknown>).some((t) => typeof t === "string" && t.trim() !== "")

/**
 * Why the maker cannot be published now (empty list: she can). Each field the
 * profile would show must be covered by a valid consent.
 */
export function publishBlockers(maker: MakerLike, consents: readonly ConsentLike[], now: Date = new Date()): string[] {
  const allowed = publicPermissions(maker, consents, now)
  const blockers: string[] = []
  if (!consents.some((c) => isConsentValid(c, now))) {
    blockers.push("She has no valid consent: record a signed consent that has not expired or been revoked.")
  }
  if (!allowed.name) blockers.push("No valid consent covers showing her name.")
  if (hasStory(maker.story) && !allowed.story) {
    blockers.push("No valid consent covers her story text, or she has not reviewed its latest version.")
  }
  if (photoNeedsConsent(maker.photo_mode) && !allowed.photo) {
    blockers.push(
      maker.photo_mode === "identifiable"
        ? "An identifiable photo needs photo consent with a recorded risk assessment."
        : "No valid consent covers photos of her or her hands at work."
    )
  }
  return [...new Set(blockers)]
}

/** A published maker stays visible only while her name consent holds. */
export const shouldStayPublished = (maker: MakerLike, consents: readonly ConsentLike[], now: Date = new Date()) =>
  publicPermissions(maker, consents, now).name

export type ConsentStatus = "valid" | "expiring" | "expired" | "revoked" | "none"
/** A valid consent that ends within this many days is flagged in the Admin. */
export const EXPIRY_WARNING_DAYS = 60

/** Summary for staff: is she covered, and until when. */
export function consentStatus(consents: readonly ConsentLike[], now: Date = new Date()): { status: ConsentStatus; expires_at: Date | null } {
  if (consents.length === 0) return { status: "none", expires_at: null }
  const valid = consents.filter((c) => isConsentValid(c, now))
  if (valid.length) {
    const latest = Math.max(...valid.map((c) => time(c.expires_at)))
    const soon = latest - now.getTime() < EXPIRY_WARNING_DAYS * 24 * 3600 * 1000
    return { status: soon ? "expiring" : "valid", expires_at: new Date(latest) }
  }
  const last = [...consents].sort((a, b) => time(b.signed_at) - time(a.signed_at))[0]
  return { status: last.revoked_at ? "revoked" : "expired", expires_at: new Date(last.expires_at) }
}
