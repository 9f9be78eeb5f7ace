import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  buildMid,
  checkCustomsDetail,
  describeIssues,
  normaliseComposition,
  sortCareSymbols,
  type CustomsDetail,
  type Issue,
  type TariffOverrides,
} from "../../lib/customs"
import { CUSTOMS_MODULE, type CustomsModuleService } from "../../modules/customs"
import { CUSTOMS_DETAIL_KEYS } from "../../modules/customs/models/customs-detail"

type Json = Record<string, any>

/** What a request may send for one variant: any field it leaves out keeps its current value. */
export type VariantCustomsInput = { variant_id: string; hs_code?: string } & Partial<CustomsDetail>

export type PreparedVariantCustoms = {
  variant_id: string
  existing_id: string | null
  detail: CustomsDetail
  /** The new 6-digit HS code when the request changes Medusa's field, else null. */
  hs_code_change: string | null
  warnings: Issue[]
}

const EMPTY_DETAIL: Omit<CustomsDetail, "composition" | "construction"> = {
  care_text: { en: "", fr: "" },
  care_symbols: [],
  tariff_overrides: {},
  packed_weight_g: null,
  packed_length_cm: null,
  packed_width_cm: null,
  packed_height_cm: null,
}

const DETAIL_KEYS = CUSTOMS_DETAIL_KEYS

/** The stored form: compact tariff codes, Annex I fibre names, symbols in label order. */
function normalise(detail: CustomsDetail): CustomsDetail {
  const overrides: TariffOverrides = {}
  for (const [destination, override] of Object.entries(detail.tariff_overrides ?? {})) {
    if (!override?.code) continue
    const stat = override.stat_code ? override.stat_code.trim() : ""
    overrides[destination as keyof TariffOverrides] = { code: override.code.replace(/[\s.]/g, ""), ...(stat ? { stat_code: stat } : {}) }
  }
  return {
    ...detail,
    composition: normaliseComposition(detail.composition),
    care_text: { en: detail.care_text.en.trim(), fr: detail.care_text.fr.trim() },
    care_symbols: sortCareSymbols(detail.care_symbols),
    tariff_overrides: overrides,
  }
}

const pickDetail = (row: Json | null | undefined): Partial<CustomsDetail> =>
  row ? (Object.fromEntries(DETAIL_KEYS.map((k) => [k, row[k]])) as Partial<CustomsDetail>) : {}

/**
 * Merges each variant's request with what is stored and checks every rule
 * against Medusa's own fields. Writes nothing: if any variant is wrong, the
 * whole request fails here with every problem named.
 */
export const prepareVariantCustomsStep = createStep(
  "prepare-variant-customs",
  async (input: { product_id: string; variants: VariantCustomsInput[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [product] } = await query.graph({
      entity: "product",
      fields: ["id", "variants.id", "variants.sku", "variants.title", "variants.hs_code", "variants.weight", "variants.customs_detail.*"],
      filters: { id: input.product_id },
    })
    if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${input.product_id} was not found.`)
    const variants = new Map(((product as Json).variants ?? []).filter(Boolean).map((v: Json) => [v.id as string, v]))

    const seen = new Set<string>()
    const prepared: PreparedVariantCustoms[] = []
    const problems: string[] = []
    for (const request of input.variants) {
      const variant = variants.get(request.variant_id) as Json | undefined
      if (!variant) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Variant ${request.variant_id} is not a variant of this product.`)
      }
      if (seen.has(request.variant_id)) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Variant ${request.variant_id} is listed twice.`)
      }
      seen.add(request.variant_id)
      const current = variant.customs_detail as Json | null
      const { variant_id, hs_code, ...changes } = request
      const merged = { ...EMPTY_DETAIL, ...pickDetail(current), ...stripUndefined(changes) } as CustomsDetail
      const name = variant.sku || variant.title || variant.id
      if (!merged.composition || !merged.construction) {
        problems.push(`${name}: give the composition and the construction.`)
        continue
      }
      const hs = hs_code ?? variant.hs_code
      const { errors, warnings } = checkCustomsDetail(merged, { hs_code: hs, weight: numberOrNull(variant.weight) })
      if (errors.length) {
        problems.push(`${name}: ${describeIssues(errors)}`)
        continue
      }
      prepared.push({
        variant_id,
        existing_id: current?.id ?? null,
        detail: normalise(merged),
        hs_code_change: hs_code && hs_code !== variant.hs_code ? hs_code : null,
        warnings,
      })
    }
    if (problems.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join(" "))
    return new StepResponse(prepared)
  }
)

const stripUndefined = (o: Json) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined))
const numberOrNull = (v: unknown) => (v === null || v === undefined || v === "" ? null : Number(v))

type DetailUndo = { created: string[]; previous: Json[] }

/** Creates or replaces the customs rows; undone by deleting what it created and restoring what it changed. */
export const upsertCustomsDetailsStep = createStep(
  "upsert-customs-details",
  async (prepared: PreparedVariantCustoms[], { container }) => {
    const service = container.resolve<CustomsModuleService>(CUSTOMS_MODULE)
    const toUpdate = prepared.filter((p) => p.existing_id)
    const previous = toUpdate.length ? await service.listCustomsDetails({ id: toUpdate.map((p) => p.existing_id!) }) : []
    const undo: DetailUndo = { created: [], previous: previous.map((row) => ({ id: row.id, ...pickDetail(row as Json) })) }
    const result: { variant_id: string; id: string; created: boolean }[] = []
    for (const p of prepared) {
      if (p.existing_id) {
        await service.updateCustomsDetails({ id: p.existing_id, ...(p.detail as Json) })
        result.push({ variant_id: p.variant_id, id: p.existing_id, created: false })
      } else {
        const row = await service.createCustomsDetails(p.detail as Json)
        undo.created.push(row.id)
        result.push({ variant_id: p.variant_id, id: row.id, created: true })
      }
    }
    return new StepResponse(result, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<CustomsModuleService>(CUSTOMS_MODULE)
    if (undo.created.length) await service.deleteCustomsDetails(undo.created)
    for (const row of undo.previous) await service.updateCustomsDetails(row as Json & { id: string })
  }
)

/** Links new customs rows to their variants; undone by dismissing those links. */
export const linkVariantCustomsStep = createStep(
  "link-variant-customs",
  async (rows: { variant_id: string; id: string; created: boolean }[], { container }) => {
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const defs = rows
      .filter((r) => r.created)
      .map((r) => ({ [Modules.PRODUCT]: { product_variant_id: r.variant_id }, [CUSTOMS_MODULE]: { customs_detail_id: r.id } }))
    if (defs.length) await link.create(defs)
    return new StepResponse(defs.length, defs)
  },
  async (defs, { container }) => {
    if (!defs?.length) return
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(defs)
  }
)

// Exporter settings

type RowUndo = { created: string | null; previous: Json | null }

/** Creates the store's single exporter row or updates it; undone by restoring it. */
export const upsertExporterSettingsStep = createStep<Json, Json, RowUndo>(
  "upsert-exporter-settings",
  async (data: Json, { container }) => {
    const service = container.resolve<CustomsModuleService>(CUSTOMS_MODULE)
    const [existing] = await service.listExporterSettings({}, { take: 1, order: { created_at: "ASC" } })
    if (!existing) {
      const created = await service.createExporterSettings(data)
      return new StepResponse<Json, RowUndo>(created as Json, { created: created.id, previous: null })
    }
    const previous: Json = { id: existing.id }
    for (const key of Object.keys(data)) previous[key] = (existing as Json)[key]
    const updated = await service.updateExporterSettings({ id: existing.id, ...data })
    return new StepResponse<Json, RowUndo>(updated as Json, { created: null, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<CustomsModuleService>(CUSTOMS_MODULE)
    if (undo.created) await service.deleteExporterSettings(undo.created)
    if (undo.previous) await service.updateExporterSettings(undo.previous as Json & { id: string })
  }
)

// Facility MIDs

export type ComputedMid = {
  computed_mid: string | null
  compute_error: string | null
  computed_from: Json
  computed_at: Date
}

/** The facility's customs name and address as the MID rule reads them. */
export function midInputOf(facility: Json) {
  const a = (facility.customs_address ?? {}) as Json
  return {
    name: String(a.legal_name ?? facility.name ?? ""),
    address_lines: [a.address_1, a.address_2].filter((l): l is string => typeof l === "string" && l.trim() !== ""),
    city: String(a.city ?? ""),
    country_code: String(a.country_code ?? "").toUpperCase(),
    province: typeof a.province === "string" ? a.province : null,
  }
}

export function computeMidFor(facility: Json): ComputedMid {
  const from = midInputOf(facility)
  const result = buildMid(from)
  return {
    computed_mid: result.ok ? result.mid : null,
    compute_error: result.ok ? null : result.error,
    computed_from: from,
    computed_at: new Date(),
  }
}

/** Reads a facility (maker module) through Query and runs the MID rule on its customs address. Writes nothing. */
export const computeFacilityMidStep = createStep("compute-facility-mid", async (input: { facility_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [facility] } = await query.graph({
    entity: "facility",
    fields: ["id", "name", "customs_address"],
    filters: { id: input.facility_id },
  })
  if (!facility) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Facility ${input.facility_id} was not found.`)
  return new StepResponse(computeMidFor(facility as Json))
})

/**
 * Creates or updates a facility's MID row: `set` is always written, `initial`
 * only when the row is new. Undone by deleting or restoring it.
 */
export const upsertFacilityMidStep = createStep<{ facility_id: string; set: Json; initial?: Json }, Json, RowUndo>(
  "upsert-facility-mid",
  async (input: { facility_id: string; set: Json; initial?: Json }, { container }) => {
    const service = container.resolve<CustomsModuleService>(CUSTOMS_MODULE)
    const [existing] = await service.listFacilityMids({ facility_id: input.facility_id })
    if (!existing) {
      const created = await service.createFacilityMids({ facility_id: input.facility_id, ...(input.initial ?? {}), ...input.set })
      return new StepResponse<Json, RowUndo>(created as Json, { created: created.id, previous: null })
    }
    const previous: Json = { id: existing.id }
    for (const key of Object.keys(input.set)) previous[key] = (existing as Json)[key]
    const updated = await service.updateFacilityMids({ id: existing.id, ...input.set })
    return new StepResponse<Json, RowUndo>(updated as Json, { created: null, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<CustomsModuleService>(CUSTOMS_MODULE)
    if (undo.created) await service.deleteFacilityMids(undo.created)
    if (undo.previous) await service.updateFacilityMids(undo.previous as Json & { id: string })
  }
)
