import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import {
  computeFacilityMidStep,
  linkVariantCustomsStep,
  prepareVariantCustomsStep,
  upsertCustomsDetailsStep,
  upsertExporterSettingsStep,
  upsertFacilityMidStep,
  type VariantCustomsInput,
} from "./steps"

export type { VariantCustomsInput } from "./steps"

/** A product's customs data changed (label data on the product page included). */
export const CUSTOMS_UPDATED_EVENT = "customs.updated"

/**
 * Sets the customs data of some or all variants of one product, and their
 * HS code (Medusa's field) when the request changes it. Every variant is
 * checked before anything is written; a failure later undoes every step.
 */
export const setVariantCustomsWorkflow = createWorkflow(
  "set-variant-customs",
  (input: { product_id: string; variants: VariantCustomsInput[] }) => {
    const prepared = prepareVariantCustomsStep(input)
    const hsChanges = transform({ prepared }, ({ prepared }) =>
      prepared.filter((p) => p.hs_code_change).map((p) => ({ id: p.variant_id, hs_code: p.hs_code_change! }))
    )
    when({ hsChanges }, ({ hsChanges }) => hsChanges.length > 0).then(() => {
      updateProductVariantsWorkflow.runAsStep({ input: { product_variants: hsChanges } })
    })
    const rows = upsertCustomsDetailsStep(prepared)
    linkVariantCustomsStep(rows)
    emitEventStep({ eventName: CUSTOMS_UPDATED_EVENT, data: { product_id: input.product_id } })
    const warnings = transform({ prepared }, ({ prepared }) =>
      prepared.filter((p) => p.warnings.length).map((p) => ({ variant_id: p.variant_id, warnings: p.warnings }))
    )
    return new WorkflowResponse({ rows, warnings })
  }
)

/** Saves the exporter block of commercial invoices (one row for the store). */
export const updateExporterSettingsWorkflow = createWorkflow("update-exporter-settings", (input: { data: Record<string, unknown> }) => {
  const settings = upsertExporterSettingsStep(input.data)
  return new WorkflowResponse(settings)
})

/** Runs the CBP rule on the facility's current customs name and address; a staff override is kept. */
export const recomputeFacilityMidWorkflow = createWorkflow("recompute-facility-mid", (input: { facility_id: string }) => {
  const computed = computeFacilityMidStep(input)
  const set = transform({ computed }, ({ computed }) => ({ ...computed }))
  const row = upsertFacilityMidStep({ facility_id: input.facility_id, set })
  return new WorkflowResponse(row)
})

/**
 * Sets (or clears, with null) a staff override of a facility's MID. A
 * facility seen for the first time also gets the rule's MID computed.
 */
export const overrideFacilityMidWorkflow = createWorkflow(
  "override-facility-mid",
  (input: { facility_id: string; override_mid: string | null; reason: string | null; actor: string }) => {
    const computed = computeFacilityMidStep({ facility_id: input.facility_id })
    const set = transform({ input }, ({ input }) => ({
      override_mid: input.override_mid,
      override_reason: input.override_mid ? input.reason : null,
      overridden_by: input.override_mid ? input.actor : null,
      overridden_at: input.override_mid ? new Date() : null,
    }))
    const initial = transform({ computed }, ({ computed }) => ({ ...computed }))
    const row = upsertFacilityMidStep({ facility_id: input.facility_id, set, initial })
    return new WorkflowResponse(row)
  }
)
