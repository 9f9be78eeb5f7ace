import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowPath, PencilSquare, XCircle } from "@medusajs/icons"
import { Alert, Container, StatusBadge, Table, Text, Tooltip, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { ActionMenu } from "../../../components/action-menu"
import { DrawerForm, useResetOnOpen } from "../../../components/drawer-form"
import { FormGroup, TextField } from "../../../components/form"
import { ErrorAlert, LoadingSection } from "../../../components/query-state"
import { EmptyText, SectionHeader, SectionRow } from "../../../components/section"
import { errorMessage } from "../../../lib/api"
import { sdk } from "../../../lib/sdk"
import {
  checkAuArn,
  checkIossNumber,
  checkMidFormat,
  checkRexNumber,
  checkTaxId,
  checkUkVatNumber,
  compact,
  type ExporterSettings,
} from "../../../../lib/customs"

/**
 * Settings → Exporter: the exporter block printed on commercial invoices, and
 * each facility's US manufacturer ID (docs/export-paperwork.md).
 */

type ExporterAnswer = { exporter: (ExporterSettings & { id: string }) | null; missing: string[] }
type FacilityMid = {
  facility_id: string
  code: string
  name: string
  customs_address: Record<string, string> | null
  mid: string | null
  source: "computed" | "override" | null
  computed_mid: string | null
  compute_error: string | null
  override_mid: string | null
  override_reason: string | null
  rule_mid: string | null
  rule_error: string | null
  stale: boolean
  override_differs: boolean
  override_country_mismatch: boolean
}

const KEYS = { exporter: ["afesip", "exporter"] as const, mids: ["afesip", "facility-mids"] as const }

const MISSING_LABELS: Record<string, string> = {
  legal_name: "legal name",
  address: "address",
  tax_id: "tax ID (TIN)",
  signatory_name: "signatory",
}

const ExporterSettingsPage = () => {
  const exporter = useQuery({ queryKey: KEYS.exporter, queryFn: () => sdk.client.fetch<ExporterAnswer>("/admin/exporter") })
  const mids = useQuery({ queryKey: KEYS.mids, queryFn: () => sdk.client.fetch<{ facility_mids: FacilityMid[] }>("/admin/customs/mids") })
  const [editExporter, setEditExporter] = useState(false)
  const [overriding, setOverriding] = useState<FacilityMid | null>(null)

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <SectionHeader
          level="h1"
          title="Exporter"
          description="Printed on every commercial invoice and packing list."
          actions={<ActionMenu groups={[[{ label: "Edit exporter", icon: <PencilSquare />, onClick: () => setEditExporter(true) }]]} />}
        />
        {exporter.isLoading && <LoadingSection rows={4} />}
        {exporter.error && (
          <div className="px-6 py-4">
            <ErrorAlert error={exporter.error} title="Could not load the exporter" />
          </div>
        )}
        {exporter.data && <ExporterDetails answer={exporter.data} />}
      </Container>

      <Container className="divide-y p-0">
        <SectionHeader
          title="US manufacturer IDs (MID)"
          description="Built from each facility's customs name and address by the CBP rule; needed on US invoices for textiles."
        />
        {mids.error && (
          <div className="px-6 py-4">
            <ErrorAlert error={mids.error} title="Could not load the MIDs" />
          </div>
        )}
        {mids.data && mids.data.facility_mids.length === 0 && <EmptyText>No facilities yet.</EmptyText>}
        {mids.data && mids.data.facility_mids.length > 0 && (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Facility</Table.HeaderCell>
                <Table.HeaderCell>MID on documents</Table.HeaderCell>
                <Table.HeaderCell>From the rule</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {mids.data.facility_mids.map((m) => (
                <MidRow key={m.facility_id} mid={m} onOverride={() => setOverriding(m)} />
              ))}
            </Table.Body>
          </Table>
        )}
      </Container>

      {exporter.data && <ExporterDrawer current={exporter.data.exporter} open={editExporter} onOpenChange={setEditExporter} />}
      <OverrideDrawer mid={overriding} onClose={() => setOverriding(null)} />
    </div>
  )
}

const ExporterDetails = ({ answer }: { answer: ExporterAnswer }) => {
  const e = answer.exporter
  const a = e?.address
  return (
    <>
      {answer.missing.length > 0 && (
        <div className="px-6 py-4">
          <Alert variant="warning">
            Invoices need the exporter's {answer.missing.map((m) => MISSING_LABELS[m] ?? m).join(", ")}.
          </Alert>
        </div>
      )}
      <SectionRow title="Legal name" value={e?.legal_name ?? "-"} />
      <SectionRow
        title="Address"
        value={a ? [a.address_1, a.address_2, [a.postal_code, a.city].filter(Boolean).join(" "), a.province, a.country_code].filter(Boolean).join("\n") : "-"}
      />
      <SectionRow title="Tax ID (TIN)" value={e?.tax_id ?? "-"} />
      <SectionRow title="REX number" value={e?.rex_number ?? "- (statements only up to €6,000 per consignment)"} />
      <SectionRow title="EU IOSS number" value={e?.ioss_number ?? "-"} />
      <SectionRow title="UK VAT number" value={e?.uk_vat_number ?? "-"} />
      <SectionRow title="Australian ARN" value={e?.au_arn ?? "-"} />
      <SectionRow title="Contact" value={[e?.phone, e?.email].filter(Boolean).join("\n") || "-"} />
      <SectionRow title="Signatory" value={[e?.signatory_name, e?.signatory_title].filter(Boolean).join(", ") || "-"} />
    </>
  )
}

const MidRow = ({ mid: m, onOverride }: { mid: FacilityMid; onOverride: () => void }) => {
  const client = useQueryClient()
  const recompute = useMutation({
    mutationFn: () => sdk.client.fetch<{ facility_mid: FacilityMid }>(`/admin/facilities/${m.facility_id}/mid/recompute`, { method: "POST", body: {} }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: KEYS.mids })
      toast.success(`MID recomputed for ${m.name}`)
    },
    onError: (e) => toast.error("Could not recompute the MID", { description: errorMessage(e) }),
  })
  const clear = useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ facility_mid: FacilityMid }>(`/admin/facilities/${m.facility_id}/mid`, { method: "POST", body: { override_mid: null } }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: KEYS.mids })
      toast.success("Override cleared: documents use the computed MID")
    },
    onError: (e) => toast.error("Could not clear the override", { description: errorMessage(e) }),
  })
  return (
    <Table.Row data-testid="facility-mid-row">
      <Table.Cell>
        <div className="flex flex-col">
          <Link to={`/facilities/${m.facility_id}`} className="txt-compact-small-plus text-ui-fg-interactive hover:underline">
            {m.name}
          </Link>
          <Text size="xsmall" className="text-ui-fg-muted">
            {m.code} · {m.customs_address?.legal_name ?? "no customs name"}
          </Text>
        </div>
      </Table.Cell>
      <Table.Cell>
        <div className="flex flex-col items-start gap-y-1">
          <Text size="small" weight="plus" className="font-mono" data-testid="facility-mid-value">
            {m.mid ?? "-"}
          </Text>
          {m.source === "override" && (
            <Tooltip content={m.override_reason || "Entered by staff"}>
              <StatusBadge color={m.override_differs || m.override_country_mismatch ? "orange" : "blue"}>Staff override</StatusBadge>
            </Tooltip>
          )}
        </div>
      </Table.Cell>
      <Table.Cell>
        <div className="flex flex-col items-start gap-y-1">
          <Text size="small" className="font-mono">
            {m.rule_mid ?? m.rule_error ?? "-"}
          </Text>
          {m.stale && <StatusBadge color="orange">Address changed: recompute</StatusBadge>}
          {m.compute_error && !m.stale && (
            <Text size="xsmall" className="text-ui-fg-error">
              {m.compute_error}
            </Text>
          )}
        </div>
      </Table.Cell>
      <Table.Cell className="w-[1%]">
        <ActionMenu
          groups={[
            [
              { label: "Recompute from address", icon: <ArrowPath />, onClick: () => recompute.mutate(), disabled: recompute.isPending },
              { label: m.override_mid ? "Edit override" : "Override", icon: <PencilSquare />, onClick: onOverride },
            ],
            m.override_mid ? [{ label: "Clear override", icon: <XCircle />, onClick: () => clear.mutate(), disabled: clear.isPending }] : [],
          ]}
        />
      </Table.Cell>
    </Table.Row>
  )
}

type ExporterForm = {
  legal_name: string
  address_1: string
  address_2: string
  city: string
  province: string
  postal_code: string
  country_code: string
  tax_id: string
  rex_number: string
  ioss_number: string
  uk_vat_number: string
  au_arn: string
  phone: string
  email: string
  signatory_name: string
  signatory_title: string
}

const formOf = (e: ExporterAnswer["exporter"]): ExporterForm => ({
  legal_name: e?.legal_name ?? "",
  address_1: e?.address?.address_1 ?? "",
  address_2: e?.address?.address_2 ?? "",
  city: e?.address?.city ?? "",
  province: e?.address?.province ?? "",
  postal_code: e?.address?.postal_code ?? "",
  country_code: e?.address?.country_code ?? "KH",
  tax_id: e?.tax_id ?? "",
  rex_number: e?.rex_number ?? "",
  ioss_number: e?.ioss_number ?? "",
  uk_vat_number: e?.uk_vat_number ?? "",
  au_arn: e?.au_arn ?? "",
  phone: e?.phone ?? "",
  email: e?.email ?? "",
  signatory_name: e?.signatory_name ?? "",
  signatory_title: e?.signatory_title ?? "",
})

/** The same format rules as the API (lib/customs/exporter.ts), shown next to each field. */
function exporterErrors(f: ExporterForm): Partial<Record<keyof ExporterForm, string>> {
  const errors: Partial<Record<keyof ExporterForm, string>> = {}
  if (f.legal_name.trim().length < 2) errors.legal_name = "Enter the exporter's legal name."
  if (!f.address_1.trim()) errors.address_1 = "Enter the street address."
  if (!f.city.trim()) errors.city = "Enter the city."
  if (!/^[A-Za-z]{2}$/.test(f.country_code.trim())) errors.country_code = "The country code has two letters, e.g. KH."
  errors.tax_id = f.tax_id.trim() ? checkTaxId(f.tax_id) ?? undefined : "Enter the tax ID (TIN)."
  if (f.rex_number.trim()) errors.rex_number = checkRexNumber(f.rex_number, f.country_code.trim() || null) ?? undefined
  if (f.ioss_number.trim()) errors.ioss_number = checkIossNumber(f.ioss_number) ?? undefined
  if (f.uk_vat_number.trim()) errors.uk_vat_number = checkUkVatNumber(f.uk_vat_number) ?? undefined
  if (f.au_arn.trim()) errors.au_arn = checkAuArn(f.au_arn) ?? undefined
  if (f.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(f.email.trim())) errors.email = "Enter a valid e-mail address."
  if (!f.signatory_name.trim()) errors.signatory_name = "Enter who signs the invoices."
  return Object.fromEntries(Object.entries(errors).filter(([, v]) => v)) as Partial<Record<keyof ExporterForm, string>>
}

const ExporterDrawer = ({
  current,
  open,
  onOpenChange,
}: {
  current: ExporterAnswer["exporter"]
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const client = useQueryClient()
  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) => sdk.client.fetch<ExporterAnswer>("/admin/exporter", { method: "POST", body }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: KEYS.exporter })
    },
  })
  const [form, setForm] = useState<ExporterForm>(() => formOf(current))
  const [submitted, setSubmitted] = useState(false)
  useResetOnOpen(open, () => {
    setForm(formOf(current))
    setSubmitted(false)
    save.reset()
  })
  const errors = exporterErrors(form)
  const shown = submitted ? errors : {}
  const field = (key: keyof ExporterForm, label: string, extra: { optional?: boolean; hint?: string; placeholder?: string } = {}) => (
    <TextField
      label={label}
      value={form[key]}
      onChange={(v) => setForm((f) => ({ ...f, [key]: key === "country_code" ? v.toUpperCase() : v }))}
      error={shown[key] ?? null}
      {...extra}
    />
  )

  const submit = () => {
    setSubmitted(true)
    if (Object.keys(errors).length) return
    const orNull = (v: string) => (v.trim() ? v.trim() : null)
    save.mutate(
      {
        legal_name: form.legal_name.trim(),
        address: {
          address_1: form.address_1.trim(),
          address_2: orNull(form.address_2),
          city: form.city.trim(),
          province: orNull(form.province),
          postal_code: orNull(form.postal_code),
          country_code: form.country_code.trim().toUpperCase(),
        },
        tax_id: compact(form.tax_id),
        rex_number: orNull(form.rex_number),
        ioss_number: orNull(form.ioss_number),
        uk_vat_number: orNull(form.uk_vat_number),
        au_arn: orNull(form.au_arn),
        phone: orNull(form.phone),
        email: orNull(form.email),
        signatory_name: form.signatory_name.trim(),
        signatory_title: orNull(form.signatory_title),
      },
      {
        onSuccess: () => {
          toast.success("Exporter saved")
          onOpenChange(false)
        },
      }
    )
  }

  return (
    <DrawerForm
      open={open}
      onOpenChange={onOpenChange}
      title="Edit exporter"
      description="As registered in Cambodia; printed on commercial invoices."
      onSubmit={submit}
      isPending={save.isPending}
      error={save.error ? errorMessage(save.error) : null}
    >
      <FormGroup title="Exporter">
        {field("legal_name", "Legal name")}
        {field("address_1", "Address line 1")}
        {field("address_2", "Address line 2", { optional: true })}
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          {field("city", "City")}
          {field("province", "Province", { optional: true })}
          {field("postal_code", "Postal code", { optional: true })}
          {field("country_code", "Country code", { placeholder: "KH" })}
        </div>
      </FormGroup>
      <FormGroup title="Registration numbers">
        {field("tax_id", "Tax ID (TIN)", { placeholder: "K001-901234567" })}
        {field("rex_number", "REX number", { optional: true, placeholder: "KHREX…", hint: "Needed on EU origin statements above €6,000 of originating goods per consignment." })}
        {field("ioss_number", "EU IOSS number", { optional: true, placeholder: "IM…", hint: "Only when EU VAT is collected at checkout." })}
        {field("uk_vat_number", "UK VAT number", { optional: true, placeholder: "GB…" })}
        {field("au_arn", "Australian ARN", { optional: true, hint: "12 digits; only when Australian GST is collected at checkout." })}
      </FormGroup>
      <FormGroup title="Contact and signature">
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          {field("phone", "Phone", { optional: true })}
          {field("email", "E-mail", { optional: true })}
          {field("signatory_name", "Signatory name")}
          {field("signatory_title", "Signatory title", { optional: true })}
        </div>
      </FormGroup>
    </DrawerForm>
  )
}

const OverrideDrawer = ({ mid, onClose }: { mid: FacilityMid | null; onClose: () => void }) => {
  const client = useQueryClient()
  const save = useMutation({
    mutationFn: (body: { override_mid: string; reason: string | null }) =>
      sdk.client.fetch<{ facility_mid: FacilityMid }>(`/admin/facilities/${mid!.facility_id}/mid`, { method: "POST", body }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: KEYS.mids })
    },
  })
  const [value, setValue] = useState("")
  const [reason, setReason] = useState("")
  const [submitted, setSubmitted] = useState(false)
  useResetOnOpen(!!mid, () => {
    setValue(mid?.override_mid ?? mid?.mid ?? "")
    setReason(mid?.override_reason ?? "")
    setSubmitted(false)
    save.reset()
  })
  const compacted = compact(value)
  const formatError = checkMidFormat(compacted)
  const country = (mid?.customs_address?.country_code ?? "").toUpperCase()
  const warning = !formatError && country && compacted.slice(0, 2) !== country ? `The facility is in ${country}, but this MID starts with ${compacted.slice(0, 2)}.` : null

  return (
    <DrawerForm
      open={!!mid}
      onOpenChange={(next) => !next && onClose()}
      title={`MID override · ${mid?.name ?? ""}`}
      description="Use when the broker or CBP holds a different MID for this facility. Recomputing keeps the override; clear it to return to the rule."
      onSubmit={() => {
        setSubmitted(true)
        if (formatError) return
        save.mutate(
          { override_mid: compacted, reason: reason.trim() || null },
          {
            onSuccess: () => {
              toast.success("MID override saved")
              onClose()
            },
          }
        )
      }}
      isPending={save.isPending}
      error={save.error ? errorMessage(save.error) : null}
    >
      <Text size="small" className="text-ui-fg-subtle">
        The rule gives <span className="font-mono">{mid?.rule_mid ?? mid?.rule_error ?? "-"}</span> for the facility's current customs address.
      </Text>
      <TextField label="MID" value={value} onChange={(v) => setValue(v.toUpperCase())} placeholder="KHAFEFAI598PHN" error={submitted ? formatError : null} hint={warning ?? "Up to 15 letters and digits."} />
      <TextField label="Reason" optional value={reason} onChange={setReason} placeholder="As registered with our US broker" />
    </DrawerForm>
  )
}

export const config = defineRouteConfig({
  label: "Exporter",
})

export const handle = {
  breadcrumb: () => "Exporter",
}

export default ExporterSettingsPage
