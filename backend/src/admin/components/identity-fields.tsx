import { LockClosedSolid } from "@medusajs/icons"
import { Text } from "@medusajs/ui"
import type { MakerIdentity } from "../lib/api"
import { TextField, TextareaField } from "./form"

export type IdentityForm = { legal_name: string; village: string; contact: string; notes: string }

export const emptyIdentity = (): IdentityForm => ({ legal_name: "", village: "", contact: "", notes: "" })

export const identityFromApi = (i: MakerIdentity | null | undefined): IdentityForm => ({
  legal_name: i?.legal_name ?? "",
  village: i?.village ?? "",
  contact: i?.contact ?? "",
  notes: i?.notes ?? "",
})

const orNull = (s: string) => (s.trim() === "" ? null : s.trim())

export const identityPayload = (f: IdentityForm): MakerIdentity => ({
  legal_name: f.legal_name.trim(),
  village: orNull(f.village),
  contact: orNull(f.contact),
  notes: orNull(f.notes),
})

/** The notice that frames every private-identity form and section. */
export const PrivateNotice = () => (
  <div className="bg-ui-bg-subtle border-ui-border-base flex items-start gap-x-3 rounded-lg border px-4 py-3">
    <LockClosedSolid className="text-ui-fg-subtle mt-0.5 shrink-0" />
    <Text size="small" className="text-ui-fg-subtle">
      <span className="text-ui-fg-base font-medium">Private identity — never published.</span> Stored apart from her public
      profile and readable only by staff whose role allows it. Do not copy any of it into the public fields.
    </Text>
  </div>
)

export const IdentityFields = ({
  value,
  onChange,
  legalNameError,
}: {
  value: IdentityForm
  onChange: (value: IdentityForm) => void
  legalNameError?: string
}) => {
  const set = (key: keyof IdentityForm) => (v: string) => onChange({ ...value, [key]: v })
  return (
    <div className="flex flex-col gap-y-4">
      <PrivateNotice />
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <TextField label="Legal name" value={value.legal_name} error={legalNameError} onChange={set("legal_name")} autoComplete="off" />
        <TextField label="Village" optional value={value.village} onChange={set("village")} autoComplete="off" />
      </div>
      <TextField label="Contact" optional value={value.contact} onChange={set("contact")} hint="Phone or the caseworker to reach her through." autoComplete="off" />
      <TextareaField label="Notes" optional value={value.notes} onChange={set("notes")} rows={3} />
    </div>
  )
}
