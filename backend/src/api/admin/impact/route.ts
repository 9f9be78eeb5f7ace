import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { upsertImpactFigureWorkflow } from "../../../workflows/provenance"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "impact_figure", fields: ["*", "facility.id", "facility.name"] })
  data.sort((a: any, b: any) => new Date(b.period_start).getTime() - new Date(a.period_start).getTime())
  res.json({ figures: data })
}

/** Staff enter aggregates with their source; `entered_by` is the signed-in user. */
export async function POST(req: AuthenticatedMedusaRequest<Record<string, unknown>>, res: MedusaResponse) {
  const { result } = await upsertImpactFigureWorkflow(req.scope).run({
    input: { data: { ...req.validatedBody, entered_by: req.auth_context.actor_id } },
  })
  res.status(201).json({ figure: result })
}
