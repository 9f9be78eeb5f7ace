import { BadgeCheck, XCircle } from "@medusajs/icons"
import {
  Badge,
  Button,
  Checkbox,
  Container,
  DatePicker,
  Label,
  StatusBadge,
  Text,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { useId, useMemo, useState } from "react"
import { CONSENT_SCOPES, MAX_CONSENT_YEARS, consentInputErrors } from "../../../modules/maker/consent"
import {
  errorMessage,
  useRecordConsent,
  useRecordStoryReview,
  useRevokeConsent,
  useUserNames,
  type AdminMaker,
  type ConsentRecord,
  type ConsentScope,
} from "../../lib/api"
import {
  CONSENT_STATUS_UI,
  SCOPE_LABELS,
  addYearsLocal,
  consentRecordStatus,
  expiryPhrase,
  formatDate,
  toApiDate,
  today,
} from "../../lib/format"
import { ActionMenu, type Action } from "../action-menu"
import { DrawerForm, useResetOnOpen } from "../drawer-form"
import { Field, TextField } from "../form"
import { ReasonDrawer } from "../reason-drawer"
import { EmptyText, SectionHeader } from "../section"

const SCOPE_HINTS: Record<ConsentScope, string> = {
  name: "Show her chosen display name. Needed for any public profile.",
  photo: "Show images of her or her hands at work.",
  story: "Show her story text, once she has reviewed the final version.",
  product_link: "Credit products to her by name (otherwise to her team).",
  wholesale_materials: "Mention her in wholesale and B2B materials.",
  social: "Feature her on AFESIP's social media.",
}

const byNewest = (a: ConsentRecord, b: ConsentRecord) => new Date(b.signed_at).getTime() - new Date(a.signed_at).getTime()

/** The valid story consent under which a review of the current text is recorded. */
const storyConsent = (consents: ConsentRecord[]) =>
  [...consents].sort(byNewest).find((c) => {
    const status = consentRecordStatus(c)
    return (status === "valid" || status === "expiring") && c.scopes.includes("story")
  })

const Detail = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <div className="flex flex-col gap-y-0.5">
    <Text size="xsmall" leading="compact" className="text-ui-fg-muted">
      {label}
    </Text>
    <div className="txt-compact-small text-ui-fg-subtle">{children}</div>
  </div>
)

export const ConsentSection = ({ maker }: { maker: AdminMaker }) => {
  const [recordOpen, setRecordOpen] = useState(false)
  const [revoking, setRevoking] = useState<ConsentRecord | null>(null)
  const review = useRecordStoryReview(maker.id)
  const revoke = useRevokeConsent(maker.id)
  const prompt = usePrompt()
  const userName = useUserNames()
  const consents = useMemo(() => [...(maker.consents ?? [])].sort(byNewest), [maker.consents])
  const reviewUnder = storyConsent(consents)

  const recordReview = async (consent: ConsentRecord) => {
    const confirmed = await prompt({
      title: "Record her review of the current story?",
      description:
        "Confirm only if she has read, or had read to her, the exact current English and French text and agreed to it today. Her story then becomes visible under this consent.",
      confirmText: "Record review",
      cancelText: "Cancel",
      variant: "confirmation",
    })
    if (!confirmed) return
    review.mutate(
      { consentId: consent.id },
      {
        onSuccess: () => toast.success("Review recorded", { description: "The current story text is covered by her consent." }),
        onError: (error) => toast.error("Could not record the review", { description: errorMessage(error) }),
      }
    )
  }

  const confirmRevoke = async (consent: ConsentRecord, reason: string | undefined) => {
    const confirmed = await prompt({
      title: "Revoke this consent?",
      description: `It stops covering ${consent.scopes.map((s) => SCOPE_LABELS[s] ?? s).join(", ")} at once. If her name is no longer covered she is unpublished immediately. This cannot be undone: record a new consent if she agrees again.`,
      confirmText: "Revoke",
      cancelText: "Cancel",
      variant: "danger",
    })
    if (!confirmed) return
    revoke.mutate(
      { consentId: consent.id, reason },
      {
        onSuccess: (result) => {
          const unpublished = (result as { unpublished?: boolean } | undefined)?.unpublished
          toast.success("Consent revoked", unpublished ? { description: `${maker.display_name} was unpublished.` } : undefined)
          setRevoking(null)
        },
      }
    )
  }

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Consent"
        description={`Signed, scoped consents. Each lasts at most ${MAX_CONSENT_YEARS} years and can be revoked at any time.`}
        actions={
          <>
            <Button size="small" variant="secondary" onClick={() => setRecordOpen(true)}>
              Record consent
            </Button>
            <ActionMenu
              groups={[
                [
                  {
                    label: "Record review of current story",
                    icon: <BadgeCheck />,
                    disabled: !reviewUnder || review.isPending,
                    onClick: () => reviewUnder && recordReview(reviewUnder),
                  },
                ],
              ]}
            />
          </>
        }
      />
      {consents.length === 0 && <EmptyText>No consent recorded. Nothing about her can be published.</EmptyText>}
      {consents.map((c) => {
        const status = consentRecordStatus(c)
        const ui = CONSENT_STATUS_UI[status]
        const active = status === "valid" || status === "expiring"
        const actions: Action[] = []
        if (active && c.scopes.includes("story")) {
          actions.push({ label: "Record review of current story", icon: <BadgeCheck />, onClick: () => recordReview(c) })
        }
        if (!c.revoked_at && status !== "expired") {
          actions.push({ label: "Revoke", icon: <XCircle />, onClick: () => setRevoking(c) })
        }
        return (
          <div key={c.id} className="flex flex-col gap-y-3 px-6 py-4">
            <div className="flex items-start justify-between gap-x-4">
              <div className="flex flex-wrap items-center gap-2">
                <StatusBadge color={ui.color}>{ui.label.replace(/^Consent /, "").replace(/^./, (ch) => ch.toUpperCase())}</StatusBadge>
                {c.scopes.map((s) => (
                  <Badge key={s} size="2xsmall" color={active ? "blue" : "grey"}>
                    {SCOPE_LABELS[s] ?? s}
                  </Badge>
                ))}
              </div>
              {actions.length > 0 && <ActionMenu groups={[actions]} />}
            </div>
            <div className="grid grid-cols-2 gap-x-4 gap-y-3 md:grid-cols-3">
              <Detail label="Signed">{formatDate(c.signed_at)}</Detail>
              <Detail label="Expires">
                <span>{formatDate(c.expires_at)}</span>{" "}
                {!c.revoked_at && (
                  <span
                    className={
                      status === "expired"
                        ? "text-ui-fg-error font-medium"
                        : status === "expiring"
                          ? "text-ui-tag-orange-text font-medium"
                          : "text-ui-fg-muted"
                    }
                  >
                    ({expiryPhrase(c.expires_at)})
                  </span>
                )}
              </Detail>
              <Detail label="Reviewed by her">{c.maker_reviewed_at ? formatDate(c.maker_reviewed_at) : "-"}</Detail>
              <Detail label="Risk assessment">{c.risk_assessment_ref || "-"}</Detail>
              <Detail label="Recorded by">{userName(c.recorded_by)}</Detail>
              {c.revoked_at && (
                <Detail label="Revoked">
                  <span className="text-ui-fg-error font-medium">{formatDate(c.revoked_at)}</span>
                  {c.revocation_reason ? ` — ${c.revocation_reason}` : ""}
                </Detail>
              )}
            </div>
          </div>
        )
      })}

      <RecordConsentDrawer maker={maker} open={recordOpen} onOpenChange={setRecordOpen} />
      <ReasonDrawer
        open={!!revoking}
        onOpenChange={(open) => !open && setRevoking(null)}
        title="Revoke consent"
        description={
          revoking
            ? `Consent signed ${formatDate(revoking.signed_at)} covering ${revoking.scopes.map((s) => SCOPE_LABELS[s] ?? s).join(", ")}.`
            : undefined
        }
        reasonHint="Kept in the audit log. Do not write private details here."
        submitLabel="Revoke consent"
        isPending={revoke.isPending}
        error={revoke.error ? errorMessage(revoke.error) : null}
        onSubmit={(reason) => revoking && confirmRevoke(revoking, reason)}
      />
    </Container>
  )
}

type ConsentForm = {
  scopes: ConsentScope[]
  signed: Date | null
  expires: Date | null
  reviewed: Date | null
  riskRef: string
}

const DateField = ({
  label,
  hint,
  optional,
  value,
  onChange,
  minValue,
  maxValue,
}: {
  label: string
  hint?: string
  optional?: boolean
  value: Date | null
  onChange: (value: Date | null) => void
  minValue?: Date
  maxValue?: Date
}) => (
  <Field label={label} hint={hint} optional={optional}>
    <DatePicker aria-label={label} granularity="day" value={value} onChange={onChange} minValue={minValue} maxValue={maxValue} />
  </Field>
)

const RecordConsentDrawer = ({
  maker,
  open,
  onOpenChange,
}: {
  maker: AdminMaker
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const record = useRecordConsent(maker.id)
  const checkboxPrefix = useId()
  const fresh = (): ConsentForm => {
    const signed = today()
    return { scopes: [], signed, expires: addYearsLocal(signed, MAX_CONSENT_YEARS), reviewed: null, riskRef: "" }
  }
  const [form, setForm] = useState<ConsentForm>(fresh)
  const [errors, setErrors] = useState<string[]>([])

  useResetOnOpen(open, () => {
    setForm(fresh())
    setErrors([])
    record.reset()
  })

  const maxExpiry = form.signed ? addYearsLocal(form.signed, MAX_CONSENT_YEARS) : undefined
  const minExpiry = form.signed ? new Date(form.signed.getTime() + 24 * 60 * 60 * 1000) : undefined

  const setSigned = (signed: Date | null) =>
    setForm((f) => {
      // Keep the expiry at the default (signed + 3 years) unless staff chose an earlier date.
      const wasDefault = !f.expires || !f.signed || f.expires.getTime() === addYearsLocal(f.signed, MAX_CONSENT_YEARS).getTime()
      const max = signed ? addYearsLocal(signed, MAX_CONSENT_YEARS) : null
      const expires = signed && (wasDefault || !f.expires || (max && f.expires > max)) ? max : f.expires
      return { ...f, signed, expires }
    })

  const toggleScope = (scope: ConsentScope, on: boolean) =>
    setForm((f) => ({ ...f, scopes: on ? [...f.scopes, scope] : f.scopes.filter((s) => s !== scope) }))

  const needsRisk = maker.photo_mode === "identifiable" && form.scopes.includes("photo")

  const submit = () => {
    const found: string[] = []
    if (!form.signed) found.push("Enter the date she signed.")
    if (!form.expires) found.push("Enter the expiry date.")
    const payload = {
      scopes: CONSENT_SCOPES.filter((s) => form.scopes.includes(s)),
      signed_at: toApiDate(form.signed) ?? "",
      expires_at: toApiDate(form.expires) ?? "",
      maker_reviewed_at: toApiDate(form.reviewed),
      risk_assessment_ref: form.riskRef.trim() || null,
    }
    if (form.signed && form.expires) found.push(...consentInputErrors(payload))
    setErrors(found)
    if (found.length) return
    record.mutate(payload, {
      onSuccess: () => {
        toast.success("Consent recorded", { description: "Check the publish blockers and the public preview." })
        onOpenChange(false)
      },
    })
  }

  return (
    <DrawerForm
      open={open}
      onOpenChange={onOpenChange}
      title="Record consent"
      description={`Copy exactly what she agreed to on the signed form. A consent lasts at most ${MAX_CONSENT_YEARS} years.`}
      submitLabel="Record consent"
      onSubmit={submit}
      isPending={record.isPending}
      error={record.error ? errorMessage(record.error) : errors.length ? errors.join(" ") : null}
    >
      <Field label="She agreed to">
        <div className="flex flex-col gap-y-3">
          {CONSENT_SCOPES.map((scope) => {
            const id = `${checkboxPrefix}-${scope}`
            return (
              <div key={scope} className="flex items-start gap-x-3">
                <Checkbox id={id} checked={form.scopes.includes(scope)} onCheckedChange={(v) => toggleScope(scope, v === true)} />
                <div className="flex flex-col">
                  <Label htmlFor={id} size="small" weight="plus">
                    {SCOPE_LABELS[scope]}
                  </Label>
                  <Text size="small" className="text-ui-fg-subtle">
                    {SCOPE_HINTS[scope]}
                  </Text>
                </div>
              </div>
            )
          })}
        </div>
      </Field>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <DateField label="Signed on" value={form.signed} onChange={setSigned} maxValue={today()} />
        <DateField
          label="Expires on"
          hint={maxExpiry ? `At most ${formatDate(maxExpiry)} (${MAX_CONSENT_YEARS} years after signing).` : undefined}
          value={form.expires}
          onChange={(expires) => setForm((f) => ({ ...f, expires }))}
          minValue={minExpiry}
          maxValue={maxExpiry}
        />
      </div>
      <DateField
        label="She reviewed the final text on"
        optional={!form.scopes.includes("story")}
        hint={
          form.scopes.includes("story")
            ? "Required for story consent: the day she read (or had read to her) the final story text."
            : "The day she reviewed the final public text."
        }
        value={form.reviewed}
        onChange={(reviewed) => setForm((f) => ({ ...f, reviewed }))}
        maxValue={today()}
      />
      <TextField
        label="Risk assessment reference"
        optional={!needsRisk}
        value={form.riskRef}
        onChange={(riskRef) => setForm((f) => ({ ...f, riskRef }))}
        hint={
          needsRisk
            ? "Her profile uses an identifiable photo: it is shown only with a recorded risk assessment."
            : "Needed before an identifiable photo can be shown."
        }
      />
    </DrawerForm>
  )
}
