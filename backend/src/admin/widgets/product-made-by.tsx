import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { CurrencyDollar, PencilSquare, Trash, Users } from "@medusajs/icons"
import { Checkbox, Container, Input, Label, Text, toast, usePrompt } from "@medusajs/ui"
import { useId, useMemo, useState } from "react"
import { Link } from "react-router-dom"
import { ActionMenu } from "../components/action-menu"
import { DrawerForm, useResetOnOpen } from "../components/drawer-form"
import { Field, LocalizedField, SelectField, TextField, emptyLocalized, numberText, parseNumber, toLocalized } from "../components/form"
import { ErrorAlert } from "../components/query-state"
import { EmptyText, SectionHeader, SectionRow } from "../components/section"
import { ConsentStatusBadge, PublishedBadge } from "../components/status-badges"
import {
  COST_FIELDS,
  errorMessage,
  useDeleteCostBreakdown,
  useMakers,
  useProductMadeBy,
  useSaveCostBreakdown,
  useSetProductMadeBy,
  useTeams,
  type CostBreakdown,
  type CostField,
  type Localized,
  type ProductMadeBy,
} from "../lib/api"
import { formatUsd, localizedText } from "../lib/format"

const COST_LABELS: Record<CostField, string> = {
  materials: "Materials",
  maker_wages: "Maker wages and benefits",
  training_programme: "Training programme",
  overhead: "Workshop overhead",
  duties_estimate: "Duties (estimate)",
  transport_estimate: "Transport (estimate)",
}

const costTotal = (c: Partial<Record<CostField, number | null>>) => COST_FIELDS.reduce((sum, k) => sum + (c[k] ?? 0), 0)

/** Who made this product and where the money goes: shown on the store's product page. */
const ProductMadeByWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { data, error, isLoading } = useProductMadeBy(product.id)
  const makers = useMakers()
  const [editLinks, setEditLinks] = useState(false)
  const [editCost, setEditCost] = useState(false)
  const removeCost = useDeleteCostBreakdown(product.id)
  const prompt = usePrompt()

  const rowOf = (id: string) => makers.data?.makers.find((m) => m.id === id)

  const onDeleteCost = async () => {
    const confirmed = await prompt({
      title: "Remove the cost breakdown?",
      description: "The product page will no longer show where the money goes.",
      confirmText: "Remove",
      cancelText: "Cancel",
      variant: "danger",
    })
    if (!confirmed) return
    removeCost.mutate(undefined, {
      onSuccess: () => toast.success("Cost breakdown removed"),
      onError: (e) => toast.error("Could not remove the cost breakdown", { description: errorMessage(e) }),
    })
  }

  const cost = data?.cost_breakdown ?? null

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <SectionHeader
          title="Made by"
          description="Credited to her by name only with her product-link consent; otherwise to her team."
          actions={<ActionMenu groups={[[{ label: "Edit makers and team", icon: <Users />, onClick: () => setEditLinks(true) }]]} />}
        />
        {isLoading && <EmptyText>Loading…</EmptyText>}
        {error && (
          <div className="px-6 py-4">
            <ErrorAlert error={error} />
          </div>
        )}
        {data && (
          <>
            <div className="flex flex-col gap-y-2 px-6 py-4">
              <Text size="small" weight="plus" className="text-ui-fg-subtle">
                Makers
              </Text>
              {data.makers.length === 0 ? (
                <Text size="small" className="text-ui-fg-muted">
                  No maker linked.
                </Text>
              ) : (
                data.makers.map((m) => {
                  const row = rowOf(m.id)
                  return (
                    <div key={m.id} className="flex items-start justify-between gap-x-3">
                      <div className="flex flex-col">
                        <Link to={`/makers/${m.id}`} className="txt-compact-small-plus text-ui-fg-interactive hover:underline">
                          {m.display_name}
                        </Link>
                        <Text size="xsmall" className="text-ui-fg-muted">
                          {m.code}
                        </Text>
                      </div>
                      <div className="flex flex-col items-end gap-y-1">
                        <PublishedBadge published={m.is_published} />
                        {row && <ConsentStatusBadge status={row.consent_status} expiresAt={row.consent_expires_at} showExpiry={false} />}
                      </div>
                    </div>
                  )
                })
              )}
            </div>
            <SectionRow title="Team" value={data.team ? `${localizedText(data.team.name)} (${data.team.code})` : "-"} />
          </>
        )}
      </Container>

      <Container className="divide-y p-0">
        <SectionHeader
          title="Cost breakdown"
          description="Where the money for one piece goes, in USD."
          actions={
            <ActionMenu
              groups={[
                [{ label: cost ? "Edit cost breakdown" : "Add cost breakdown", icon: <PencilSquare />, onClick: () => setEditCost(true) }],
                cost ? [{ label: "Remove", icon: <Trash />, onClick: onDeleteCost }] : [],
              ]}
            />
          }
        />
        {data && !cost && <EmptyText>No cost breakdown: the product page does not show one.</EmptyText>}
        {cost && (
          <>
            {COST_FIELDS.map((k) => (
              <SectionRow key={k} title={COST_LABELS[k]} value={formatUsd(cost[k])} />
            ))}
            <div className="text-ui-fg-base grid grid-cols-2 items-center gap-4 px-6 py-4">
              <Text size="small" weight="plus" leading="compact">
                Total
              </Text>
              <Text size="small" weight="plus" leading="compact">
                {formatUsd(costTotal(cost))}
              </Text>
            </div>
            {cost.note && (cost.note.en || cost.note.fr) && <SectionRow title="Note" value={cost.note.en || cost.note.fr} />}
          </>
        )}
      </Container>

      {data && <MadeByDrawer productId={product.id} current={data} open={editLinks} onOpenChange={setEditLinks} />}
      {data && <CostDrawer productId={product.id} current={cost} open={editCost} onOpenChange={setEditCost} />}
    </div>
  )
}

const MadeByDrawer = ({
  productId,
  current,
  open,
  onOpenChange,
}: {
  productId: string
  current: ProductMadeBy
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const makers = useMakers()
  const teams = useTeams()
  const save = useSetProductMadeBy(productId)
  const idPrefix = useId()
  const [selected, setSelected] = useState<string[]>(current.maker_ids)
  const [teamId, setTeamId] = useState<string | null>(current.team_id)
  const [filter, setFilter] = useState("")

  useResetOnOpen(open, () => {
    setSelected(current.maker_ids)
    setTeamId(current.team_id)
    setFilter("")
    save.reset()
  })

  const rows = useMemo(() => {
    const q = filter.trim().toLowerCase()
    const all = makers.data?.makers ?? []
    return q ? all.filter((m) => `${m.display_name} ${m.code}`.toLowerCase().includes(q)) : all
  }, [makers.data, filter])

  const toggle = (id: string, on: boolean) => setSelected((s) => (on ? [...s, id] : s.filter((x) => x !== id)))

  return (
    <DrawerForm
      open={open}
      onOpenChange={onOpenChange}
      title="Makers and team"
      description="Choose who made this product. The store names a maker only with her product-link consent."
      onSubmit={() =>
        save.mutate(
          { maker_ids: selected, team_id: teamId },
          {
            onSuccess: () => {
              toast.success("Makers saved")
              onOpenChange(false)
            },
          }
        )
      }
      isPending={save.isPending}
      error={save.error ? errorMessage(save.error) : null}
    >
      <SelectField
        label="Team"
        optional
        value={teamId}
        noneLabel="No team"
        onChange={setTeamId}
        options={(teams.data?.teams ?? []).map((t) => ({
          value: t.id,
          label: `${localizedText(t.name)} (${t.code})${t.facility ? ` · ${localizedText(t.facility.name)}` : ""}`,
        }))}
        hint="Credited when no linked maker consented to a product link."
      />
      <Field label={`Makers (${selected.length} selected)`} optional>
        <div className="flex flex-col gap-y-2">
          <Input size="small" type="search" placeholder="Filter by name or code" value={filter} onChange={(e) => setFilter(e.target.value)} />
          {makers.error && <ErrorAlert error={makers.error} />}
          <div className="border-ui-border-base divide-y rounded-lg border">
            {rows.length === 0 && (
              <Text size="small" className="text-ui-fg-muted px-3 py-2">
                No makers match.
              </Text>
            )}
            {rows.map((m) => {
              const id = `${idPrefix}-${m.id}`
              return (
                <div key={m.id} className="flex items-center justify-between gap-x-3 px-3 py-2">
                  <div className="flex items-center gap-x-3">
                    <Checkbox id={id} checked={selected.includes(m.id)} onCheckedChange={(v) => toggle(m.id, v === true)} />
                    <Label htmlFor={id} size="small" className="flex flex-col">
                      <span className="text-ui-fg-base">{m.display_name}</span>
                      <span className="text-ui-fg-muted txt-compact-xsmall">
                        {m.code} · {localizedText(m.facility?.name)}
                      </span>
                    </Label>
                  </div>
                  <ConsentStatusBadge status={m.consent_status} showExpiry={false} />
                </div>
              )
            })}
          </div>
        </div>
      </Field>
    </DrawerForm>
  )
}

type CostForm = Record<CostField, string> & { note: Localized }

const CostDrawer = ({
  productId,
  current,
  open,
  onOpenChange,
}: {
  productId: string
  current: CostBreakdown | null
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const save = useSaveCostBreakdown(productId)
  const initial = (): CostForm => ({
    ...(Object.fromEntries(COST_FIELDS.map((k) => [k, numberText(current?.[k])])) as Record<CostField, string>),
    note: toLocalized(current?.note ?? emptyLocalized()),
  })
  const [form, setForm] = useState<CostForm>(initial)
  const [problem, setProblem] = useState<string | null>(null)

  useResetOnOpen(open, () => {
    setForm(initial())
    setProblem(null)
    save.reset()
  })

  const amounts = Object.fromEntries(COST_FIELDS.map((k) => [k, parseNumber(form[k])])) as Record<CostField, number | null>

  const submit = () => {
    const bad = COST_FIELDS.filter((k) => form[k].trim() !== "" && (amounts[k] == null || amounts[k]! < 0 || amounts[k]! > 10000))
    if (bad.length) return setProblem(`Enter amounts between 0 and 10,000 USD: ${bad.map((k) => COST_LABELS[k].toLowerCase()).join(", ")}.`)
    if (COST_FIELDS.every((k) => amounts[k] == null)) return setProblem("Enter at least one amount.")
    setProblem(null)
    const note = form.note.en.trim() || form.note.fr.trim() ? { en: form.note.en.trim(), fr: form.note.fr.trim() } : null
    save.mutate(
      { ...amounts, note },
      {
        onSuccess: () => {
          toast.success("Cost breakdown saved")
          onOpenChange(false)
        },
      }
    )
  }

  return (
    <DrawerForm
      open={open}
      onOpenChange={onOpenChange}
      title="Cost breakdown"
      description="Per piece, in USD. Leave a line empty if it does not apply."
      onSubmit={submit}
      isPending={save.isPending}
      error={save.error ? errorMessage(save.error) : problem}
    >
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {COST_FIELDS.map((k) => (
          <TextField
            key={k}
            label={`${COST_LABELS[k]} (USD)`}
            optional
            type="number"
            min={0}
            step="any"
            value={form[k]}
            onChange={(v) => setForm((f) => ({ ...f, [k]: v }))}
          />
        ))}
      </div>
      <div className="bg-ui-bg-subtle flex items-center justify-between rounded-lg px-4 py-3">
        <div className="flex items-center gap-x-2">
          <CurrencyDollar className="text-ui-fg-subtle" />
          <Text size="small" weight="plus">
            Total per piece
          </Text>
        </div>
        <Text size="small" weight="plus">
          {formatUsd(costTotal(amounts))}
        </Text>
      </div>
      <LocalizedField label="Note" optional multiline rows={2} value={form.note} onChange={(note) => setForm((f) => ({ ...f, note }))} />
    </DrawerForm>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.side.after",
})

export default ProductMadeByWidget
