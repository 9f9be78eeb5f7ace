import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { deleteCostBreakdownWorkflow, upsertCostBreakdownWorkflow } from "../../../../../workflows/provenance"
import type { AdminCostBreakdown } from "../../../validators"

async function currentBreakdown(req: AuthenticatedMedusaRequest<any>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [product] } = await query.graph({
    entity: "product",
    fields: ["id", "cost_breakdown.id"],
    filters: { id: req.params.id },
  })
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.params.id} was not found`)
  return ((product as any).cost_breakdown?.id as string | undefined) ?? null
}

export async function POST(req: AuthenticatedMedusaRequest<AdminCostBreakdown>, res: MedusaResponse) {
  const existing = await currentBreakdown(req)
  const { result } = await upsertCostBreakdownWorkflow(req.scope).run({
    input: { product_id: req.params.id, existing_id: existing, data: req.validatedBody },
  })
  res.json({ cost_breakdown: result })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const existing = await currentBreakdown(req)
  if (!existing) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This product has no cost breakdown")
  await deleteCostBreakdownWorkflow(req.scope).run({ input: { product_id: req.params.id, id: existing } })
  res.json({ id: existing, object: "cost_breakdown", deleted: true })
}
