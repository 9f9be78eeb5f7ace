import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { dismissRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { MAKER_MODULE } from "../../modules/maker"
import { deleteRecordStep, linkCostBreakdownStep, setProductMakersStep, upsertRecordStep } from "./steps"

/** Facility, team, product credit or cost-breakdown changes: the storefront revalidates maker data. */
export const PROVENANCE_UPDATED_EVENT = "provenance.updated"
/** Impact figures changed: the storefront revalidates the impact page. */
export const IMPACT_UPDATED_EVENT = "impact.updated"

type Json = Record<string, any>

const upsertTeamStep = upsertRecordStep("upsert-team", "Team")
const upsertFacilityStep = upsertRecordStep("upsert-facility", "Facility")
const upsertImpactStep = upsertRecordStep("upsert-impact-figure", "ImpactFigure")
const deleteImpactStep = deleteRecordStep("delete-impact-figure", "ImpactFigure")
const upsertCostStep = upsertRecordStep("upsert-cost-breakdown", "CostBreakdown")
const deleteCostStep = deleteRecordStep("delete-cost-breakdown", "CostBreakdown")

export const upsertTeamWorkflow = createWorkflow("upsert-team", (input: { id?: string | null; data: Json }) => {
  const team = upsertTeamStep(input)
  emitEventStep({ eventName: PROVENANCE_UPDATED_EVENT, data: { team_id: team.id } })
  return new WorkflowResponse(team)
})

export const upsertFacilityWorkflow = createWorkflow("upsert-facility", (input: { id?: string | null; data: Json }) => {
  const facility = upsertFacilityStep(input)
  emitEventStep({ eventName: PROVENANCE_UPDATED_EVENT, data: { facility_id: facility.id } })
  return new WorkflowResponse(facility)
})

export const upsertImpactFigureWorkflow = createWorkflow("upsert-impact-figure", (input: { id?: string | null; data: Json }) => {
  const figure = upsertImpactStep(input)
  emitEventStep({ eventName: IMPACT_UPDATED_EVENT, data: { id: figure.id } })
  return new WorkflowResponse(figure)
})

export const deleteImpactFigureWorkflow = createWorkflow("delete-impact-figure", (input: { id: string }) => {
  deleteImpactStep(input)
  emitEventStep({ eventName: IMPACT_UPDATED_EVENT, data: { id: input.id } })
  return new WorkflowResponse({ id: input.id })
})

export const setProductMakersWorkflow = createWorkflow(
  "set-product-makers",
  (input: { product_id: string; maker_ids: string[]; team_id: string | null }) => {
    const result = setProductMakersStep(input)
    emitEventStep({ eventName: PROVENANCE_UPDATED_EVENT, data: { product_id: input.product_id } })
    return new WorkflowResponse(result)
  }
)

export const upsertCostBreakdownWorkflow = createWorkflow(
  "upsert-cost-breakdown",
  (input: { product_id: string; existing_id: string | null; data: Json }) => {
    const cost = upsertCostStep({ id: input.existing_id, data: input.data })
    const linkInput = transform({ input, cost }, ({ input, cost }) => ({
      product_id: input.product_id,
      cost_breakdown_id: cost.id as string,
      already_linked: !!input.existing_id,
    }))
    linkCostBreakdownStep(linkInput)
    emitEventStep({ eventName: PROVENANCE_UPDATED_EVENT, data: { product_id: input.product_id } })
    return new WorkflowResponse(cost)
  }
)

export const deleteCostBreakdownWorkflow = createWorkflow(
  "delete-cost-breakdown",
  (input: { product_id: string; id: string }) => {
    const link = transform({ input }, ({ input }) => [
      { [Modules.PRODUCT]: { product_id: input.product_id }, [MAKER_MODULE]: { cost_breakdown_id: input.id } },
    ])
    dismissRemoteLinkStep(link)
    deleteCostStep({ id: input.id })
    emitEventStep({ eventName: PROVENANCE_UPDATED_EVENT, data: { product_id: input.product_id } })
    return new WorkflowResponse({ id: input.id })
  }
)
