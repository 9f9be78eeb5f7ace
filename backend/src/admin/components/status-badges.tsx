import { StatusBadge, Text } from "@medusajs/ui"
import type { ConsentStatus } from "../lib/api"
import { CONSENT_STATUS_UI, expiryPhrase, formatDate } from "../lib/format"

export const PublishedBadge = ({ published }: { published: boolean }) => (
  <StatusBadge color={published ? "green" : "grey"}>{published ? "Published" : "Not published"}</StatusBadge>
)

const EXPIRY_TEXT_CLASS = {
  valid: "text-ui-fg-subtle",
  expiring: "text-ui-tag-orange-text",
  expired: "text-ui-fg-error",
} as const

/** Consent status with its expiry: red for none/expired/revoked, orange for expiring, green for valid. */
export const ConsentStatusBadge = ({
  status,
  expiresAt,
  showExpiry = true,
  inline = false,
}: {
  status: ConsentStatus
  expiresAt?: string | null
  showExpiry?: boolean
  /** Expiry beside the badge rather than under it. */
  inline?: boolean
}) => {
  const ui = CONSENT_STATUS_UI[status] ?? CONSENT_STATUS_UI.none
  return (
    <div className={inline ? "flex flex-wrap items-center gap-x-2 gap-y-0.5" : "flex flex-col items-start gap-y-0.5"}>
      <StatusBadge color={ui.color}>{ui.label}</StatusBadge>
      {showExpiry && expiresAt && (status === "valid" || status === "expiring" || status === "expired") && (
        <Text size="xsmall" leading="compact" className={EXPIRY_TEXT_CLASS[status]}>
          {formatDate(expiresAt)} · {expiryPhrase(expiresAt)}
        </Text>
      )}
    </div>
  )
}
