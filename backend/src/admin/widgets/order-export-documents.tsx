import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Alert, Badge, Button, Container, Input, Label, Select, Table, Text } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { ErrorAlert, LoadingSection } from "../components/query-state"
import { SectionHeader } from "../components/section"
import { errorMessage } from "../lib/api"
import { sdk } from "../lib/sdk"

/**
 * Order page: the export profile (Incoterm, reason, importer's tax IDs, PO,
 * cartons), what each line's invoice entry will say about preferential
 * origin and why, and the commercial invoice and packing list: issue them,
 * download them, see the replaced ones. See docs/export-paperwork.md.
 */

type TaxId = { type: string; value: string }
type Carton = { length_cm: number; width_cm: number; height_cm: number; gross_weight_kg: number; contents: { line_item_id: string; quantity: number }[] }
type Profile = {
  incoterm: string
  incoterm_place: string
  reason_for_export: string
  consignee: { company_name: string | null; tax_ids: TaxId[] }
  po_number: string | null
  cartons: Carton[]
  insurance_amount: number | null
  eur_rate: number | null
}
type Line = {
  n: number
  line_item_id: string
  description: string
  quantity: number
  hs_code: string
  tariff: { label: string; code: string } | null
  mid: string | null
  preference: { eligible: boolean; scheme: string | null; reason: string; caution: string | null }
  origin_statement: boolean
}
type Document = { id: string; invoice_number: string; packing_list_number: string; issued_at: string; status: "issued" | "void"; void_reason: string | null }
type Summary = {
  order: { id: string; channel: "retail" | "wholesale"; country_code: string; currency_code: string }
  profile: Profile
  profile_saved: boolean
  suggested_carton: Carton
  destination: string | null
  lines: Line[]
  origin_statement: { text: string; lines: number[] } | null
  origin_note: string | null
  ready: boolean
  blocking: { path: string; message: string }[]
  documents: Document[]
  options: { incoterms: string[]; reasons: { value: string; label: string }[]; tax_id_types: { value: string; label: string }[] }
}

declare const __BACKEND_URL__: string | undefined

/** Downloads a PDF through the Admin's session cookie and hands it to the browser, under the server's file name (voided sets say so). */
async function download(path: string, fallbackName: string) {
  const base = typeof __BACKEND_URL__ !== "undefined" && __BACKEND_URL__ ? __BACKEND_URL__ : window.location.origin
  const response = await fetch(new URL(path, base), { credentials: "include" })
  if (!response.ok) throw new Error(`Download failed (${response.status})`)
  const filename = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? fallbackName
  const url = URL.createObjectURL(await response.blob())
  const a = Object.assign(document.createElement("a"), { href: url, download: filename })
  a.click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

const num = (v: string) => (v.trim() === "" ? null : Number(v))

const OrderExportDocuments = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const queryClient = useQueryClient()
  const key = ["order-export", order.id]
  const { data, isLoading, error } = useQuery({ queryKey: key, queryFn: () => sdk.client.fetch<Summary>(`/admin/orders/${order.id}/export`) })
  const [draft, setDraft] = useState<Profile | null>(null)
  useEffect(() => {
    if (data && !draft) setDraft(data.profile)
  }, [data, draft])

  const save = useMutation<Summary, Error, Profile>({
    mutationFn: (body) => sdk.client.fetch(`/admin/orders/${order.id}/export`, { method: "POST", body }),
    onSuccess: (summary) => {
      queryClient.setQueryData(key, summary)
      setDraft(summary.profile)
    },
  })
  const issue = useMutation<{ documents: Document[] }, Error>({
    mutationFn: () => sdk.client.fetch(`/admin/orders/${order.id}/export/documents`, { method: "POST" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  })
  const [downloadError, setDownloadError] = useState<string | null>(null)

  if (isLoading || !draft) return error ? <ErrorAlert error={error} title="Export documents" /> : <LoadingSection rows={4} />
  if (!data) return null
  const set = (patch: Partial<Profile>) => setDraft({ ...draft, ...patch })
  const setCarton = (i: number, patch: Partial<Carton>) => set({ cartons: draft.cartons.map((c, j) => (j === i ? { ...c, ...patch } : c)) })
  const current = data.documents.find((d) => d.status === "issued")
  const dirty = JSON.stringify(draft) !== JSON.stringify(data.profile)

  return (
    <Container className="divide-y p-0" data-testid="order-export-documents">
      <SectionHeader
        title="Export documents"
        description={`Commercial invoice and packing list · ${data.order.channel === "wholesale" ? "wholesale" : "retail"} order to ${data.order.country_code}`}
        actions={
          <Button size="small" variant="secondary" disabled={!data.ready || dirty || issue.isPending} isLoading={issue.isPending} onClick={() => issue.mutate()}>
            {current ? "Reissue documents" : "Issue documents"}
          </Button>
        }
      />

      <form
        className="grid grid-cols-1 gap-4 px-6 py-4 md:grid-cols-3"
        onSubmit={(e) => {
          e.preventDefault()
          save.mutate(draft)
        }}
      >
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="export-incoterm" size="small">Incoterm</Label>
          <Select value={draft.incoterm} onValueChange={(incoterm) => set({ incoterm })}>
            <Select.Trigger id="export-incoterm"><Select.Value /></Select.Trigger>
            <Select.Content>
              {data.options.incoterms.map((t) => (
                <Select.Item key={t} value={t}>{t}</Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <div className="flex flex-col gap-y-1 md:col-span-2">
          <Label htmlFor="export-place" size="small">Named place</Label>
          <Input id="export-place" size="small" value={draft.incoterm_place} onChange={(e) => set({ incoterm_place: e.target.value })} />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="export-reason" size="small">Reason for export</Label>
          <Select value={draft.reason_for_export} onValueChange={(reason_for_export) => set({ reason_for_export })}>
            <Select.Trigger id="export-reason"><Select.Value /></Select.Trigger>
            <Select.Content>
              {data.options.reasons.map((r) => (
                <Select.Item key={r.value} value={r.value}>{r.label}</Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="export-company" size="small">Importer (company)</Label>
          <Input id="export-company" size="small" value={draft.consignee.company_name ?? ""} onChange={(e) => set({ consignee: { ...draft.consignee, company_name: e.target.value || null } })} />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="export-po" size="small">Buyer's PO number</Label>
          <Input id="export-po" size="small" value={draft.po_number ?? ""} onChange={(e) => set({ po_number: e.target.value || null })} />
        </div>
        {data.options.tax_id_types.map((type) => {
          const value = draft.consignee.tax_ids.find((t) => t.type === type.value)?.value ?? ""
          return (
            <div key={type.value} className="flex flex-col gap-y-1">
              <Label htmlFor={`export-tax-${type.value}`} size="small">Importer's {type.label}</Label>
              <Input
                id={`export-tax-${type.value}`}
                size="small"
                value={value}
                onChange={(e) => {
                  const others = draft.consignee.tax_ids.filter((t) => t.type !== type.value)
                  set({ consignee: { ...draft.consignee, tax_ids: e.target.value ? [...others, { type: type.value, value: e.target.value }] : others } })
                }}
              />
            </div>
          )
        })}
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="export-insurance" size="small">Insurance ({data.order.currency_code.toUpperCase()})</Label>
          <Input id="export-insurance" size="small" type="number" min={0} step="0.01" value={draft.insurance_amount ?? ""} onChange={(e) => set({ insurance_amount: num(e.target.value) })} />
        </div>
        {data.destination === "EU" && data.order.currency_code.toLowerCase() !== "eur" && (
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="export-eur-rate" size="small">Euros per {data.order.currency_code.toUpperCase()} (REX threshold)</Label>
            <Input id="export-eur-rate" size="small" type="number" min={0} step="0.0001" value={draft.eur_rate ?? ""} onChange={(e) => set({ eur_rate: num(e.target.value) })} />
          </div>
        )}

        <div className="flex flex-col gap-y-2 md:col-span-3">
          <div className="flex items-center justify-between">
            <Text size="small" weight="plus">Cartons</Text>
            <div className="flex gap-x-2">
              <Button type="button" size="small" variant="transparent" onClick={() => set({ cartons: [data.suggested_carton] })}>
                One carton with everything
              </Button>
              <Button type="button" size="small" variant="transparent" onClick={() => set({ cartons: [...draft.cartons, { ...data.suggested_carton, contents: [] }] })}>
                Add carton
              </Button>
            </div>
          </div>
          {draft.cartons.length === 0 && <Text size="small" className="text-ui-fg-subtle">No cartons yet: pack the order, then enter each carton's size, gross weight and contents.</Text>}
          {draft.cartons.map((carton, i) => (
            <fieldset key={i} className="rounded-md border p-3">
              <legend className="px-1 text-xs font-medium">CTN {i + 1}/{draft.cartons.length}</legend>
              <div className="grid grid-cols-2 gap-2 md:grid-cols-5">
                {(["length_cm", "width_cm", "height_cm", "gross_weight_kg"] as const).map((field) => (
                  <div key={field} className="flex flex-col gap-y-1">
                    <Label htmlFor={`carton-${i}-${field}`} size="xsmall">{{ length_cm: "Length (cm)", width_cm: "Width (cm)", height_cm: "Height (cm)", gross_weight_kg: "Gross (kg)" }[field]}</Label>
                    <Input id={`carton-${i}-${field}`} size="small" type="number" min={0} step="0.01" value={carton[field]} onChange={(e) => setCarton(i, { [field]: Number(e.target.value) })} />
                  </div>
                ))}
                <Button type="button" size="small" variant="transparent" className="self-end" onClick={() => set({ cartons: draft.cartons.filter((_, j) => j !== i) })}>
                  Remove
                </Button>
              </div>
              <div className="mt-2 grid grid-cols-1 gap-1 md:grid-cols-2">
                {data.lines.map((line) => {
                  const qty = carton.contents.find((c) => c.line_item_id === line.line_item_id)?.quantity ?? 0
                  return (
                    <div key={line.line_item_id} className="flex items-center gap-x-2">
                      <Input
                        id={`carton-${i}-line-${line.n}`}
                        aria-label={`Units of item ${line.n} in carton ${i + 1}`}
                        className="w-20"
                        size="small"
                        type="number"
                        min={0}
                        max={line.quantity}
                        value={qty}
                        onChange={(e) => {
                          const quantity = Math.max(0, Math.floor(Number(e.target.value) || 0))
                          const others = carton.contents.filter((c) => c.line_item_id !== line.line_item_id)
                          setCarton(i, { contents: quantity ? [...others, { line_item_id: line.line_item_id, quantity }] : others })
                        }}
                      />
                      <Text size="small">of {line.quantity} × {line.description}</Text>
                    </div>
                  )
                })}
              </div>
            </fieldset>
          ))}
        </div>
        {save.error && (
          <Alert variant="error" className="md:col-span-3">
            {errorMessage(save.error)}
          </Alert>
        )}
        <div className="flex justify-end gap-x-2 md:col-span-3">
          <Button type="button" size="small" variant="secondary" disabled={!dirty} onClick={() => setDraft(data.profile)}>
            Reset
          </Button>
          <Button type="submit" size="small" disabled={!dirty && data.profile_saved} isLoading={save.isPending}>
            Save export profile
          </Button>
        </div>
      </form>

      <div className="px-6 py-4">
        <Text size="small" weight="plus" className="mb-2">Preferential origin by line</Text>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>#</Table.HeaderCell>
              <Table.HeaderCell>Item</Table.HeaderCell>
              <Table.HeaderCell>HS code</Table.HeaderCell>
              <Table.HeaderCell>Preference</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.lines.map((line) => (
              <Table.Row key={line.line_item_id}>
                <Table.Cell>{line.n}</Table.Cell>
                <Table.Cell>
                  {line.quantity} × {line.description}
                  {line.mid && <Text size="xsmall" className="text-ui-fg-subtle">MID {line.mid}</Text>}
                </Table.Cell>
                <Table.Cell>
                  {line.hs_code}
                  {line.tariff && <Text size="xsmall" className="text-ui-fg-subtle">{line.tariff.label} {line.tariff.code}</Text>}
                </Table.Cell>
                <Table.Cell className="max-w-md whitespace-normal py-2">
                  <Badge size="2xsmall" color={line.origin_statement ? "green" : line.preference.eligible ? "orange" : "grey"}>
                    {line.origin_statement ? "Origin statement" : line.preference.eligible ? "Eligible, no statement" : "No preference"}
                  </Badge>
                  <Text size="xsmall" className="text-ui-fg-subtle">{line.preference.reason}</Text>
                  {line.preference.caution && <Text size="xsmall" className="text-ui-fg-error">{line.preference.caution}</Text>}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        {data.origin_note && <Text size="small" className="mt-2 text-ui-fg-subtle">{data.origin_note}</Text>}
      </div>

      {!data.ready && (
        <div className="px-6 py-4">
          <Alert variant="warning">
            <Text size="small" weight="plus">Before the documents can be issued:</Text>
            <ul className="list-disc pl-5">
              {data.blocking.map((b, i) => (
                <li key={i}><Text size="small">{b.message}</Text></li>
              ))}
            </ul>
          </Alert>
        </div>
      )}
      {issue.error && (
        <div className="px-6 py-4">
          <Alert variant="error">{errorMessage(issue.error)}</Alert>
        </div>
      )}
      {downloadError && (
        <div className="px-6 py-4">
          <Alert variant="error">{downloadError}</Alert>
        </div>
      )}

      <div className="px-6 py-4">
        <Text size="small" weight="plus" className="mb-2">Issued documents</Text>
        {data.documents.length === 0 ? (
          <Text size="small" className="text-ui-fg-subtle">None yet.</Text>
        ) : (
          <ul className="flex flex-col gap-y-2">
            {data.documents.map((d) => (
              <li key={d.id} className="flex flex-wrap items-center gap-x-3">
                <Text size="small" weight="plus">{d.invoice_number}</Text>
                <Text size="small" className="text-ui-fg-subtle">{new Date(d.issued_at).toLocaleString()}</Text>
                <Badge size="2xsmall" color={d.status === "issued" ? "green" : "grey"}>{d.status === "issued" ? "Current" : "Void"}</Badge>
                {d.void_reason && <Text size="xsmall" className="text-ui-fg-subtle">{d.void_reason}</Text>}
                {(["commercial-invoice", "packing-list"] as const).map((kind) => (
                  <Button
                    key={kind}
                    size="small"
                    variant="transparent"
                    onClick={() => {
                      setDownloadError(null)
                      const number = kind === "commercial-invoice" ? d.invoice_number : d.packing_list_number
                      download(`/admin/orders/${order.id}/export/documents/${d.id}/${kind}`, `${number}.pdf`).catch((e) => setDownloadError(errorMessage(e)))
                    }}
                  >
                    {kind === "commercial-invoice" ? "Commercial invoice" : "Packing list"}
                  </Button>
                ))}
              </li>
            ))}
          </ul>
        )}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.after" })

export default OrderExportDocuments
