import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { PencilSquare, Plus, Trash } from "@medusajs/icons"
import { Badge, Button, Checkbox, Container, IconButton, Input, Label, StatusBadge, Table, Text, Tooltip, clx, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useId, useMemo, useState } from "react"
import { ActionMenu } from "../components/action-menu"
import { DrawerForm, useResetOnOpen } from "../components/drawer-form"
import { Field, FormGroup, LocalizedField, SelectField, TextField, numberText, parseNumber } from "../components/form"
import { ErrorAlert } from "../components/query-state"
import { EmptyText, SectionHeader } from "../components/section"
import { errorMessage } from "../lib/api"
import { sdk } from "../lib/sdk"
import {
  CARE_GROUPS,
  CARE_SYMBOLS,
  CONSTRUCTIONS,
  DESTINATIONS,
  FIBRE_NAMES,
  TARIFF_FORMATS,
  checkCustomsDetail,
  describeComposition,
  digitsOf,
  formatHs,
  preferenceFor,
  tariffCodeFor,
  type CareGroup,
  type CheckResult,
  type Construction,
  type CustomsDetail,
  type Destination,
  type Issue,
  type Preference,
} from "../../lib/customs"

/**
 * Customs and label data per variant (docs/export-paperwork.md): composition,
 * construction, care, national tariff lines and the packed unit, beside
 * Medusa's own HS code. The drawer checks the same rules as the API while
 * staff type; the API checks them again and refuses bad data with a 400.
 */

type VariantRow = {
  id: string
  title: string | null
  sku: string | null
  hs_code: string | null
  origin_country: string | null
  mid_code: string | null
  material: string | null
  weight: number | null
  customs: (CustomsDetail & { id: string }) | null
  check: CheckResult
  preferences: Record<Destination, Preference> | null
}
type ProductCustoms = { product: { id: string; title: string }; variants: VariantRow[] }
type SaveBody = { variants: ({ variant_id: string; hs_code?: string } & Partial<CustomsDetail>)[] }

const CONSTRUCTION_LABELS: Record<Construction, string> = {
  woven: "Woven",
  knitted: "Knitted or crocheted",
  other: "Other textile",
  not_textile: "Not textile",
}
const GROUP_LABELS: Record<CareGroup, string> = {
  washing: "Washing",
  bleaching: "Bleaching",
  tumble_drying: "Tumble drying",
  natural_drying: "Natural drying",
  ironing: "Ironing",
  dry_cleaning: "Dry cleaning",
  wet_cleaning: "Wet cleaning",
}
const DESTINATION_LABELS: Record<Destination, string> = { US: "United States", EU: "European Union", UK: "United Kingdom", AU: "Australia" }

const useProductCustoms = (productId: string) =>
  useQuery({
    queryKey: ["afesip", "customs", productId],
    queryFn: () => sdk.client.fetch<ProductCustoms>(`/admin/products/${productId}/customs`),
  })

const useSaveCustoms = (productId: string) => {
  const client = useQueryClient()
  return useMutation<ProductCustoms & { warnings: { variant_id: string; warnings: Issue[] }[] }, Error, SaveBody>({
    mutationFn: (body) => sdk.client.fetch(`/admin/products/${productId}/customs`, { method: "POST", body }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ["afesip", "customs", productId] })
      // Medusa's own variant section shows the HS code too.
      await client.invalidateQueries({ queryKey: ["products"] })
    },
  })
}

const ProductCustomsWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { data, error, isLoading } = useProductCustoms(product.id)
  const [editing, setEditing] = useState<{ variant: VariantRow; all: boolean } | null>(null)
  const variants = data?.variants ?? []
  const problems = variants.filter((v) => v.check.errors.length).length

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Customs and labelling"
        description="Composition, care and origin for the product page; tariff lines and packed figures for export documents."
        actions={
          variants.length > 0 && (
            <ActionMenu groups={[[{ label: "Edit all variants", icon: <PencilSquare />, onClick: () => setEditing({ variant: variants[0], all: true }) }]]} />
          )
        }
      />
      {isLoading && <EmptyText>Loading…</EmptyText>}
      {error && (
        <div className="px-6 py-4">
          <ErrorAlert error={error} title="Could not load the customs data" />
        </div>
      )}
      {data && variants.length === 0 && <EmptyText>This product has no variants yet.</EmptyText>}
      {data && variants.length > 0 && (
        <>
          {problems > 0 && (
            <div className="px-6 py-3">
              <Text size="small" className="text-ui-fg-error">
                {problems} of {variants.length} variants have customs data that would not pass the rules: documents cannot use them as they are.
              </Text>
            </div>
          )}
          <div className="overflow-x-auto">
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>Variant</Table.HeaderCell>
                  <Table.HeaderCell>Composition</Table.HeaderCell>
                  <Table.HeaderCell>HS code</Table.HeaderCell>
                  <Table.HeaderCell>Packed</Table.HeaderCell>
                  <Table.HeaderCell>EU statement</Table.HeaderCell>
                  <Table.HeaderCell>Status</Table.HeaderCell>
                  <Table.HeaderCell />
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {variants.map((v) => (
                  <Table.Row key={v.id} data-testid="customs-variant-row">
                    <Table.Cell>
                      <Stacked main={v.title ?? "-"} sub={v.sku ?? v.id} />
                    </Table.Cell>
                    <Table.Cell>
                      <Stacked
                        main={v.customs ? describeComposition(v.customs.composition) || "-" : "-"}
                        sub={v.customs ? CONSTRUCTION_LABELS[v.customs.construction] : "no customs data"}
                      />
                    </Table.Cell>
                    <Table.Cell>
                      <div className="flex flex-col items-start gap-y-1">
                        <Text size="small" leading="compact">
                          {v.hs_code ? formatHs(v.hs_code) : "-"}
                        </Text>
                        {Object.entries(v.customs?.tariff_overrides ?? {})
                          .filter(([, o]) => o?.code)
                          .map(([d, o]) => (
                            <Badge key={d} size="2xsmall">
                              {d} {formatHs(o!.code)}
                            </Badge>
                          ))}
                      </div>
                    </Table.Cell>
                    <Table.Cell>
                      <Stacked main={v.customs?.packed_weight_g ? `${v.customs.packed_weight_g} g` : "-"} sub={packedDims(v.customs)} />
                    </Table.Cell>
                    <Table.Cell>
                      <PreferenceBadge preference={v.preferences?.EU ?? null} />
                    </Table.Cell>
                    <Table.Cell>
                      <CheckBadge check={v.check} />
                    </Table.Cell>
                    <Table.Cell className="w-[1%]">
                      <ActionMenu groups={[[{ label: "Edit customs data", icon: <PencilSquare />, onClick: () => setEditing({ variant: v, all: false }) }]]} />
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        </>
      )}
      {variants.length > 0 && (
        <CustomsDrawer productId={product.id} variants={variants} variant={editing?.variant ?? null} applyToAll={editing?.all ?? false} onClose={() => setEditing(null)} />
      )}
    </Container>
  )
}

const packedDims = (c: CustomsDetail | null) =>
  c?.packed_length_cm && c.packed_width_cm && c.packed_height_cm ? `${c.packed_length_cm} × ${c.packed_width_cm} × ${c.packed_height_cm} cm` : null

const Stacked = ({ main, sub }: { main: string; sub?: string | null }) => (
  <div className="flex flex-col">
    <Text size="small" leading="compact" className="text-ui-fg-base">
      {main}
    </Text>
    {sub && (
      <Text size="xsmall" leading="compact" className="text-ui-fg-muted">
        {sub}
      </Text>
    )}
  </div>
)

const CheckBadge = ({ check }: { check: CheckResult }) => {
  if (check.errors.length) {
    return (
      <Tooltip content={check.errors.map((i) => i.message).join(" ")}>
        <StatusBadge color="red">{check.errors.length === 1 ? "1 problem" : `${check.errors.length} problems`}</StatusBadge>
      </Tooltip>
    )
  }
  if (check.warnings.length) {
    return (
      <Tooltip content={check.warnings.map((i) => i.message).join(" ")}>
        <StatusBadge color="orange">Check</StatusBadge>
      </Tooltip>
    )
  }
  return <StatusBadge color="green">Complete</StatusBadge>
}

const PreferenceBadge = ({ preference }: { preference: Preference | null }) => {
  if (!preference) return <Text size="small">-</Text>
  const text = [preference.reason, preference.caution].filter(Boolean).join(" ")
  return (
    <Tooltip content={text}>
      <StatusBadge color={preference.eligible ? (preference.caution ? "orange" : "green") : "grey"}>
        {preference.eligible ? (preference.caution ? "Yes, check" : "Yes") : "No"}
      </StatusBadge>
    </Tooltip>
  )
}

// ---------------------------------------------------------------- the drawer

type FibreRow = { key: number; fibre: string; percent: string }
type OverrideForm = Record<Destination, { code: string; stat_code: string }>
type Form = {
  hs_code: string
  construction: Construction
  fibres: FibreRow[]
  care_text: { en: string; fr: string }
  care_symbols: string[]
  overrides: OverrideForm
  packed_weight_g: string
  packed_length_cm: string
  packed_width_cm: string
  packed_height_cm: string
  apply_to_all: boolean
}

let rowKey = 0
const fibreRow = (fibre = "", percent = ""): FibreRow => ({ key: ++rowKey, fibre, percent })

function formOf(v: VariantRow): Form {
  const c = v.customs
  const overrides = Object.fromEntries(
    DESTINATIONS.map((d) => [d, { code: c?.tariff_overrides?.[d]?.code ?? "", stat_code: c?.tariff_overrides?.[d]?.stat_code ?? "" }])
  ) as OverrideForm
  return {
    hs_code: v.hs_code ?? "",
    construction: c?.construction ?? "woven",
    fibres: c?.composition.length ? c.composition.map((s) => fibreRow(s.fibre, String(s.percent))) : [fibreRow()],
    care_text: { en: c?.care_text?.en ?? "", fr: c?.care_text?.fr ?? "" },
    care_symbols: c?.care_symbols ?? [],
    overrides,
    packed_weight_g: numberText(c?.packed_weight_g),
    packed_length_cm: numberText(c?.packed_length_cm),
    packed_width_cm: numberText(c?.packed_width_cm),
    packed_height_cm: numberText(c?.packed_height_cm),
    apply_to_all: false,
  }
}

/** The form as the API's customs detail (numbers parsed, empty rows and lines dropped). */
function detailOf(form: Form): CustomsDetail {
  const percent = (text: string) => (text.trim() === "" ? NaN : Number(text))
  return {
    composition: form.fibres.filter((r) => r.fibre.trim() || r.percent.trim()).map((r) => ({ fibre: r.fibre.trim(), percent: percent(r.percent) })),
    construction: form.construction,
    care_text: { en: form.care_text.en.trim(), fr: form.care_text.fr.trim() },
    care_symbols: form.care_symbols,
    tariff_overrides: Object.fromEntries(
      DESTINATIONS.filter((d) => form.overrides[d].code.trim()).map((d) => [
        d,
        { code: form.overrides[d].code.trim(), ...(d === "AU" && form.overrides.AU.stat_code.trim() ? { stat_code: form.overrides.AU.stat_code.trim() } : {}) },
      ])
    ),
    packed_weight_g: parseNumber(form.packed_weight_g),
    packed_length_cm: parseNumber(form.packed_length_cm),
    packed_width_cm: parseNumber(form.packed_width_cm),
    packed_height_cm: parseNumber(form.packed_height_cm),
  }
}

const errorAt = (issues: Issue[], prefix: string) =>
  issues
    .filter((i) => i.path === prefix || i.path.startsWith(`${prefix}.`))
    .map((i) => i.message)
    .join(" ") || null

const CustomsDrawer = ({
  productId,
  variants,
  variant,
  applyToAll,
  onClose,
}: {
  productId: string
  variants: VariantRow[]
  variant: VariantRow | null
  applyToAll: boolean
  onClose: () => void
}) => {
  const save = useSaveCustoms(productId)
  const idPrefix = useId()
  const [form, setForm] = useState<Form>(() => formOf(variant ?? variants[0]))
  const [submitted, setSubmitted] = useState(false)
  const open = !!variant

  useResetOnOpen(open, () => {
    if (variant) setForm({ ...formOf(variant), apply_to_all: applyToAll })
    setSubmitted(false)
    save.reset()
  })

  const detail = useMemo(() => detailOf(form), [form])
  const hs = digitsOf(form.hs_code)
  const check = useMemo(() => checkCustomsDetail(detail, { hs_code: hs, weight: variant?.weight ?? null }), [detail, hs, variant])
  const total = detail.composition.reduce((sum, s) => sum + (Number.isFinite(s.percent) ? s.percent : 0), 0)
  const today = new Date().toISOString().slice(0, 10)
  const preferences = /^\d{6}$/.test(hs)
    ? DESTINATIONS.map((d) => [d, preferenceFor({ destination: d, hs_code: hs, tariff_code: tariffCodeFor(d, hs, detail.tariff_overrides), date: today })] as const)
    : []
  const shown = submitted ? check.errors : []

  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }))
  const setFibre = (key: number, change: Partial<FibreRow>) =>
    setForm((f) => ({ ...f, fibres: f.fibres.map((r) => (r.key === key ? { ...r, ...change } : r)) }))
  const toggleSymbol = (code: string, group: CareGroup, on: boolean) =>
    setForm((f) => {
      const others = f.care_symbols.filter((c) => c !== code && CARE_SYMBOLS.find((s) => s.code === c)?.group !== group)
      return { ...f, care_symbols: on ? [...others, code] : f.care_symbols.filter((c) => c !== code) }
    })

  const submit = () => {
    setSubmitted(true)
    if (!variant || check.errors.length) return
    const targets = form.apply_to_all ? variants : [variant]
    const body: SaveBody = {
      variants: targets.map((v) => ({ variant_id: v.id, ...(hs !== (v.hs_code ?? "") ? { hs_code: hs } : {}), ...detail })),
    }
    save.mutate(body, {
      onSuccess: (result) => {
        const warned = result.warnings?.length ?? 0
        toast.success(targets.length > 1 ? `Customs data saved for ${targets.length} variants` : "Customs data saved", {
          description: warned ? result.warnings[0].warnings.map((w) => w.message).join(" ") : undefined,
        })
        onClose()
      },
    })
  }

  return (
    <DrawerForm
      open={open}
      onOpenChange={(next) => !next && onClose()}
      title={form.apply_to_all ? "Customs data · all variants" : `Customs data · ${variant?.title ?? ""}`}
      description={variant?.sku ? `SKU ${variant.sku}. Origin ${(variant.origin_country ?? "-").toUpperCase()}.` : undefined}
      onSubmit={submit}
      isPending={save.isPending}
      error={save.error ? errorMessage(save.error) : shown.length ? `Fix ${shown.length === 1 ? "this problem" : `these ${shown.length} problems`} first: ${shown.map((i) => i.message).join(" ")}` : null}
    >
      <FormGroup title="Classification">
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <TextField
            label="HS code (6 digits)"
            value={form.hs_code}
            onChange={(v) => set("hs_code", v)}
            placeholder="6204.49"
            hint="Medusa's variant field; knitted garments are chapter 61, woven 62."
            error={errorAt(shown, "hs_code")}
          />
          <SelectField
            label="Construction"
            value={form.construction}
            onChange={(v) => set("construction", (v ?? "woven") as Construction)}
            options={CONSTRUCTIONS.map((c) => ({ value: c, label: CONSTRUCTION_LABELS[c] }))}
            hint="Garments: woven is chapter 62, knitted 61. Bags and made-up articles: other textile."
            error={errorAt(submitted ? check.errors : check.errors.filter((i) => i.code === "chapter_construction"), "construction")}
          />
        </div>
      </FormGroup>

      <FormGroup title="Fibre composition" description="Generic fibre names (EU Regulation 1007/2011), each 1–100 %, 100 % in all.">
        <datalist id={`${idPrefix}-fibres`}>
          {FIBRE_NAMES.map((f) => (
            <option key={f.key} value={f.key} />
          ))}
        </datalist>
        <div className="flex flex-col gap-y-2">
          {form.fibres.map((row, i) => (
            <div key={row.key} className="grid grid-cols-[1fr_120px_auto] items-center gap-2">
              <Input
                aria-label={`Fibre ${i + 1}`}
                list={`${idPrefix}-fibres`}
                value={row.fibre}
                placeholder="silk"
                onChange={(e) => setFibre(row.key, { fibre: e.target.value })}
                aria-invalid={!!errorAt(shown, `composition.${i}.fibre`)}
              />
              <Input
                aria-label={`Percent of fibre ${i + 1}`}
                type="number"
                min={1}
                max={100}
                step="any"
                value={row.percent}
                placeholder="%"
                onChange={(e) => setFibre(row.key, { percent: e.target.value })}
                aria-invalid={!!errorAt(shown, `composition.${i}.percent`)}
              />
              <IconButton
                type="button"
                size="small"
                variant="transparent"
                aria-label={`Remove fibre ${i + 1}`}
                disabled={form.fibres.length === 1}
                onClick={() => set("fibres", form.fibres.filter((r) => r.key !== row.key))}
              >
                <Trash />
              </IconButton>
            </div>
          ))}
          <div className="flex items-center justify-between">
            <Button type="button" size="small" variant="secondary" onClick={() => set("fibres", [...form.fibres, fibreRow()])} disabled={form.fibres.length >= 10}>
              <Plus /> Add fibre
            </Button>
            <Text
              size="small"
              weight="plus"
              data-testid="customs-composition-total"
              className={clx(Math.abs(total - 100) < 0.001 ? "text-ui-fg-interactive" : "text-ui-fg-error")}
            >
              Total {Math.round(total * 100) / 100} %
            </Text>
          </div>
          {errorAt(shown, "composition") && (
            <Text size="small" className="text-ui-fg-error">
              {errorAt(shown, "composition")}
            </Text>
          )}
        </div>
      </FormGroup>

      <FormGroup title="Care" description="Printed on the label and shown on the product page. One instruction per line.">
        <LocalizedField
          label="Care instructions"
          multiline
          rows={3}
          value={form.care_text}
          onChange={(v) => set("care_text", v)}
          error={errorAt(shown, "care_text")}
        />
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          {CARE_GROUPS.map((group) => (
            <fieldset key={group} className="flex flex-col gap-y-2">
              <legend>
                <Label size="small" weight="plus">
                  {GROUP_LABELS[group]}
                </Label>
              </legend>
              {CARE_SYMBOLS.filter((s) => s.group === group).map((s) => {
                const id = `${idPrefix}-${s.code}`
                return (
                  <div key={s.code} className="flex items-center gap-x-2">
                    <Checkbox id={id} checked={form.care_symbols.includes(s.code)} onCheckedChange={(v) => toggleSymbol(s.code, group, v === true)} />
                    <Label htmlFor={id} size="small">
                      {s.en}
                    </Label>
                  </div>
                )
              })}
            </fieldset>
          ))}
        </div>
        {errorAt(shown, "care_symbols") && (
          <Text size="small" className="text-ui-fg-error">
            {errorAt(shown, "care_symbols")}
          </Text>
        )}
      </FormGroup>

      <FormGroup title="National tariff lines" description="Optional. Each starts with the HS code; leave empty to declare the 6-digit HS code.">
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          {DESTINATIONS.map((d) => (
            <div key={d} className={clx("grid gap-2", d === "AU" ? "grid-cols-[1fr_80px]" : "grid-cols-1")}>
              <TextField
                label={`${DESTINATION_LABELS[d]} (${TARIFF_FORMATS[d].digits} digits)`}
                optional
                value={form.overrides[d].code}
                onChange={(code) => set("overrides", { ...form.overrides, [d]: { ...form.overrides[d], code } })}
                placeholder={hs ? `${hs}${"0".repeat(Math.max(0, TARIFF_FORMATS[d].digits - 6))}` : undefined}
                error={errorAt(shown, `tariff_overrides.${d}.code`)}
              />
              {d === "AU" && (
                <TextField
                  label="Stat code"
                  optional
                  value={form.overrides.AU.stat_code}
                  onChange={(stat_code) => set("overrides", { ...form.overrides, AU: { ...form.overrides.AU, stat_code } })}
                  error={errorAt(shown, "tariff_overrides.AU.stat_code")}
                />
              )}
            </div>
          ))}
        </div>
      </FormGroup>

      <FormGroup title="Packed unit" description="One piece in its retail packing, as it goes into a carton.">
        <div className="grid grid-cols-2 gap-4 md:grid-cols-4">
          <TextField label="Weight (g)" optional type="number" min={1} step="any" value={form.packed_weight_g} onChange={(v) => set("packed_weight_g", v)} error={errorAt(shown, "packed_weight_g")} />
          <TextField label="Length (cm)" optional type="number" min={0.1} step="any" value={form.packed_length_cm} onChange={(v) => set("packed_length_cm", v)} error={errorAt(shown, "packed_length_cm")} />
          <TextField label="Width (cm)" optional type="number" min={0.1} step="any" value={form.packed_width_cm} onChange={(v) => set("packed_width_cm", v)} error={errorAt(shown, "packed_width_cm")} />
          <TextField label="Height (cm)" optional type="number" min={0.1} step="any" value={form.packed_height_cm} onChange={(v) => set("packed_height_cm", v)} error={errorAt(shown, "packed_height_cm")} />
        </div>
      </FormGroup>

      {preferences.length > 0 && (
        <FormGroup title="Preferential origin today" description="From the dated rules; an origin statement is printed only where eligible.">
          <div className="flex flex-col gap-y-2">
            {preferences.map(([d, p]) => (
              <div key={d} className="flex items-start gap-x-3">
                <div className="w-28 shrink-0">
                  <PreferenceBadge preference={p} />
                </div>
                <Text size="small" className="text-ui-fg-subtle">
                  <span className="text-ui-fg-base font-medium">{DESTINATION_LABELS[d]}:</span> {p.reason}
                  {p.caution ? ` ${p.caution}` : ""}
                </Text>
              </div>
            ))}
          </div>
        </FormGroup>
      )}

      {check.warnings.length > 0 && (
        <Field label="Worth checking">
          <ul className="text-ui-fg-subtle txt-small list-disc pl-5">
            {check.warnings.map((w) => (
              <li key={w.code + w.path}>{w.message}</li>
            ))}
          </ul>
        </Field>
      )}

      {variants.length > 1 && (
        <div className="flex items-center gap-x-2">
          <Checkbox id={`${idPrefix}-all`} checked={form.apply_to_all} onCheckedChange={(v) => set("apply_to_all", v === true)} />
          <Label htmlFor={`${idPrefix}-all`} size="small">
            Apply to all {variants.length} variants of this product
          </Label>
        </div>
      )}
    </DrawerForm>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.after",
})

export default ProductCustomsWidget
