import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { upsertFacilityWorkflow } from "../../../../workflows/provenance"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [facility] } = await query.graph({
    entity: "facility",
    fields: ["*", "stock_location.id", "stock_location.name", "teams.*", "impact_figures.*"],
    filters: { id: req.params.id },
  })
  if (!facility) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Facility ${req.params.id} was not found`)
  res.json({ facility })
}

export async function POST(req: AuthenticatedMedusaRequest<Record<string, unknown>>, res: MedusaResponse) {
  const { result } = await upsertFacilityWorkflow(req.scope).run({ input: { id: req.params.id, data: req.validatedBody } })
  res.json({ facility: result })
}
