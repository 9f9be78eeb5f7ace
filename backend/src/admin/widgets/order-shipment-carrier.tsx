import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Alert, Badge, Button, Checkbox, Container, Label, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useId, useState, type FormEvent } from "react"
import { SelectField, TextField } from "../components/form"
import { ErrorAlert } from "../components/query-state"
import { EmptyText, SectionHeader, SectionRow } from "../components/section"
import { errorMessage } from "../lib/api"
import { sdk } from "../lib/sdk"
import { CARRIER_LIST, CARRIERS, isCarrierCode, resolveShipmentCarrier, type CarrierCode, type ShipmentCarrierIssue } from "../../lib/carriers"

/**
 * Order page, side column: ship each fulfillment with a carrier and a
 * tracking number (Medusa's own "Mark as shipped" takes tracking numbers
 * only). Posts to /admin/orders/:id/fulfillments/:fulfillment_id/ship, which
 * stores the label, names the carrier in the shipping email and shows the
 * tracking on the buyer's order page. See docs/shipping.md.
 */

type Json = Record<string, unknown> | null | undefined
type Fulfillment = {
  id: string
  created_at?: string | null
  shipped_at?: string | null
  delivered_at?: string | null
  canceled_at?: string | null
  data?: Json
  metadata?: Json
  labels?: ({ id?: string; tracking_number?: string | null; tracking_url?: string | null } | null)[] | null
  items?: ({ id?: string; title?: string | null; quantity?: number | string | null } | null)[] | null
}

const FIELDS = ["id", "display_id", "*fulfillments", "*fulfillments.labels", "*fulfillments.items"].join(",")
const queryKey = (orderId: string) => ["afesip-order-shipments", orderId]

const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null)
const when = (iso?: string | null) => (iso ? new Date(iso).toLocaleDateString(undefined, { dateStyle: "medium" }) : "")
const httpUrl = (value?: string | null) => (value && /^https?:\/\//i.test(value) ? value : null)

/** The carrier as recorded on the fulfillment (the same order the shipping email reads). */
const carrierOf = (f: Fulfillment) => {
  for (const source of [f.data, f.metadata]) {
    const name = text(source?.carrier) ?? text(source?.carrier_name)
    if (name) return name
  }
  return null
}

const itemsLine = (f: Fulfillment) =>
  (f.items ?? [])
    .filter((i): i is NonNullable<typeof i> => Boolean(i))
    .map((i) => `${Number(i.quantity ?? 0)} × ${i.title ?? "item"}`)
    .join(", ")

const ShippedFulfillment = ({ fulfillment, index }: { fulfillment: Fulfillment; index: number }) => {
  const labels = (fulfillment.labels ?? []).filter((l): l is NonNullable<typeof l> => Boolean(l?.tracking_number))
  return (
    <div data-testid="shipment-carrier-shipped">
      <div className="flex items-center justify-between gap-x-2 px-6 pt-4">
        <Text size="small" weight="plus">
          Fulfillment #{index + 1}
        </Text>
        <Badge color={fulfillment.delivered_at ? "green" : "blue"} size="2xsmall">
          {fulfillment.delivered_at ? "Delivered" : "Shipped"}
        </Badge>
      </div>
      <SectionRow title="Items" value={itemsLine(fulfillment)} />
      <SectionRow title="Carrier" value={carrierOf(fulfillment) ?? "Not recorded"} />
      <SectionRow
        title="Tracking"
        value={
          labels.length ? (
            <div className="flex flex-col gap-y-1">
              {labels.map((label, i) => {
                const url = httpUrl(label.tracking_url)
                return url ? (
                  <a
                    key={label.id ?? i}
                    href={url}
                    target="_blank"
                    rel="noreferrer"
                    className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover font-mono"
                    aria-label={`Track ${label.tracking_number} (opens the carrier's site)`}
                  >
                    {label.tracking_number}
                  </a>
                ) : (
                  <span key={label.id ?? i} className="font-mono">
                    {label.tracking_number}
                  </span>
                )
              })}
            </div>
          ) : (
            "-"
          )
        }
      />
      <SectionRow title="Shipped" value={when(fulfillment.shipped_at)} />
      {fulfillment.delivered_at && <SectionRow title="Delivered" value={when(fulfillment.delivered_at)} />}
    </div>
  )
}

type Errors = Partial<Record<ShipmentCarrierIssue["path"], string>>

const ShipForm = ({ orderId, fulfillment, index }: { orderId: string; fulfillment: Fulfillment; index: number }) => {
  const queryClient = useQueryClient()
  const notifyId = useId()
  const headingId = useId()
  const [carrier, setCarrier] = useState<CarrierCode>("dhl_express")
  const [trackingNumber, setTrackingNumber] = useState("")
  const [carrierName, setCarrierName] = useState("")
  const [trackingUrl, setTrackingUrl] = useState("")
  const [notify, setNotify] = useState(true)
  const [errors, setErrors] = useState<Errors>({})

  const isOther = carrier === "other"
  const input = {
    carrier,
    tracking_number: trackingNumber,
    ...(isOther ? { carrier_name: carrierName, tracking_url: trackingUrl.trim() || undefined } : {}),
  }
  const preview = resolveShipmentCarrier(input)

  const ship = useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ fulfillment: unknown }>(`/admin/orders/${orderId}/fulfillments/${fulfillment.id}/ship`, {
        method: "POST",
        body: { ...input, notify_customer: notify },
      }),
    onSuccess: async () => {
      toast.success(`Fulfillment #${index + 1} marked as shipped${notify ? "; the buyer is emailed" : ""}.`)
      // Medusa's own order page (sections, timeline, fulfillment status) and this widget.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ["orders"] }),
        queryClient.invalidateQueries({ queryKey: queryKey(orderId) }),
      ])
    },
  })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const checked = resolveShipmentCarrier(input)
    if (!checked.ok) {
      setErrors(Object.fromEntries(checked.issues.map((i) => [i.path, i.message])))
      return
    }
    setErrors({})
    ship.mutate()
  }

  const spec = CARRIERS[carrier]
  return (
    <form onSubmit={submit} noValidate aria-labelledby={headingId} className="flex flex-col gap-y-4 px-6 py-4" data-testid="shipment-carrier-form">
      <div className="flex flex-col gap-y-1">
        <Text id={headingId} size="small" weight="plus">
          Fulfillment #{index + 1}: not shipped yet
        </Text>
        {itemsLine(fulfillment) && (
          <Text size="small" className="text-ui-fg-subtle">
            {itemsLine(fulfillment)}
          </Text>
        )}
      </div>
      <SelectField
        label="Carrier"
        value={carrier}
        onChange={(value) => {
          if (isCarrierCode(value)) setCarrier(value)
          setErrors({})
        }}
        options={CARRIER_LIST.map((c) => ({ value: c.code, label: c.name }))}
        error={errors.carrier}
      />
      {isOther && (
        <TextField label="Carrier name" value={carrierName} onChange={setCarrierName} error={errors.carrier_name} placeholder="e.g. Kerry Express" />
      )}
      <TextField
        label="Tracking number"
        value={trackingNumber}
        onChange={setTrackingNumber}
        error={errors.tracking_number}
        hint={`${spec.format}, e.g. ${spec.example}`}
        autoComplete="off"
      />
      {isOther && (
        <TextField label="Tracking link" optional value={trackingUrl} onChange={setTrackingUrl} error={errors.tracking_url} placeholder="https://…" />
      )}
      {!isOther && preview.ok && (
        <Text size="xsmall" className="text-ui-fg-subtle break-all">
          Buyers will track it at{" "}
          <a href={preview.value.tracking_url} target="_blank" rel="noreferrer" className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
            {preview.value.tracking_url}
          </a>
        </Text>
      )}
      <div className="flex items-center gap-x-2">
        <Checkbox id={notifyId} checked={notify} onCheckedChange={(value) => setNotify(value === true)} />
        <Label htmlFor={notifyId} size="small">
          Send the shipping email to the buyer
        </Label>
      </div>
      {ship.error && (
        <Alert variant="error" role="alert">
          {errorMessage(ship.error)}
        </Alert>
      )}
      <div className="flex justify-end">
        <Button type="submit" size="small" isLoading={ship.isPending}>
          Mark as shipped
        </Button>
      </div>
    </form>
  )
}

const OrderShipmentCarrier = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data, isLoading, error } = useQuery({
    queryKey: queryKey(order.id),
    queryFn: () => sdk.admin.order.retrieve(order.id, { fields: FIELDS }),
  })
  const fulfillments = ((data?.order as unknown as { fulfillments?: (Fulfillment | null)[] } | undefined)?.fulfillments ?? [])
    .filter((f): f is Fulfillment => Boolean(f))
    .sort((a, b) => String(a.created_at ?? "").localeCompare(String(b.created_at ?? "")))
  const open = fulfillments.filter((f) => !f.canceled_at)

  return (
    <Container className="divide-y p-0" data-testid="order-shipment-carrier">
      <SectionHeader title="Shipment carrier" description="Mark a fulfillment as shipped with its carrier and tracking number." />
      {isLoading && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Loading…
        </Text>
      )}
      {error && (
        <div className="px-6 py-4">
          <ErrorAlert error={error} />
        </div>
      )}
      {!isLoading && !error && !open.length && <EmptyText>No fulfillment yet. Create one with "Fulfill items" first.</EmptyText>}
      {open.map((f) =>
        f.shipped_at ? (
          <ShippedFulfillment key={f.id} fulfillment={f} index={fulfillments.indexOf(f)} />
        ) : (
          <ShipForm key={f.id} orderId={order.id} fulfillment={f} index={fulfillments.indexOf(f)} />
        )
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderShipmentCarrier
