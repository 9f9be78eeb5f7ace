import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar, PencilSquare, Trash } from "@medusajs/icons"
import { Button, Container, DatePicker, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { ActionMenu } from "../../components/action-menu"
import { DrawerForm } from "../../components/drawer-form"
import { Field, SelectField, TextField, numberText, parseNumber } from "../../components/form"
import { ErrorAlert, LoadingSection } from "../../components/query-state"
import { EmptyText, SectionHeader } from "../../components/section"
import {
  errorMessage,
  useDeleteImpactFigure,
  useFacilities,
  useImpactFigures,
  useSaveImpactFigure,
  type AdminImpactFigure,
  type ImpactFigurePayload,
} from "../../lib/api"
import { formatDateUtc, formatUsd, localDayToApi, localizedText, utcDayToLocal } from "../../lib/format"

const wageRatio = (f: AdminImpactFigure) =>
  f.benchmark_monthly_wage_usd > 0 ? Math.round((f.average_monthly_wage_usd / f.benchmark_monthly_wage_usd) * 100) : null

const ImpactPage = () => {
  const { data, error, isLoading } = useImpactFigures()
  const facilities = useFacilities()
  const remove = useDeleteImpactFigure()
  const prompt = usePrompt()
  const [editing, setEditing] = useState<AdminImpactFigure | "new" | null>(null)

  const facilityName = (f: AdminImpactFigure) =>
    localizedText(f.facility?.name) || facilities.data?.facilities.find((x) => x.id === f.facility_id)?.name || "-"

  const onDelete = async (f: AdminImpactFigure) => {
    const confirmed = await prompt({
      title: "Delete these figures?",
      description: `${facilityName(f)}, ${formatDateUtc(f.period_start)} – ${formatDateUtc(f.period_end)}. They disappear from the store's impact page.`,
      confirmText: "Delete",
      cancelText: "Cancel",
      variant: "danger",
    })
    if (!confirmed) return
    remove.mutate(f.id, {
      onSuccess: () => toast.success("Impact figures deleted"),
      onError: (e) => toast.error("Could not delete", { description: errorMessage(e) }),
    })
  }

  if (isLoading) return <LoadingSection rows={5} />

  const figures = data?.figures ?? []

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        level="h1"
        title="Impact"
        description="Dated aggregates per facility, with their source. Never a figure about one person."
        actions={
          <Button size="small" variant="secondary" onClick={() => setEditing("new")}>
            Add figures
          </Button>
        }
      />
      {error && (
        <div className="px-6 py-4">
          <ErrorAlert error={error} title="Could not load impact figures" />
        </div>
      )}
      {!error && figures.length === 0 && <EmptyText>No impact figures yet.</EmptyText>}
      {figures.length > 0 && (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Facility</Table.HeaderCell>
                <Table.HeaderCell>Period</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Makers</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Pieces</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Training h</Table.HeaderCell>
                <Table.HeaderCell>Avg wage vs benchmark</Table.HeaderCell>
                <Table.HeaderCell>Source</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {figures.map((f) => {
                const ratio = wageRatio(f)
                return (
                  <Table.Row key={f.id}>
                    <Table.Cell>{facilityName(f)}</Table.Cell>
                    <Table.Cell className="whitespace-nowrap">
                      {formatDateUtc(f.period_start)} – {formatDateUtc(f.period_end)}
                    </Table.Cell>
                    <Table.Cell className="text-right">{f.makers_employed}</Table.Cell>
                    <Table.Cell className="text-right">{f.pieces_made.toLocaleString("en-US")}</Table.Cell>
                    <Table.Cell className="text-right">{f.training_hours.toLocaleString("en-US")}</Table.Cell>
                    <Table.Cell>
                      <div className="flex flex-col py-2">
                        <Text size="small" leading="compact">
                          {formatUsd(f.average_monthly_wage_usd)} vs {formatUsd(f.benchmark_monthly_wage_usd)}
                          {ratio != null && <span className="text-ui-fg-muted"> ({ratio}%)</span>}
                        </Text>
                        <Text size="xsmall" leading="compact" className="text-ui-fg-muted">
                          {f.benchmark_label}
                        </Text>
                      </div>
                    </Table.Cell>
                    <Table.Cell className="max-w-[220px] truncate" title={f.source}>
                      {f.source}
                    </Table.Cell>
                    <Table.Cell className="w-[1%]">
                      <ActionMenu
                        groups={[
                          [{ label: "Edit", icon: <PencilSquare />, onClick: () => setEditing(f) }],
                          [{ label: "Delete", icon: <Trash />, onClick: () => onDelete(f) }],
                        ]}
                      />
                    </Table.Cell>
                  </Table.Row>
                )
              })}
            </Table.Body>
          </Table>
        </div>
      )}
      <ImpactFigureDrawer figure={editing} onClose={() => setEditing(null)} />
    </Container>
  )
}

type ImpactForm = {
  facility_id: string | null
  period_start: Date | null
  period_end: Date | null
  makers_employed: string
  pieces_made: string
  training_hours: string
  average_monthly_wage_usd: string
  benchmark_monthly_wage_usd: string
  benchmark_label: string
  source: string
}

const formFrom = (f: AdminImpactFigure | null): ImpactForm => ({
  facility_id: f?.facility_id ?? f?.facility?.id ?? null,
  period_start: utcDayToLocal(f?.period_start),
  period_end: utcDayToLocal(f?.period_end),
  makers_employed: numberText(f?.makers_employed),
  pieces_made: numberText(f?.pieces_made),
  training_hours: numberText(f?.training_hours),
  average_monthly_wage_usd: numberText(f?.average_monthly_wage_usd),
  benchmark_monthly_wage_usd: numberText(f?.benchmark_monthly_wage_usd),
  benchmark_label: f?.benchmark_label ?? "",
  source: f?.source ?? "",
})

type ImpactErrors = Partial<Record<keyof ImpactForm, string>>

const validate = (f: ImpactForm): ImpactErrors => {
  const e: ImpactErrors = {}
  if (!f.facility_id) e.facility_id = "Choose a facility."
  if (!f.period_start) e.period_start = "Enter the first day of the period."
  if (!f.period_end) e.period_end = "Enter the last day of the period."
  else if (f.period_start && f.period_end <= f.period_start) e.period_end = "The period must end after it starts."
  for (const key of ["makers_employed", "pieces_made", "training_hours"] as const) {
    const n = parseNumber(f[key])
    if (n == null || n < 0 || !Number.isInteger(n)) e[key] = "Enter a whole number, 0 or more."
  }
  const wage = parseNumber(f.average_monthly_wage_usd)
  if (wage == null || wage < 0) e.average_monthly_wage_usd = "Enter an amount in USD."
  const benchmark = parseNumber(f.benchmark_monthly_wage_usd)
  if (benchmark == null || benchmark <= 0) e.benchmark_monthly_wage_usd = "Enter the benchmark in USD (more than 0)."
  if (!f.benchmark_label.trim()) e.benchmark_label = "Name the benchmark, e.g. Cambodian garment-sector minimum wage 2025."
  if (!f.source.trim()) e.source = "Say where the figures come from."
  return e
}

const ImpactFigureDrawer = ({ figure, onClose }: { figure: AdminImpactFigure | "new" | null; onClose: () => void }) => {
  const open = figure !== null
  const existing = figure && figure !== "new" ? figure : null
  const facilities = useFacilities()
  const save = useSaveImpactFigure()
  const [form, setForm] = useState<ImpactForm>(() => formFrom(existing))
  const [errors, setErrors] = useState<ImpactErrors>({})

  useEffect(() => {
    if (!open) return
    setForm(formFrom(existing))
    setErrors({})
    save.reset()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [figure])

  const set =
    <K extends keyof ImpactForm>(key: K) =>
    (value: ImpactForm[K]) =>
      setForm((f) => ({ ...f, [key]: value }))

  const submit = () => {
    const found = validate(form)
    setErrors(found)
    if (Object.keys(found).length) return
    const payload: ImpactFigurePayload = {
      facility_id: form.facility_id!,
      period_start: localDayToApi(form.period_start)!,
      period_end: localDayToApi(form.period_end)!,
      makers_employed: parseNumber(form.makers_employed)!,
      pieces_made: parseNumber(form.pieces_made)!,
      training_hours: parseNumber(form.training_hours)!,
      average_monthly_wage_usd: parseNumber(form.average_monthly_wage_usd)!,
      benchmark_monthly_wage_usd: parseNumber(form.benchmark_monthly_wage_usd)!,
      benchmark_label: form.benchmark_label.trim(),
      source: form.source.trim(),
    }
    save.mutate(
      { ...payload, id: existing?.id },
      {
        onSuccess: () => {
          toast.success(existing ? "Impact figures saved" : "Impact figures added")
          onClose()
        },
      }
    )
  }

  return (
    <DrawerForm
      open={open}
      onOpenChange={(next) => !next && onClose()}
      title={existing ? "Edit impact figures" : "Add impact figures"}
      description="Aggregates for one facility and period, as published on the store's impact page."
      onSubmit={submit}
      isPending={save.isPending}
      error={save.error ? errorMessage(save.error) : Object.keys(errors).length ? "Some fields need attention." : null}
    >
      <SelectField
        label="Facility"
        value={form.facility_id}
        error={errors.facility_id}
        placeholder="Choose a facility"
        onChange={set("facility_id")}
        options={(facilities.data?.facilities ?? []).map((f) => ({ value: f.id, label: f.name }))}
      />
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <Field label="Period start" error={errors.period_start}>
          <DatePicker aria-label="Period start" granularity="day" value={form.period_start} onChange={set("period_start")} />
        </Field>
        <Field label="Period end" error={errors.period_end}>
          <DatePicker
            aria-label="Period end"
            granularity="day"
            value={form.period_end}
            onChange={set("period_end")}
            minValue={form.period_start ?? undefined}
          />
        </Field>
      </div>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
        <TextField label="Makers employed" type="number" min={0} step={1} value={form.makers_employed} error={errors.makers_employed} onChange={set("makers_employed")} />
        <TextField label="Pieces made" type="number" min={0} step={1} value={form.pieces_made} error={errors.pieces_made} onChange={set("pieces_made")} />
        <TextField label="Training hours" type="number" min={0} step={1} value={form.training_hours} error={errors.training_hours} onChange={set("training_hours")} />
      </div>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <TextField
          label="Average monthly wage (USD)"
          type="number"
          min={0}
          step="any"
          value={form.average_monthly_wage_usd}
          error={errors.average_monthly_wage_usd}
          onChange={set("average_monthly_wage_usd")}
        />
        <TextField
          label="Benchmark monthly wage (USD)"
          type="number"
          min={0}
          step="any"
          value={form.benchmark_monthly_wage_usd}
          error={errors.benchmark_monthly_wage_usd}
          onChange={set("benchmark_monthly_wage_usd")}
        />
      </div>
      <TextField
        label="Benchmark"
        value={form.benchmark_label}
        error={errors.benchmark_label}
        placeholder="Cambodian garment-sector minimum wage 2025"
        onChange={set("benchmark_label")}
      />
      <TextField
        label="Source"
        value={form.source}
        error={errors.source}
        placeholder="AFESIP payroll, audited by …"
        onChange={set("source")}
      />
    </DrawerForm>
  )
}

export const config = defineRouteConfig({
  label: "Impact",
  rank: 3,
  icon: ChartBar,
})

export default ImpactPage
