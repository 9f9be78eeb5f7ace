import { EXPIRY_WARNING_DAYS } from "../../modules/maker/consent"
import type { ConsentRecord, ConsentStatus, Localized } from "./api"

export type BadgeColor = "green" | "red" | "orange" | "grey" | "blue" | "purple"

const DAY = 24 * 60 * 60 * 1000


/** English text of a localised value (falls back to French, then to a plain string). */
export const localizedText = (value: Localized | string | null | undefined): string => {
  if (!value) return ""
  if (typeof value === "string") return value
  return value.en || value.fr || ""
}

export const formatDate = (value: string | Date | null | undefined): string => {
  if (!value) return "-"
  const d = new Date(value)
  if (Number.isNaN(d.getTime())) return "-"
  return d.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" })
}

export const formatDateTime = (value: string | Date | null | undefined): string => {
  if (!value) return "-"
  const d = new Date(value)
  if (Number.isNaN(d.getTime())) return "-"
  return d.toLocaleString("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" })
}

export const formatUsd = (value: number | null | undefined): string =>
  value == null ? "-" : value.toLocaleString("en-US", { style: "currency", currency: "USD" })

/** Whole days from now until the date (negative once passed). */
export const daysUntil = (value: string | Date, now: Date = new Date()): number =>
  Math.ceil((new Date(value).getTime() - now.getTime()) / DAY)

/** "expires in 12 days", "expires today", "expired 3 days ago". */
export const expiryPhrase = (expiresAt: string | Date, now: Date = new Date()): string => {
  const days = daysUntil(expiresAt, now)
  if (new Date(expiresAt).getTime() <= now.getTime()) {
    const ago = -Math.floor((new Date(expiresAt).getTime() - now.getTime()) / DAY)
    return ago === 0 ? "expired today" : `expired ${ago} day${ago === 1 ? "" : "s"} ago`
  }
  if (days <= 1) return "expires within a day"
  return `expires in ${days} days`
}

/** The state of one consent record, computed like the backend's isConsentValid. */
export const consentRecordStatus = (c: ConsentRecord, now: Date = new Date()): Exclude<ConsentStatus, "none"> | "not_yet_signed" => {
  const t = now.getTime()
  if (c.revoked_at && new Date(c.revoked_at).getTime() <= t) return "revoked"
  if (new Date(c.expires_at).getTime() <= t) return "expired"
  if (new Date(c.signed_at).getTime() > t) return "not_yet_signed"
  if (new Date(c.expires_at).getTime() - t < EXPIRY_WARNING_DAYS * DAY) return "expiring"
  return "valid"
}

export const CONSENT_STATUS_UI: Record<ConsentStatus | "not_yet_signed", { label: string; color: BadgeColor }> = {
  valid: { label: "Consent valid", color: "green" },
  expiring: { label: "Consent expiring", color: "orange" },
  expired: { label: "Consent expired", color: "red" },
  revoked: { label: "Consent revoked", color: "red" },
  none: { label: "No consent", color: "red" },
  not_yet_signed: { label: "Not yet in force", color: "grey" },
}

export const SCOPE_LABELS: Record<string, string> = {
  name: "Name",
  photo: "Photo",
  story: "Story",
  product_link: "Product link",
  wholesale_materials: "Wholesale materials",
  social: "Social media",
}

export const PHOTO_MODE_LABELS: Record<string, string> = {
  none: "No image",
  illustration: "Illustration",
  hands_at_work: "Hands at work",
  non_identifying: "Non-identifying photo",
  identifiable: "Identifiable photo",
}

export const NAME_DISPLAY_LABELS: Record<string, string> = {
  pseudonym: "Pseudonym",
  first_name: "First name",
}

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  maker_created: "Maker created",
  profile_updated: "Profile updated",
  consent_recorded: "Consent recorded",
  story_reviewed: "Story review recorded",
  consent_revoked: "Consent revoked",
  published: "Published",
  unpublished: "Unpublished",
  consent_expired: "Unpublished: consent expired",
  identity_updated: "Private identity updated",
}

// Dates as the DatePicker gives them (local midnight) <-> API strings.

/** Local midnight of today. */
export const today = (): Date => {
  const d = new Date()
  d.setHours(0, 0, 0, 0)
  return d
}

/**
 * Adds whole years to a local date, clamping 29 February to 28 February, so
 * that the result never exceeds the backend's UTC `addYears` limit.
 */
export const addYearsLocal = (date: Date, years: number): Date => {
  const result = new Date(date)
  result.setFullYear(date.getFullYear() + years)
  if (result.getMonth() !== date.getMonth()) result.setDate(0)
  return result
}

export const toApiDate = (date: Date | null | undefined): string | null => (date ? date.toISOString() : null)

export const fromApiDate = (value: string | null | undefined): Date | null => {
  if (!value) return null
  const d = new Date(value)
  return Number.isNaN(d.getTime()) ? null : d
}

/** "YYYY-MM-DD" for date inputs and API date-only fields. */
export const toDateInput = (value: string | Date | null | undefined): string => {
  const d = value ? new Date(value) : null
  if (!d || Number.isNaN(d.getTime())) return ""
  const pad = (n: number) => String(n).padStart(2, "0")
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

// Date-only values (impact periods) are stored as UTC midnight: show and edit them in UTC.

export const formatDateUtc = (value: string | null | undefined): string => {
  if (!value) return "-"
  const d = new Date(value)
  if (Number.isNaN(d.getTime())) return "-"
  return d.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" })
}

/** The UTC calendar day of an API date as a local Date (for the DatePicker). */
export const utcDayToLocal = (value: string | null | undefined): Date | null => {
  const d = fromApiDate(value)
  return d ? new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) : null
}

/** A DatePicker day as the API's date-only string, "YYYY-MM-DD" (UTC midnight). */
export const localDayToApi = (date: Date | null | undefined): string | null => (date ? toDateInput(date) : null)
